"""Llama.embed on one str: one pooled vector."""
# (Test predictors compute on one thread: the tiny models take microseconds,
# and a thread pool only adds waiting on a machine busy with other work.)
from llama_cpp import Llama

from ingot import compile

model = Llama(model_path="model.gguf", embedding=True, n_ctx=64, n_threads=1, n_threads_batch=1, verbose=False)


@compile(tag="tests/l-embed-one", description="one vector")
def embed(text: str, normalize: bool = False) -> list[float]:
    return model.embed(text, normalize=normalize)
