"""KeyError messages for str, int and tuple keys (d[k], del d[k], pop), uncaught."""
from ingot import compile


@compile(tag="tests/c-dict-keyerror", description="Looks up keys of three kinds")
def lookup(names: dict[str, int], nums: dict[int, str], pairs: dict[tuple[int, int], float], which: int, s: str, i: int) -> str:
    if which == 0:
        return str(names[s])
    if which == 1:
        return nums[i]
    if which == 2:
        return repr(pairs[(i, i + 1)])
    if which == 3:
        del nums[i]
        return str(len(nums))
    return str(pairs.pop((i, -i)))


CASES = [
    dict(names={"a": 1}, nums={1: "x"}, pairs={(1, 2): 0.5}, which=0, s="a", i=1),
    dict(names={"a": 1}, nums={1: "x"}, pairs={(1, 2): 0.5}, which=0, s="b", i=1),
    dict(names={"a": 1}, nums={1: "x"}, pairs={(1, 2): 0.5}, which=0, s="it's", i=1),
    dict(names={"a": 1}, nums={1: "x"}, pairs={(1, 2): 0.5}, which=0, s="", i=1),
    dict(names={"a": 1}, nums={1: "x"}, pairs={(1, 2): 0.5}, which=1, s="a", i=1),
    dict(names={"a": 1}, nums={1: "x"}, pairs={(1, 2): 0.5}, which=1, s="a", i=-5),
    dict(names={"a": 1}, nums={1: "x"}, pairs={(1, 2): 0.5}, which=2, s="a", i=1),
    dict(names={"a": 1}, nums={1: "x"}, pairs={(1, 2): 0.5}, which=2, s="a", i=2),
    dict(names={"a": 1}, nums={1: "x"}, pairs={(1, 2): 0.5}, which=3, s="a", i=1),
    dict(names={"a": 1}, nums={1: "x"}, pairs={(1, 2): 0.5}, which=3, s="a", i=0),
    dict(names={"a": 1}, nums={1: "x"}, pairs={(1, -1): 0.5}, which=4, s="a", i=1),
    dict(names={"a": 1}, nums={1: "x"}, pairs={(1, -1): 0.5}, which=4, s="a", i=-3),
]


def strategies(st):
    return {"which": st.integers(0, 4), "i": st.integers(-3, 3)}
