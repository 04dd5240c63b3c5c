"""return, break and continue leaving try...finally: the finally runs first
(and a return or break in the finally wins over a pending exception)."""
from ingot import compile


def parse(s: str, log: list[str]) -> int:
    try:
        return int(s)
    except ValueError:
        log.append("bad " + s)
        return -1
    finally:
        log.append("parsed " + s)


def nested(n: int, log: list[str]) -> int:
    try:
        try:
            if n > 0:
                return n * 2
            log.append("inner body")
        finally:
            log.append("inner finally")
        return 0
    finally:
        log.append("outer finally")


def swallow(n: int) -> str:
    for _ in range(3):
        try:
            if n == 0:
                raise ValueError("zero")
            return "ok"
        finally:
            if n == 0:
                break
    return "swallowed"


@compile(tag="tests/try-finally-exits", description="try...finally with return/break/continue")
def run(words: list[str], n: int) -> tuple[list[int], list[str], int, str]:
    log: list[str] = []
    values = [parse(w, log) for w in words]
    total = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i > 7:
                break
            total += i
        finally:
            log.append("step " + str(i))
    else:
        log.append("no break")
    return values, log, total + nested(n, log), swallow(n)


CASES = [dict(words=["1", "x", "-3"], n=5), dict(words=[], n=0), dict(words=["٣"], n=12)]


def strategies(st):
    return {"n": st.integers(-3, 15)}
