"""Gram matrices and projections of one generated array: a @ a.T, a.T @ a, np.dot(a, a[0])."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-matmul-self", description="a @ a.T and friends")
def matmul_self(a: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    gram = a @ a.T
    cov = np.matmul(a.T, a)
    proj = np.dot(a, a[0])
    return gram, cov, proj, a[0] @ a[0]


CASES = [
    dict(a=np.arange(6.0).reshape(2, 3)),
    dict(a=np.arange(6, dtype=np.int16).reshape(3, 2) - 2),
    dict(a=np.array([[True, False], [True, True]])),
    dict(a=np.array([[1.5, -2.0, 0.25]], dtype=np.float32)),
]
NUMPY_SHAPES = dict(min_dims=2, max_dims=2, min_side=1, max_side=4)


def strategies(st):
    from hypothesis.extra import numpy as hnp
    shapes = hnp.array_shapes(min_dims=2, max_dims=2, min_side=1, max_side=4)
    ints = st.sampled_from([np.float64, np.float32, np.int32, np.int64, np.uint8]).flatmap(
        lambda d: hnp.arrays(d, shapes, elements=st.integers(0, 50)))
    return {"a": st.one_of(ints, hnp.arrays(np.bool_, shapes))}
