"""f-strings with format specs: alignment, width, precision, sign, grouping, %, !r."""
from ingot import compile


@compile(tag="tests/fstrings", description="Formats a receipt line")
def receipt(item: str, qty: int, price: float) -> str:
    total = qty * price
    return (
        f"{item:<10}|{qty:>4d}|{price:8.2f}|{total:,.2f}|{qty:+}|{qty:05}|{price:.1%}|"
        f"{item!r}|{item:^9}|{qty:x}|{qty:b}|{total:.3e}|{price}"
    )


CASES = [
    dict(item="apple", qty=3, price=0.5),
    dict(item="", qty=0, price=0.0),
    dict(item="watermelon!", qty=-12, price=1234567.891),
    dict(item="ß", qty=1000000, price=-0.005),
    dict(item="it's", qty=255, price=1e-9),
    dict(item='"q"', qty=7, price=float("inf")),
]


def strategies(st):
    return {"qty": st.integers(-10**6, 10**6), "price": st.floats(-1e9, 1e9)}
