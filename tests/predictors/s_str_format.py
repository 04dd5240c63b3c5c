"""str.format: automatic and numbered fields, keywords, format specs, braces, index errors."""
from ingot import compile


@compile(tag="tests/s-str-format", description="str.format")
def fmt(name: str, n: int, x: float) -> tuple[str, str, str, str, str, str]:
    return (
        "{} has {} items".format(name, n),
        "{1}-{0}-{1}".format(name, n),
        "{who}: {count:>5} {ratio:.3f}".format(who=name, count=n, ratio=x),
        "{0!r:^12}|{1:+,}|{2:e}".format(name, n, x),
        "{{literal}} {}".format(name),
        "{:{}}|{:<{w}.{p}f}".format(n, 6, x, w=10, p=2),
    )


CASES = [
    dict(name="widget", n=3, x=0.5),
    dict(name="", n=0, x=0.0),
    dict(name="ßü😀", n=-1234567, x=-1e300),
    dict(name="it's", n=10**12, x=float("inf")),
    dict(name='"q"', n=7, x=float("nan")),
    dict(name="x", n=1, x=-0.0),
]


def strategies(st):
    return {"name": st.text(max_size=6), "n": st.integers(-10**9, 10**9)}
