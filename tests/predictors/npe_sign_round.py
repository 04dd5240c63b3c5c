"""np.sign, np.round with decimals (half to even; negative decimals), np.rint, np.trunc."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-sign-round", description="sign and rounding")
def sign_round(a: np.ndarray, d: int) -> list[np.ndarray]:
    return [np.sign(a), np.round(a), np.round(a, d), np.around(a, 1), a.round(d), np.trunc(a), np.rint(a)]


CASES = [
    dict(a=np.array([0.5, 1.5, 2.5, -0.5, -1.5, 0.0, -0.0, np.nan, np.inf]), d=0),
    dict(a=np.array([1.2345, 2.675, -3.14159, 1e300, 1e-300]), d=2),
    dict(a=np.array([1.2345, 2.675, -3.14159], dtype=np.float32), d=3),
    dict(a=np.array([1234.5, 25.0, 35.0, -15.0]), d=-1),
    dict(a=np.array([1234, 25, 35, -15], dtype=np.int32), d=-1),
    dict(a=np.array([1234, 25, 35, -15, -128], dtype=np.int16), d=-2),
    dict(a=np.array([127, -128, 0], dtype=np.int8), d=-2),
    dict(a=np.array([250, 5], dtype=np.uint8), d=-1),
    dict(a=np.array([1.25, 2.5], dtype=np.float16), d=1),
]
NUMPY_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64"]
NUMPY_SHAPES = dict(max_dims=2, max_side=3)


def strategies(st):
    return {"d": st.integers(-3, 4)}
