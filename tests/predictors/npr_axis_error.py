"""numpy.exceptions.AxisError: raised by sum/mean/argmax/expand_dims/sort/
squeeze/concatenate for an axis out of range (class AxisError(ValueError,
IndexError)), caught by `except ValueError` and by `except IndexError`."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-axis-error", description="AxisError from axis arguments")
def axis_error(a: np.ndarray, axis: int, op: int) -> tuple[str, str, np.ndarray]:
    as_value = "ok"
    try:
        np.sum(a, axis=axis)
    except ValueError as e:
        as_value = "ValueError: " + str(e)
    as_index = "ok"
    try:
        np.expand_dims(a, axis)
    except IndexError as e:
        as_index = "IndexError: " + str(e)
    if op == 0:
        r = a.mean(axis=axis)
    elif op == 1:
        r = np.argmax(a, axis=axis)
    elif op == 2:
        r = np.expand_dims(a, axis)
    elif op == 3:
        r = np.sort(a, axis=axis)
    elif op == 4:
        r = np.squeeze(np.expand_dims(a, 0), axis=axis)
    elif op == 5:
        r = np.concatenate([a, a], axis=axis)
    else:
        r = np.prod(a, axis=axis, keepdims=True)
    return as_value, as_index, r


CASES = [
    dict(a=np.arange(6.0).reshape(2, 3), axis=2, op=0),
    dict(a=np.arange(6.0).reshape(2, 3), axis=-3, op=1),
    dict(a=np.arange(6).reshape(2, 3), axis=3, op=2),
    dict(a=np.arange(6).reshape(2, 3), axis=2, op=2),
    dict(a=np.arange(3, dtype=np.float32), axis=1, op=3),
    dict(a=np.arange(3, dtype=np.float32), axis=-2, op=4),
    dict(a=np.arange(3, dtype=np.float32), axis=2, op=4),
    dict(a=np.arange(4).reshape(2, 2), axis=2, op=5),
    dict(a=np.arange(4).reshape(2, 2), axis=-1, op=6),
    dict(a=np.array(1.5), axis=0, op=6),
    dict(a=np.array(1.5), axis=1, op=6),
    dict(a=np.array(1.5), axis=1, op=2),
    dict(a=np.arange(6.0).reshape(2, 3), axis=1, op=0),
    dict(a=np.array(1.5), axis=0, op=0),  # mean takes no axis on a 0-d array (sum and prod do)
    dict(a=np.array(2.5), axis=-1, op=0),
]
NUMPY_SHAPES = dict(min_dims=0, max_dims=3, min_side=1, max_side=3)


def strategies(st):
    return {"axis": st.integers(-4, 4), "op": st.integers(0, 6)}
