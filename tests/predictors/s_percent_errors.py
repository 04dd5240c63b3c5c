"""% formatting errors: wrong argument count, unsupported characters, %c ranges, wrong types."""
from ingot import compile


@compile(tag="tests/s-percent-errors", description="percent formatting errors")
def percent_errors(n: int, s: str, which: int) -> str:
    if which == 0:
        return "%d %d" % (n, n, n)
    if which == 1:
        return "%d %d %d" % (n, n)
    if which == 2:
        return "%y" % n
    if which == 3:
        return "%c" % n
    if which == 4:
        return "%d" % s
    if which == 5:
        return "%c" % s
    if which == 6:
        return "abc" % n
    return "%(x)s" % n


CASES = [dict(n=n, s=s, which=w) for w in range(8) for n, s in [(65, "ß"), (-1, "ab"), (0x110000, "")]]
GENERATE = False
