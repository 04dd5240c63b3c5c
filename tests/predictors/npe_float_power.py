"""Float power: ** with Python scalar exponents (0.5 is sqrt in numpy's loop: (-inf) ** 0.5 is nan),
array exponents, ints ** negative floats, and np.power (the ufunc: float16 ** 0.5 is powf there,
(-inf) ** 0.5 is inf; bool ** 2 is int64, where the operator's np.square gives int8)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-float-power", description="float power")
def fpow(a: np.ndarray, e: np.ndarray, x: float) -> list[np.ndarray]:
    return [a ** 0.5, a ** x, a ** e, np.power(a, 2.0), a ** -1.0, 2.0 ** a, x ** e, np.power(a, 0.5),
            np.power(a, x), (a > 0) ** 2, np.power(a > 0, 2)]


CASES = [
    dict(a=np.array([-np.inf, -0.0, 0.0, 4.0, -4.0, np.nan, np.inf]), e=np.array([0.5]), x=0.5),
    dict(a=np.array([-np.inf, -0.0, 4.0], dtype=np.float32), e=np.array([2.0, 0.5, -1.0], dtype=np.float32), x=3.0),
    dict(a=np.array([1.5, 2.0], dtype=np.float16), e=np.array([10.0, 20.0], dtype=np.float16), x=0.5),
    dict(a=np.array([2, 3, 0], dtype=np.int32), e=np.array([-1.0, 0.5, -0.5]), x=-2.0),
    dict(a=np.array([1.0, 2.0]), e=np.array([1.0, 2.0, 3.0]), x=1.0),
    dict(a=np.array([0.0, 1.0, -1.0]), e=np.array([-1.0, np.inf, np.nan]), x=0.0),
]
NUMPY_DTYPES = ["float16", "float32", "float64", "int32", "uint8"]
NUMPY_SHAPES = dict(min_dims=1, max_dims=1, max_side=4)


def strategies(st):
    from hypothesis.extra import numpy as hnp
    return {"x": st.sampled_from([0.5, 2.0, -1.0, 0.0, 1.5, -0.5, 3.0]),
            "e": hnp.arrays(st.sampled_from([np.float32, np.float64]), st.integers(0, 1).map(lambda n: n or 1),
                            elements=st.floats(-3, 3, width=32))}
