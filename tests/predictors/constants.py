"""Module constants (tuples, sets, floats, a dict) read by the function."""
from ingot import compile

THRESHOLDS = (0.2, 0.5, 0.8)
LABELS = ("low", "mid", "high", "max")
SCALE: float = 1.5
STOPWORDS = {"a", "an", "the"}
PREFIX = {"low": "L", "mid": "M", "high": "H", "max": "X"}


@compile(tag="tests/constants", description="Buckets a value and filters words")
def bucket(x: float, words: list[str]) -> tuple[str, list[str]]:
    label = LABELS[-1]
    for i in range(len(THRESHOLDS)):
        if x * SCALE < THRESHOLDS[i]:
            label = LABELS[i]
            break
    kept = [w for w in words if w not in STOPWORDS]
    return PREFIX[label] + ":" + label, kept


CASES = [
    dict(x=0.0, words=["the", "cat"]),
    dict(x=0.2, words=[]),
    dict(x=0.5, words=["a", "an", "the"]),
    dict(x=1.0, words=["The", "end"]),
    dict(x=float("nan"), words=["x"]),
    dict(x=-1.0, words=["an", "apple"]),
]
