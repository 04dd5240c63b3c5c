"""chr() of ints beyond the C int range raises OverflowError, not ValueError."""
from ingot import compile


@compile(tag="tests/s-chr-overflow", description="chr of huge ints")
def chr_huge(code: int) -> str:
    try:
        return chr(code)
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)


CASES = [
    dict(code=2**31 - 1),
    dict(code=2**31),  # OverflowError: Python int too large to convert to C int
    dict(code=-(2**31)),
    dict(code=-(2**31) - 1),
    dict(code=2**40),
    dict(code=-(2**63)),
]
GENERATE = False
