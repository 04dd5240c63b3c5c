"""isinstance over static types, Optional and Union values (with narrowing)."""
from typing import Optional, Union

from ingot import compile


def describe(x: Union[int, str]) -> str:
    if isinstance(x, int):
        return "int " + str(x + 1)
    return "str " + x.upper()


def total(values: list[Union[int, float]]) -> float:
    acc = 0.0
    for v in values:
        if not isinstance(v, float):
            acc += v * 2
        else:
            acc += v
    return acc


@compile(tag="tests/isinstance", description="isinstance checks")
def classify(n: int, f: float, s: str, maybe: Optional[int] = None, flag: bool = False) -> list[str]:
    out: list[str] = []
    out.append(str(isinstance(n, int)) + str(isinstance(n, float)) + str(isinstance(n, (float, int))))
    out.append(str(isinstance(flag, int)) + str(isinstance(flag, bool)) + str(isinstance(n, bool)))
    out.append(str(isinstance(f, float)) + str(isinstance(s, str)) + str(isinstance(s, (int, (bytes, object)))))
    out.append(str(isinstance([n], list)) + str(isinstance((n, s), tuple)) + str(isinstance({s: n}, dict)))
    out.append(str(isinstance(maybe, int)))
    if isinstance(maybe, int):
        out.append("maybe+1=" + str(maybe + 1))
    out.append(describe(n))
    out.append(describe(s))
    mixed: Union[int, str] = s
    if n > 0:
        mixed = n
    out.append(describe(mixed))
    out.append(str(isinstance(mixed, str) and len(mixed) > 2))
    nums: list[Union[int, float]] = []
    nums.append(n)
    nums.append(f)
    nums.append(n // 3)
    out.append(repr(total(nums)))
    return out


CASES = [
    dict(n=3, f=2.5, s="abc"),
    dict(n=-3, f=-0.0, s="straße", maybe=4, flag=True),
    dict(n=0, f=1e300, s="", maybe=0),
]
