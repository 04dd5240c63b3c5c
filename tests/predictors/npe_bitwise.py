"""Bitwise operators and shifts on integer and bool arrays; floats refuse them."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-bitwise", description="& | ^ ~ << >>")
def bits(a: np.ndarray, b: np.ndarray, k: int) -> list[np.ndarray]:
    return [a & b, a | b, a ^ b, ~a, a & k, k | a, a ^ 1]


CASES = [
    dict(a=np.array([0b1100, 0b1010, -1], dtype=np.int16), b=np.array([0b1010, 0, -1], dtype=np.int16), k=3),
    dict(a=np.array([True, False, True]), b=np.array([True, True, False]), k=1),
    dict(a=np.array([255, 0, 15], dtype=np.uint8), b=np.array([[1], [2]], dtype=np.int8), k=-1),
    dict(a=np.array([1.5]), b=np.array([1]), k=1),
    dict(a=np.array([1, 2], dtype=np.uint8), b=np.array([1, 2], dtype=np.uint8), k=300),
]
NUMPY_DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
NUMPY_SHAPES = dict(max_dims=2, max_side=3)


def strategies(st):
    return {"k": st.sampled_from([0, 1, -1, 7, 255, 256, 2**33])}
