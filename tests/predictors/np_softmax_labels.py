"""Softmax over logits, argmax and the label with its probability."""
import numpy as np

from ingot import compile

LABELS = ["negative", "neutral", "positive"]


@compile(tag="tests/np-softmax", description="softmax, argmax and labels")
def classify(logits: np.ndarray) -> list[tuple[str, float]]:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    probs = exp / exp.sum(axis=-1, keepdims=True)
    best = probs.argmax(axis=-1)
    out: list[tuple[str, float]] = []
    for i in range(len(best)):
        k = int(best[i])
        out.append((LABELS[k], round(float(probs[i, k]), 5)))  # float32 exp may differ by an ulp
    return out


CASES = [
    dict(logits=np.array([[1.0, 2.0, 3.0], [3.0, 1.0, -2.0]], dtype=np.float32)),
    dict(logits=np.array([[0.0, 0.0, 0.0]])),
    dict(logits=np.array([[1000.0, -1000.0, 0.0]])),
]


def strategies(st):
    from hypothesis.extra import numpy as hnp
    return {"logits": hnp.arrays(st.sampled_from([np.float32, np.float64]), st.tuples(st.integers(1, 4), st.just(3)),
                                 elements=st.floats(-50, 50, width=32))}
