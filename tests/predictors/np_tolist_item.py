"""a.tolist() and a.item() into annotated Python types."""
import numpy as np

from ingot import compile


def first(a: np.ndarray) -> float:
    return a[0].item()


@compile(tag="tests/np-tolist-item", description="arrays back to Python values")
def to_python(a: np.ndarray) -> tuple[list[list[float]], float, int, bool]:
    rows: list[list[float]] = (a.astype(np.float64) * 2).tolist()
    total: int = int(a.sum())
    positive: bool = bool((a > 0).any())
    return rows, first(a.reshape(-1).astype(float)), total, positive


CASES = [
    dict(a=np.array([[1.5, -2.0], [3.0, 0.25]])),
    dict(a=np.array([[1, 2, 3]], dtype=np.int32)),
]
NUMPY_SHAPES = dict(min_dims=2, max_dims=2, min_side=1, max_side=4)
NUMPY_DTYPES = ["float64", "float32", "int64", "int16", "uint8"]
