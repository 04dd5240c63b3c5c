"""Sentence embeddings with all-MiniLM-L6-v2, compiled by Ingot.

A prompt per task, the model call, and numpy post-processing: the shape of
almost every embedding predictor. `ingot compile` turns it into a native
library with the model inside the bundle (resources/), callable from
Python, Node.js, C and the OpenAI-style client.

The same file runs in CPython with llama-cpp-python (run it from this
folder: the model path is relative).
"""

from typing import Optional

import numpy as np
import numpy.typing as npt
from llama_cpp import Llama

from ingot import compile

# The prompt each task puts before a text. all-MiniLM-L6-v2 was trained
# without prompts, so they are empty here; a model trained with prompts
# (EmbeddingGemma: "task: search result | query: ", "title: none | text: ",
# ...; see docs/models.md) lists them here and the rest stays as it is.
TASK_PREFIXES = {
    "query": "",
    "document": "",
    "similarity": "",
    "classification": "",
    "clustering": "",
}

# Loaded once, when the predictor is created (not on every call). Batches of
# 256 tokens: texts are cut at 256 tokens, as sentence-transformers cuts this
# model, and attention over smaller batches is faster than over 512 tokens.
model = Llama(model_path="all-MiniLM-L6-v2.gguf", embedding=True, n_ctx=512, n_batch=256, n_ubatch=256, verbose=False)


@compile(tag="sentence-transformers/all-MiniLM-L6-v2", description="Sentence embeddings (384 floats) with all-MiniLM-L6-v2")
def embed(
    texts: list[str], task: str = "document", dimensions: Optional[int] = None
) -> tuple[npt.NDArray[np.float32], int]:
    """Returns the (N, D) float32 embeddings, L2-normalised, and the number
    of tokens the model read (for usage accounting)."""
    if task not in TASK_PREFIXES:
        raise ValueError(f"unknown task {task!r}: use one of {', '.join(TASK_PREFIXES)}")
    prompts = [TASK_PREFIXES[task] + text for text in texts]
    vectors, tokens = model.embed(prompts, return_count=True)
    embeddings = np.array(vectors, dtype=np.float32)
    if dimensions is not None:
        # Matryoshka truncation: keep the first `dimensions` values, renormalise.
        if dimensions < 1 or dimensions > model.n_embd():
            raise ValueError(f"dimensions must be between 1 and {model.n_embd()}, not {dimensions}")
        embeddings = embeddings[:, :dimensions]
    norms = np.linalg.norm(embeddings, axis=1, keepdims=True)
    return embeddings / np.maximum(norms, 1e-12), tokens
