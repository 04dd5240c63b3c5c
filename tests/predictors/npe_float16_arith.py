"""float16 arithmetic rounds to half after every operation; mixing float16 with ints and Python floats
(NEP 50: float16 + 1e5 is float16 inf), and float16 comparisons."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-float16-arith", description="float16 arithmetic")
def half_ops(a: np.ndarray, b: np.ndarray, x: float) -> list[np.ndarray]:
    return [a + b, a * b, a / b, a - x, a * x, a // b, a % b, a + 1, (a + b) * x, a < x, np.sqrt(a), a ** 2]


CASES = [
    dict(a=np.array([1.0, 2049.0, 65504.0, -0.0], dtype=np.float16), b=np.array([1e-3, 1.0, 65504.0, 0.0], dtype=np.float16), x=1e5),
    dict(a=np.array([0.1, 0.2], dtype=np.float16), b=np.array([3, -3], dtype=np.int8), x=0.1),
    dict(a=np.array([0.1, 0.2], dtype=np.float16), b=np.array([3, 300], dtype=np.int16), x=-2.5),
    dict(a=np.array([6e-8, np.nan], dtype=np.float16), b=np.array([2.0, 1.0], dtype=np.float16), x=0.5),
]
NUMPY_DTYPES = ["float16", "int8", "uint8", "bool"]
NUMPY_SHAPES = dict(max_dims=1, max_side=4)


def strategies(st):
    from hypothesis.extra import numpy as hnp
    return {"a": hnp.arrays(np.float16, st.integers(0, 4)), "x": st.sampled_from([0.5, 1e5, -2.5, 0.1, 3.0])}
