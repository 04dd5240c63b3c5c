"""numpy scalar constructors (np.float32(x), np.int8(k), ...), arithmetic on them (stays in the dtype,
NEP 50), and int()/float()/bool() of numpy scalars."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-np-scalars", description="numpy scalars")
def scalars(x: float, k: int) -> list[np.ndarray]:
    f = np.float32(x)
    d = np.float64(x)
    h = np.float16(x)
    i = np.int64(k)
    print(int(i), float(f), bool(d), float(h), bool(np.int8(0)), float(np.float32(0.1)))
    print(repr(f), repr(i), str(f * 2.5))
    return [f, f * 2.5, f + 1, d / 3, h * 2, i + 1, i * 2.5, i // 3, np.float32(k), f * d, f + i, np.int32(7) + np.int8(1)]


CASES = [dict(x=1.5, k=3), dict(x=0.1, k=-7), dict(x=-0.0, k=0), dict(x=1e30, k=2**40), dict(x=float("nan"), k=1)]


def strategies(st):
    return {"x": st.floats(-1e6, 1e6, allow_subnormal=False), "k": st.integers(-(2**40), 2**40)}
