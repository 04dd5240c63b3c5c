"""int() of floats (truncation, inf and nan errors) and int(str, base)."""
from ingot import compile


@compile(tag="tests/n-int-from-float", description="int() of a float and of a string in a base")
def int_from_float(x: float, text: str, base: int) -> tuple[int, int, int]:
    try:
        parsed = int(text, base)
    except ValueError as e:
        parsed = -1
        print("ValueError:", e)
    return int(x), int(-x), parsed


CASES = [
    dict(x=2.9, text="ff", base=16),
    dict(x=-2.9, text="0xff", base=16),
    dict(x=-0.0, text="0xff", base=0),
    dict(x=0.5, text="  -101 ", base=2),
    dict(x=1e18, text="zz", base=36),
    dict(x=9.3e18, text="0o17", base=0),  # int(x) overflows int64
    dict(x=-9.223372036854775808e18, text="1_000", base=10),  # int(x) fits, int(-x) does not
    dict(x=1.0, text="12", base=2),  # invalid literal for int() with base 2: '12'
    dict(x=1.0, text="", base=10),
    dict(x=1.0, text="1__0", base=10),
    dict(x=1.0, text="010", base=0),  # invalid: leading zero with base 0
    dict(x=1.0, text="0b101", base=0),
    dict(x=float("inf"), text="7", base=8),  # OverflowError: cannot convert float infinity to integer
    dict(x=float("-inf"), text="7", base=8),
    dict(x=float("nan"), text="7", base=8),  # ValueError: cannot convert float NaN to integer
    dict(x=3.0, text="7", base=1),  # ValueError: int() base must be >= 2 and <= 36, or 0
    dict(x=3.0, text="7", base=37),
    dict(x=3.0, text="\u0663\u0664", base=10),  # Arabic-Indic digits
]


def strategies(st):
    return {"base": st.sampled_from([0, 2, 8, 10, 16, 36]), "text": st.text("0123456789abcxX_ -+", max_size=8)}
