"""print(): its output is the prediction's logs (sep, end, several types)."""
from ingot import compile


@compile(tag="tests/printing", description="Prints a table while summing")
def table(names: list[str], scores: list[int]) -> int:
    total = 0
    for i, (name, score) in enumerate(zip(names, scores)):
        print(i, name, score, sep=" | ")
        total += score
    print("total:", total, end="\n\n")
    print(1.5, True, None, [1, 2], ("a",), {"k": 2.0})
    return total


CASES = [
    dict(names=["ann", "bob"], scores=[3, 4]),
    dict(names=[], scores=[]),
    dict(names=["x", "y", "z"], scores=[1]),
    dict(names=["日本"], scores=[-1]),
]
