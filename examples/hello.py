"""A tiny predictor of the kind Ingot compiles: typed, numeric, no I/O."""

import math


def predict(features: list[float], weights: list[float], bias: float = 0.0) -> float:
    """Logistic regression: the probability that `features` is positive."""
    z: float = bias
    for x, w in zip(features, weights):
        z += x * w
    return 1.0 / (1.0 + math.exp(-z))


def label(features: list[float], weights: list[float], threshold: float = 0.5) -> int:
    return 1 if predict(features, weights) >= threshold else 0
