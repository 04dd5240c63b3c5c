"""Every ZeroDivisionError message, caught and reported with str(e)."""
from ingot import compile


def attempt(op: int, a: int, b: float) -> str:
    try:
        if op == 0:
            return str(a // int(b))
        elif op == 1:
            return str(a % int(b))
        elif op == 2:
            return str(a / int(b))
        elif op == 3:
            return str(a / b)
        elif op == 4:
            return str(a // b)
        elif op == 5:
            return str(a % b)
        elif op == 6:
            return str(divmod(float(a), b))
        elif op == 7:
            return str(divmod(a, int(b)))
        elif op == 8:
            return str(b ** -1)
        else:
            return str(float(int(b)) ** -2)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


@compile(tag="tests/n-zero-division", description="Each division by zero and its message")
def zero_division(a: int, b: float) -> list[str]:
    return [attempt(op, a, b) for op in range(10)]


CASES = [dict(a=7, b=0.0), dict(a=7, b=-0.0), dict(a=-7, b=0.5), dict(a=7, b=2.0), dict(a=0, b=0.0)]


def strategies(st):
    return {"b": st.floats(-5, 5)}
