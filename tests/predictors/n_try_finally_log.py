"""try/except/else/finally ordering, bare raise, except (A, B) as e, nested try (no return inside try)."""
from ingot import compile


def step(log: list[str], kind: int) -> int:
    result = kind
    try:
        log.append("try")
        if kind == 1:
            raise ValueError("v1")
        if kind == 2:
            raise KeyError("k2")
        if kind == 3:
            raise IndexError("i3")
        if kind == 4:
            result = 10 // (kind - 4)
    except (ValueError, KeyError) as e:
        log.append("caught " + str(e))
        if kind == 2:
            raise
    except ZeroDivisionError as e:
        log.append("zero " + str(e))
        result = -1
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return result


@compile(tag="tests/n-try-finally-log", description="Logs the order of try clauses")
def try_finally_log(kinds: list[int]) -> list[str]:
    log: list[str] = []
    for k in kinds:
        try:
            try:
                log.append("result " + str(step(log, k)))
            finally:
                log.append("inner finally")
        except KeyError as e:
            log.append("outer KeyError " + str(e))
        except LookupError as e:
            log.append("outer LookupError " + str(e))
    try:
        step(log, 3)
    except Exception as err:
        log.append("Exception " + str(err))
    return log


CASES = [dict(kinds=[0]), dict(kinds=[1]), dict(kinds=[2]), dict(kinds=[3]), dict(kinds=[4]), dict(kinds=[0, 1, 2, 3, 4, 5])]


def strategies(st):
    return {"kinds": st.lists(st.integers(0, 5), max_size=5)}
