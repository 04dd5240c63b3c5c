"""Lambdas stored in variables: called later (reading their free variables
when called, as closures do) and passed as key=."""
from ingot import compile


@compile(tag="tests/lambda-variables", description="lambdas held by variables")
def lambdas(xs: list[int], k: int) -> list[int]:
    scale = lambda v: v * k
    by_distance = lambda v: (abs(v - k), v)
    out = [scale(x) for x in xs]
    k = k + 1  # the lambda sees the new value when called after this
    out.append(scale(10))
    out.extend(sorted(xs, key=by_distance))
    pick = lambda a, b: a if a > b else b
    best = 0
    for x in xs:
        best = pick(best, x)
    out.append(best)
    out.append((lambda: len(xs))())
    return out


CASES = [dict(xs=[3, -1, 4, 1, 5], k=2), dict(xs=[], k=0), dict(xs=[7, 7, -7], k=-3)]


def strategies(st):
    return {"k": st.integers(-1000, 1000), "xs": st.lists(st.integers(-10**6, 10**6), max_size=20)}
