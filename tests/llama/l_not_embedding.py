"""embed() on a model created without embedding=True raises RuntimeError."""
from llama_cpp import Llama

from ingot import compile

model = Llama(model_path="model.gguf", n_ctx=32, verbose=False)


@compile(tag="tests/l-not-embedding", description="an error")
def embed(text: str) -> list[float]:
    return model.embed(text)
