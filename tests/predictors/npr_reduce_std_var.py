"""std and var with ddof, over an axis or the whole array."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-reduce-std-var", description="std/var with ddof")
def std_var(a: np.ndarray, axis: int, ddof: int, keepdims: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    ax = axis % a.ndim
    return (a.std(), np.var(a, ddof=ddof), a.std(axis=ax, ddof=ddof, keepdims=keepdims),
            np.var(a, axis=ax, keepdims=keepdims))


CASES = [
    dict(a=np.array([1.0, 2.0, 3.0, 4.0]), axis=0, ddof=1, keepdims=False),
    dict(a=np.arange(12, dtype=np.int32).reshape(3, 4), axis=1, ddof=0, keepdims=True),
    dict(a=np.arange(12, dtype=np.float32).reshape(3, 4), axis=0, ddof=1, keepdims=False),
    dict(a=np.array([[True, False, True]]), axis=0, ddof=1, keepdims=False),
    dict(a=np.array([5.0]), axis=0, ddof=1, keepdims=False),
    dict(a=np.array([5.0, 7.0]), axis=0, ddof=3, keepdims=False),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=3, min_side=1, max_side=4)
NUMPY_DTYPES = ["bool", "int16", "int64", "uint8", "float32", "float64"]


def strategies(st):
    import numpy as np
    from hypothesis.extra import numpy as hnp
    arrays = hnp.arrays(st.sampled_from([np.float64, np.float32, np.int16]),
                        hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=4),
                        elements=st.integers(-1000, 1000))
    return {"a": arrays, "axis": st.integers(-3, 3), "ddof": st.integers(0, 2)}
