"""except clauses matching base classes: ArithmeticError, LookupError, Exception; str(e) of each."""
from ingot import compile


def fail(kind: int, n: int) -> int:
    if kind == 0:
        return n // 0
    if kind == 1:
        return int(1e308 * 10.0 * n)
    if kind == 2:
        return [1, 2, 3][n]
    if kind == 3:
        return {"a": 1}["k" * n]
    if kind == 4:
        return int("x" * n)
    if kind == 5:
        raise KeyError(n)
    if kind == 6:
        raise ValueError(n)
    return n


@compile(tag="tests/n-exception-hierarchy", description="Which handler catches which error")
def exception_hierarchy(n: int) -> list[str]:
    out: list[str] = []
    for kind in range(8):
        try:
            out.append("ok " + str(fail(kind, n)))
        except ArithmeticError as e:
            out.append("arith " + str(e))
        except LookupError as e:
            out.append("lookup " + str(e))
        except Exception as e:
            out.append("other " + str(e))
    return out


CASES = [dict(n=n) for n in (0, 1, 2, 3, 4, -1, -4)]


def strategies(st):
    return {"n": st.integers(-5, 5)}
