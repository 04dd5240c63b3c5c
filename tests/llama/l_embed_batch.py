"""Llama.embed on a list: texts packed into batches of n_batch tokens
(several decode calls for long lists), truncation, and the token count."""
from llama_cpp import Llama

from ingot import compile

model = Llama(model_path="model.gguf", embedding=True, n_ctx=64, n_batch=24, n_threads=1, n_threads_batch=1, verbose=False)


@compile(tag="tests/l-embed-batch", description="vectors and the token count")
def embed(texts: list[str], normalize: bool = False, truncate: bool = True) -> tuple[list[list[float]], int]:
    vectors, count = model.embed(texts, normalize=normalize, truncate=truncate, return_count=True)
    return vectors, count
