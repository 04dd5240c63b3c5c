"""`global` declarations that read module constants."""
from ingot import compile

LIMIT = 10
WORDS = ("alpha", "beta", "gamma")
SCALE = {"a": 1.5, "b": -2.0}


def scaled(key: str) -> float:
    global SCALE
    return SCALE.get(key, 0.0)


@compile(tag="tests/global-reads", description="reads module constants through global")
def read_globals(n: int, key: str) -> tuple[int, str, float]:
    global LIMIT, WORDS
    capped = n if n < LIMIT else LIMIT
    return capped, WORDS[n % len(WORDS)], scaled(key) * capped


CASES = [dict(n=3, key="a"), dict(n=42, key="b"), dict(n=-7, key="zz")]
