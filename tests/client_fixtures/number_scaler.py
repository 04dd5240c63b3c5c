"""A predictor whose signature does not fit embeddings (no str or list[str]
input): the client must refuse it with a clear error."""

from ingot import compile


@compile(tag="tests/number-scaler", description="Scales numbers (not an embedding model)")
def scale(xs: list[float], factor: float = 2.0) -> list[list[float]]:
    return [[x * factor] for x in xs]
