"""Image pre-processing: HWC uint8 → NCHW float32, scaled and normalised."""
import numpy as np

from ingot import compile

MEAN = [0.485, 0.456, 0.406]
STD = [0.229, 0.224, 0.225]


@compile(tag="tests/np-image-normalize", description="HWC uint8 to normalised NCHW float32")
def preprocess(image: np.ndarray) -> np.ndarray:
    x = image.astype(np.float32) / 255.0
    x = (x - np.array(MEAN, dtype=np.float32)) / np.array(STD, dtype=np.float32)
    return np.expand_dims(np.transpose(x, (2, 0, 1)), 0)


CASES = [
    dict(image=np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3) * 14),
    dict(image=np.full((1, 1, 3), 255, dtype=np.uint8)),
]
