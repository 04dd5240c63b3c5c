"""Creation errors and dtypes: np.array with an out-of-range value for the dtype, arange of floats,
full with a Python int fill in a narrow dtype, linspace without the endpoint, negative sizes."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-creation-errors", description="creation edge cases")
def create2(k: int, n: int) -> list[np.ndarray]:
    out: list[np.ndarray] = []
    try:
        out.append(np.array([k, 1], dtype=np.int8))
    except OverflowError as e:
        print("array:", e)
    try:
        out.append(np.full(3, k, dtype=np.uint8))
    except OverflowError as e:
        print("full:", e)
    try:
        out.append(np.zeros(n))
    except ValueError as e:
        print("zeros:", e)
    out.append(np.arange(k, k + 3))
    out.append(np.arange(0.1, 0.5, 0.1))
    out.append(np.linspace(0.0, 1.0, 4, endpoint=False))
    out.append(np.array([float(k), 2.5]))
    out.append(np.array([[k], [n]]))
    return out


CASES = [dict(k=1, n=2), dict(k=300, n=-1), dict(k=-1, n=0), dict(k=127, n=3), dict(k=2**40, n=1)]


def strategies(st):
    return {"k": st.sampled_from([0, 1, -1, 127, 128, 255, 256, 2**40]), "n": st.integers(-2, 4)}
