"""Nested functions (closures): free variables read when called, nonlocal
writes, keyword and default arguments, nested functions as key=."""
from ingot import compile


@compile(tag="tests/nested-functions", description="closures over the enclosing function's variables")
def closures(words: list[str], bonus: int) -> tuple[list[str], int, list[int], str]:
    calls = 0

    def score(w: str, weight: int = 2) -> int:
        nonlocal calls
        calls += 1
        total = 0
        for ch in w:
            if ch in "aeiou":
                total += weight
            else:
                total += 1
        return total + bonus

    def label(w: str) -> str:
        s = score(w)
        if s > 5:
            return w.upper()
        return w

    ranked = sorted(words, key=score)
    labels = [label(w) for w in words]
    bonus = bonus * 10  # read by score() on its next call
    late = [score(w, weight=0) for w in words[:2]]

    def describe(n: int) -> str:
        try:
            return "n=" + str(100 // n)
        except ZeroDivisionError:
            return "zero"
        finally:
            late.append(n)

    return ranked + labels, calls, late, describe(len(words)) + describe(0)


CASES = [
    dict(words=["pear", "fig", "banana", "kiwi"], bonus=0),
    dict(words=[], bonus=3),
    dict(words=["ääh", "x"], bonus=-5),
]


def strategies(st):
    return {"bonus": st.integers(-1000, 1000)}
