"""Sentence embeddings with Google's EmbeddingGemma, compiled by Ingot.

The embedding example (predictor.py) for a model trained with task prompts:
only the prompts, the model file and the tag differ. EmbeddingGemma's
weights are not on the package registries, so bring the GGUF yourself
(e.g. from the model's Hugging Face page, converted with llama.cpp's
convert_hf_to_gguf.py) as embeddinggemma-300m.gguf next to this file, then

    ingot compile examples/embedding/embeddinggemma.py -o ~/.ingot/models/embeddinggemma

The test suite compiles this file against a tiny random gemma-embedding
model to prove the path (tests/python/test_llama.py).
"""

from typing import Optional

import numpy as np
import numpy.typing as npt
from llama_cpp import Llama

from ingot import compile

# EmbeddingGemma's prompts, from its model card.
TASK_PREFIXES = {
    "query": "task: search result | query: ",
    "document": "title: none | text: ",
    "similarity": "task: sentence similarity | query: ",
    "classification": "task: classification | query: ",
    "clustering": "task: clustering | query: ",
}

# Loaded once, when the predictor is created (not on every call).
model = Llama(model_path="embeddinggemma-300m.gguf", embedding=True, n_ctx=2048, verbose=False)


@compile(tag="google/embeddinggemma-300m", description="Sentence embeddings (768 floats, Matryoshka) with EmbeddingGemma")
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
        # Matryoshka truncation (EmbeddingGemma is trained for 768, 512, 256, 128).
        if dimensions < 1 or dimensions > model.n_embd():
            raise ValueError(f"dimensions must be between 1 and {model.n_embd()}, not {dimensions}")
        embeddings = embeddings[:, :dimensions]
    norms = np.linalg.norm(embeddings, axis=1, keepdims=True)
    return embeddings / np.maximum(norms, 1e-12), tokens
