"""Several index arrays in one subscript (numpy's advanced indexing): a[r, c],
broadcast index arrays, integers and slices next to them (the result axes in
place or first), boolean arrays as their nonzero(), assignment, and the
errors (shapes that do not broadcast, out-of-bounds indices)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-index-arrays", description="several index arrays in a subscript")
def index_arrays(a: np.ndarray, rows: list[int], cols: list[int], op: int) -> np.ndarray:
    r = np.array(rows, dtype=np.int64)
    c = np.array(cols, dtype=np.int32)
    if op == 0:
        return a[r, c]
    if op == 1:
        return a[r[:, None], c]  # broadcast: (len(r), len(c))
    if op == 2:
        return a[:, r, c]  # adjacent after a slice: in place
    if op == 3:
        return a[r, :, c]  # separated by a slice: first
    if op == 4:
        return a[1, r, c] if a.ndim == 3 else a[r, 1, c]  # integers count as index arrays
    if op == 5:
        b = a.copy()
        b[r, c] = 1
        return b
    if op == 6:
        b = a.copy()
        b[r[:, None], c] = a[r[:, None], c][..., ::-1]
        return b
    if op == 7:
        t = (r, c)
        return a[t]
    if op == 8:
        m = a[..., 0] > 0  # a boolean array with other index arrays
        return a[m, c] if a.ndim == 2 else a[m, c[:1]]
    if op == 9:
        return a[..., r, c]
    return a[r, None, c]  # a new axis between them: separated


_A2 = np.arange(12).reshape(3, 4)
_A3 = np.arange(24.0).reshape(2, 3, 4)
CASES = [
    dict(a=_A2, rows=[0, 2, -1], cols=[1, 3, 0], op=0),
    dict(a=_A2, rows=[0, 2], cols=[1, 3, 0], op=0),  # shapes (2,) (3,): IndexError
    dict(a=_A2, rows=[0, 3], cols=[1, 3], op=0),  # out of bounds, axis 0
    dict(a=_A2, rows=[0, 1], cols=[1, -5], op=0),  # out of bounds, axis 1
    dict(a=_A2, rows=[0, 2], cols=[1, 3, 0], op=1),
    dict(a=_A3, rows=[0, 2, 1], cols=[3, 3, 0], op=2),
    dict(a=_A3, rows=[1, 0], cols=[3, 2], op=3),
    dict(a=_A3, rows=[2, 0], cols=[3, 2], op=4),
    dict(a=_A2, rows=[2, 0], cols=[3, 2], op=4),
    dict(a=_A2, rows=[2, 0, 2], cols=[3, 2, 3], op=5),
    dict(a=_A3, rows=[1, 0], cols=[2, 1], op=5),
    dict(a=_A3, rows=[1, 0], cols=[3, 2], op=5),
    dict(a=_A2.astype(np.float32), rows=[0, 2], cols=[1, 3, 0], op=6),
    dict(a=_A2, rows=[1, 2], cols=[3, 0], op=7),
    dict(a=_A2 - 5, rows=[], cols=[0], op=8),
    dict(a=_A2 - 5, rows=[], cols=[0, 1], op=8),
    dict(a=_A3 - 5, rows=[], cols=[0, 1], op=8),
    dict(a=_A3, rows=[2, 0], cols=[3, 2], op=9),
    dict(a=_A3, rows=[1, 0], cols=[2, 1], op=10),
    dict(a=_A3, rows=[1, 0], cols=[3, 2], op=10),
    dict(a=_A2, rows=[], cols=[], op=0),
    dict(a=np.zeros((0, 3)), rows=[], cols=[2], op=0),
    dict(a=np.arange(5), rows=[1], cols=[2], op=0),  # too many indices
]
NUMPY_SHAPES = dict(min_dims=2, max_dims=3, min_side=1, max_side=4)


def strategies(st):
    idx = st.lists(st.integers(-4, 4), max_size=3)
    return {"rows": idx, "cols": idx, "op": st.integers(0, 10)}
