"""if/elif/else chains, comparisons chained, conditional expressions, and/or."""
from ingot import compile


@compile(tag="tests/branches", description="Grades a score")
def grade(score: int, curve: bool = False) -> str:
    if curve:
        score = score + 5
    if score < 0 or score > 100:
        label = "invalid"
    elif 90 <= score <= 100:
        label = "A"
    elif score >= 80:
        label = "B"
    elif score >= 70 and not curve:
        label = "C"
    else:
        label = "F"
    return label + ("+" if score % 10 >= 7 and label != "invalid" else "")


CASES = [dict(score=s) for s in (-1, 0, 69, 70, 77, 79, 80, 89, 90, 97, 100, 101)] + [
    dict(score=66, curve=True),
    dict(score=96, curve=True),
    dict(score=72, curve=True),
]


def strategies(st):
    return {"score": st.integers(-20, 120)}
