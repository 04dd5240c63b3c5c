"""try/except with ValueError, KeyError, ZeroDivisionError; raising with messages."""
from ingot import compile


@compile(tag="tests/exceptions", description="Looks up and divides, reporting what went wrong")
def ratio(table: dict[str, int], num: str, den: str) -> str:
    try:
        value = table[num] // table[den]
    except KeyError as e:
        return "missing " + str(e)
    except ZeroDivisionError as e:
        return "zero: " + str(e)
    if value < 0:
        raise ValueError(f"negative ratio {value} for {num}/{den}")
    if value > 1000:
        return str(table["overflow"])  # KeyError: 'overflow' escapes
    return f"{num}/{den} = {value}"


CASES = [
    dict(table={"a": 10, "b": 3}, num="a", den="b"),
    dict(table={"a": 10, "b": 3}, num="a", den="kiwi"),
    dict(table={"a": 10, "z": 0}, num="a", den="z"),
    dict(table={"a": -10, "b": 3}, num="a", den="b"),
    dict(table={"a": 10**6, "b": 1}, num="a", den="b"),
    dict(table={"it's": 1, "b": 1}, num="it's", den="b"),
    dict(table={}, num='say "hi"', den="b"),
]
