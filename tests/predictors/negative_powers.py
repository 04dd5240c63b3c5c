"""int ** negative int literal is a float, as in CPython."""
from ingot import compile

NEG = -3


@compile(tag="tests/negative-powers", description="powers with negative literal exponents")
def powers(x: int, f: float) -> list[float]:
    out: list[float] = [2 ** -1, 10 ** -5]
    try:
        out.append(x ** -2)
    except ZeroDivisionError as e:
        out.append(float(len(str(e))))
    try:
        out.append(x ** NEG)
    except ZeroDivisionError as e:
        out.append(-float(len(str(e))))
    out.append(f ** -1 if f != 0 else 0.0)
    out.append(float(x ** 2))
    return out


CASES = [dict(x=2, f=4.0), dict(x=0, f=0.0), dict(x=-7, f=-0.5), dict(x=10**6, f=1e-300)]


def strategies(st):
    return {"x": st.integers(-10**6, 10**6), "f": st.floats(-1e6, 1e6)}
