"""Format specs for floats, including inf, nan and -0.0: e E f F g G % n, precision, '#', grouping, 'z'-less."""
from ingot import compile


@compile(tag="tests/s-format-float", description="float format specs")
def float_specs(x: float) -> list[str]:
    return [
        f"{x}|{x:}|{x:10}|{x:<10}|{x:*^12}|{x:=+12}|{x:012}|{x: }",
        f"{x:e}|{x:E}|{x:.0e}|{x:#.0e}|{x:.3e}|{x:+.2E}",
        f"{x:f}|{x:F}|{x:.0f}|{x:#.0f}|{x:.3f}|{x:+.1f}|{x: .2f}|{x:012.3f}",
        f"{x:g}|{x:G}|{x:.0g}|{x:#g}|{x:.3g}|{x:#.3g}|{x:.12g}|{x:.17g}",
        f"{x:%}|{x:.1%}|{x:+.0%}|{x:n}|{x:.3n}",
        f"{x:,}|{x:_}|{x:,.2f}|{x:_.3f}|{x:015,.2f}|{x:,e}|{x:,g}",
        f"{x:.3}|{x:.1}|{x:#}|{x:20.10}",
        format(x, ".2f") + format(x) + format(x, "<8"),
    ]


CASES = [
    dict(x=0.0),
    dict(x=-0.0),
    dict(x=1.0),
    dict(x=-1.5),
    dict(x=0.5),
    dict(x=2.5),
    dict(x=1234567.891),
    dict(x=1e16),
    dict(x=1e-5),
    dict(x=123456789.0),
    dict(x=0.1),
    dict(x=1e300),
    dict(x=5e-324),
    dict(x=float("inf")),
    dict(x=float("-inf")),
    dict(x=float("nan")),
    dict(x=9.995),
    dict(x=0.00001234),
]
