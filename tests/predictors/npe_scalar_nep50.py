"""NEP 50: a Python int/float operand is weak; out-of-range Python ints raise OverflowError."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-scalar-nep50", description="array and Python scalar, both orders")
def with_scalars(a: np.ndarray, k: int, x: float) -> list[np.ndarray]:
    return [a + k, k - a, a * x, x / a, a * 2, 3 + a, a // 2, a % 3, a - 1]


CASES = [
    dict(a=np.array([1, 2, 127], dtype=np.int8), k=1, x=2.5),
    dict(a=np.array([1, 2, 127], dtype=np.int8), k=1000, x=2.5),
    dict(a=np.array([1, 2, 3], dtype=np.uint8), k=-1, x=0.5),
    dict(a=np.array([1.5, 2.5], dtype=np.float32), k=3, x=2.5),
    dict(a=np.array([1.5, 2.5], dtype=np.float16), k=70000, x=1e10),
    dict(a=np.array([True, False]), k=2, x=1.5),
    dict(a=np.array([[1, 2], [3, 4]], dtype=np.int64), k=2**62, x=-0.0),
    dict(a=np.array([0, 1], dtype=np.uint64), k=-5, x=1.0),
    dict(a=np.array(7, dtype=np.int16), k=-32768, x=3.0),
]
NUMPY_SHAPES = dict(max_dims=2, max_side=3)


def strategies(st):
    return {"k": st.sampled_from([0, 1, -1, 100, 127, 128, 255, 256, -129, 1000, 40000, 2**31, -(2**40)]),
            "x": st.sampled_from([0.0, 2.5, -1.5, 1e10, float("inf")])}
