"""list.pop() until empty inside a while loop; pop from empty list raised and caught."""
from ingot import compile


@compile(tag="tests/c-list-empty-pop", description="Drains a stack")
def drain(xs: list[str], extra: int) -> tuple[list[str], str]:
    stack = list(xs)
    out: list[str] = []
    while stack:
        out.append(stack.pop())
    message = ""
    try:
        for _ in range(extra):
            message = out.pop(-1)
    except IndexError as e:
        message = str(e)
    try:
        message = stack.pop()
    except IndexError as e:
        message += "|" + str(e)
    return out, message


CASES = [
    dict(xs=[], extra=0),
    dict(xs=["a", "b", "c"], extra=2),
    dict(xs=["a", "b", "c"], extra=3),
    dict(xs=["a", "b", "c"], extra=4),
    dict(xs=["é"], extra=5),
]


def strategies(st):
    return {"extra": st.integers(0, 8), "xs": st.lists(st.text(max_size=3), max_size=6)}
