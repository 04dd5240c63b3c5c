"""a.tolist() and x.item() into annotated Python variables and returns."""
import numpy as np

from ingot import compile


def as_list(a: np.ndarray) -> list[float]:
    return a.astype(np.float64).tolist()


@compile(tag="tests/npr-tolist-item", description="tolist and item")
def tolist_item(a: np.ndarray) -> tuple[list[float], list[list[int]], float, int, bool, list[float]]:
    flat: list[float] = a.ravel().astype(np.float64).tolist()
    grid: list[list[int]] = a.reshape(a.shape[0], -1).astype(np.int64).tolist()
    first: float = a.ravel()[0].astype(np.float64).item()
    count: int = (a > 0).sum().item()
    some: bool = (a > 0).any().item()
    return flat, grid, first, count, some, as_list(a[:1].ravel())


CASES = [
    dict(a=np.array([[1.5, -2.0], [3.0, 0.25]])),
    dict(a=np.array([[1, 2, 3]], dtype=np.int32)),
    dict(a=np.array([0.5], dtype=np.float32)),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=2, min_side=1, max_side=4)


def strategies(st):
    from hypothesis.extra import numpy as hnp
    return {"a": hnp.arrays(st.sampled_from([np.int16, np.int64, np.uint8, np.float32, np.float64]),
                            hnp.array_shapes(min_dims=1, max_dims=2, min_side=1, max_side=4),
                            elements=st.integers(-100, 100).map(abs))}
