"""np.int8(k) etc. with out-of-range Python ints raise OverflowError; int(np.float32(nan)) raises."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-scalar-int-cast", description="numpy integer scalar constructors")
def int_scalars(k: int, x: float) -> list[np.ndarray]:
    out: list[np.ndarray] = []
    try:
        out.append(np.int8(k))
    except OverflowError as e:
        print("int8:", e)
    try:
        out.append(np.uint8(k))
    except OverflowError as e:
        print("uint8:", e)
    out.append(np.int64(k))
    out.append(np.int16(x))
    try:
        print(int(np.float32(x)))
    except (ValueError, OverflowError) as e:
        print("int:", e)
    out.append(np.bool_(k))
    return out


CASES = [dict(k=1, x=1.5), dict(k=300, x=float("nan")), dict(k=-1, x=float("inf")), dict(k=-129, x=-70000.5),
         dict(k=255, x=1e20)]


def strategies(st):
    return {"k": st.sampled_from([0, 1, -1, 127, 128, -128, -129, 255, 256, 2**40]),
            "x": st.sampled_from([0.0, 1.5, -2.5, 1e20, float("nan"), float("inf"), 40000.0])}
