"""A tiny predictor of the kind Ingot compiles: typed, plain Python.

Runs unchanged in CPython (`python3 examples/hello.py`), and compiles to a
native bundle with `ingot compile examples/hello.py -o hello.bundle`.
"""

import math

from ingot import compile

LABELS = ["negative", "positive"]


def probability(features: list[float], weights: list[float], bias: float) -> float:
    """Logistic regression: the probability that `features` is positive."""
    z = bias
    for x, w in zip(features, weights):
        z += x * w
    return 1.0 / (1.0 + math.exp(-z))


@compile(tag="examples/hello", description="Logistic regression with a readable verdict")
def classify(features: list[float], weights: list[float], bias: float = 0.0) -> tuple[str, float]:
    if len(features) != len(weights):
        raise ValueError(f"{len(features)} features but {len(weights)} weights")
    p = probability(features, weights, bias)
    return f"{LABELS[p >= 0.5]} ({p:.1%})", round(p, 4)


if __name__ == "__main__":
    print(classify([0.5, 1.5], [2.0, -0.25]))
