"""assert with and without a message; raising builtin exceptions with messages."""
from ingot import compile


def check(kind: int, value: int) -> int:
    if kind == 0:
        raise ValueError("bad value: " + str(value))
    elif kind == 1:
        raise TypeError(f"wrong type for {value}")
    elif kind == 2:
        raise KeyError("k" + str(value))
    elif kind == 3:
        raise IndexError("index out of range")
    elif kind == 4:
        raise RuntimeError("runtime trouble")
    elif kind == 5:
        raise ZeroDivisionError("custom zero")
    elif kind == 6:
        raise OverflowError()
    elif kind == 7:
        raise NotImplementedError
    elif kind == 8:
        assert value > 0
    elif kind == 9:
        assert value > 0, "value must be positive, got " + str(value)
    return value + kind


@compile(tag="tests/n-assert-raise", description="Raises an exception chosen by kind")
def assert_raise(kind: int, value: int) -> int:
    return check(kind, value)


CASES = [dict(kind=k, value=v) for k in range(11) for v in (-3, 5)]


def strategies(st):
    return {"kind": st.integers(-1, 11)}
