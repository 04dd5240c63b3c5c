"""Format specs for ints: fill/align, sign, '#', '0', width, ',' and '_', types b c d o x X n e f g %."""
from ingot import compile


@compile(tag="tests/s-format-int", description="int format specs")
def int_specs(n: int) -> list[str]:
    return [
        f"{n:*<8}|{n:*>8}|{n:*^8}|{n:*=8}|{n:=+8}",
        f"{n:+}|{n:-}|{n: }|{n:08}|{n:+08}|{n:-08}|{n:08,}|{n:010_}",
        f"{n:,}|{n:_}|{n:_x}|{n:_b}|{n:_o}|{n:,d}",
        f"{n:b}|{n:#b}|{n:o}|{n:#o}|{n:x}|{n:#x}|{n:X}|{n:#X}|{n:#012x}|{n:#_x}",
        f"{n:d}|{n:n}|{n:10d}|{n:<10n}",
        f"{n:e}|{n:.2E}|{n:f}|{n:.1F}|{n:g}|{n:G}|{n:%}|{n:.0%}|{n:,.2f}",
        f"{n % 256:c}|{65:c}|{n % 0x110000 if not 0xD800 <= n % 0x110000 <= 0xDFFF else 65:c}",
        format(n, "x") + format(n) + format(n, ">5"),
    ]


CASES = [
    dict(n=0),
    dict(n=1),
    dict(n=-1),
    dict(n=42),
    dict(n=-255),
    dict(n=1234567),
    dict(n=-9876543210),
    dict(n=2**63 - 1),
    dict(n=-(2**63)),
    dict(n=0xDF),
]


def strategies(st):
    return {"n": st.integers(-(2**63), 2**63 - 1)}
