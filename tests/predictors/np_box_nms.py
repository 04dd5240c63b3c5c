"""Non-maximum suppression of boxes by IoU (a detector's post-processing)."""
import numpy as np

from ingot import compile


def iou(box: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    x1 = np.maximum(box[0], boxes[:, 0])
    y1 = np.maximum(box[1], boxes[:, 1])
    x2 = np.minimum(box[2], boxes[:, 2])
    y2 = np.minimum(box[3], boxes[:, 3])
    inter = np.clip(x2 - x1, 0, None) * np.clip(y2 - y1, 0, None)
    area = (box[2] - box[0]) * (box[3] - box[1])
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    return inter / (area + areas - inter)


@compile(tag="tests/np-box-nms", description="IoU box suppression")
def nms(boxes: np.ndarray, scores: np.ndarray, threshold: float = 0.5) -> list[int]:
    order = np.argsort(-scores, kind="stable")
    keep: list[int] = []
    while len(order) > 0:
        i = int(order[0])
        keep.append(i)
        if len(order) == 1:
            break
        rest = order[1:]
        overlaps = iou(boxes[i], boxes[rest])
        order = rest[overlaps <= threshold]
    return keep


CASES = [
    dict(boxes=np.array([[0, 0, 10, 10], [1, 1, 11, 11], [20, 20, 30, 30]], dtype=np.float32),
         scores=np.array([0.9, 0.8, 0.7], dtype=np.float32)),
    dict(boxes=np.array([[0.0, 0.0, 1.0, 1.0]]), scores=np.array([0.1]), threshold=0.3),
    dict(boxes=np.array([[0, 0, 4, 4], [2, 2, 6, 6], [0, 0, 4, 4.5], [5, 5, 6, 6]]),
         scores=np.array([0.5, 0.9, 0.7, 0.9]), threshold=0.1),
]
# boxes and scores must agree in length: hand-picked cases only.
GENERATE = False
