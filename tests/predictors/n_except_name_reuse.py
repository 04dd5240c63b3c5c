"""The same `as e` name in handlers of different exception classes (CPython unbinds it after each handler)."""
from ingot import compile


@compile(tag="tests/n-except-name-reuse", description="Two try statements, both binding e")
def except_name_reuse(d: dict[str, int], k: str, div: int) -> list[str]:
    log: list[str] = []
    try:
        log.append(str(d[k]))
    except KeyError as e:
        log.append("KeyError " + str(e))
    try:
        log.append(str(len(k) // div))
    except Exception as e:
        log.append("Exception " + str(e))
    return log


CASES = [
    dict(d={"a": 1}, k="a", div=1),
    dict(d={"a": 1}, k="b", div=0),
    dict(d={}, k="it's", div=2),
]
