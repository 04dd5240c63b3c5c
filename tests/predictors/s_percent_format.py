"""printf-style % formatting: %s %r %a %d %i %x %X %o %e %f %g %c %%, flags, width, precision, errors."""
from ingot import compile


@compile(tag="tests/s-percent-format", description="percent formatting")
def percent(name: str, n: int, x: float) -> tuple[str, str, str, str, str, str, str]:
    return (
        "%s has %d items" % (name, n),
        "%r|%a|%5s|%-5s|%.2s" % (name, name, name, name, name),
        "%i|%+d|% d|%05d|%-6d|%x|%X|%#x|%o|%#o" % (n, n, n, n, n, n, n, n, n, n),
        "%f|%.2f|%10.3f|%-10.1f|%+.0f|%e|%E|%.3g|%G" % (x, x, x, x, x, x, x, x, x),
        "%c%c|100%%" % (65, "ß"),
        "%s" % name,
        "%d%%" % n,
    )


CASES = [
    dict(name="widget", n=3, x=0.5),
    dict(name="", n=0, x=0.0),
    dict(name="ßü😀", n=-255, x=-1234.5678),
    dict(name="it's", n=2**40, x=float("inf")),
    dict(name='"q"', n=7, x=float("nan")),
    dict(name="\n", n=1, x=-0.0),
    dict(name="x", n=-1, x=1e-7),
]


def strategies(st):
    return {"n": st.integers(-10**9, 10**9)}
