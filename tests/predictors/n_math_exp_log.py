"""math.sqrt, exp, log (with base), log2, log10, pow and their error messages."""
import math

from ingot import compile


def safe(op: int, x: float) -> str:
    try:
        if op == 0:
            return repr(math.sqrt(x))
        if op == 1:
            return repr(math.exp(x))
        if op == 2:
            return repr(math.log(x))
        if op == 3:
            return repr(math.log(x, 10))
        if op == 4:
            return repr(math.log2(x))
        if op == 5:
            return repr(math.log10(x))
        if op == 6:
            return repr(math.log(x, x))
        return repr(math.pow(x, 0.5))
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


@compile(tag="tests/n-math-exp-log", description="Roots, exponentials and logarithms")
def math_exp_log(x: float, n: int) -> list[str]:
    out = [safe(op, x) for op in range(8)]
    out.append(repr(math.log(n, 2)) if n > 0 else "-")
    out.append(repr(math.sqrt(n)) if n >= 0 else "-")
    return out


CASES = [
    dict(x=4.0, n=8),
    dict(x=2.0, n=1024),
    dict(x=1.0, n=1),  # log(x, x): ZeroDivisionError
    dict(x=0.0, n=0),  # math domain error
    dict(x=-1.0, n=-1),
    dict(x=-0.0, n=2),
    dict(x=710.0, n=3),  # exp: math range error
    dict(x=-1000.0, n=3),
    dict(x=float("inf"), n=100),
    dict(x=float("-inf"), n=100),
    dict(x=float("nan"), n=100),
    dict(x=1e-320, n=2**62),
    dict(x=1000.0, n=2**63 - 1),
]
