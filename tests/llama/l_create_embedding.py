"""Llama.create_embedding: the OpenAI-shaped dict, read by its keys."""
from typing import Optional

from llama_cpp import Llama

from ingot import compile

model = Llama(model_path="model.gguf", embedding=True, n_ctx=64, n_threads=1, n_threads_batch=1, verbose=False)


@compile(tag="tests/l-create-embedding", description="OpenAI-shaped response")
def create(texts: list[str], name: Optional[str] = None) -> tuple[list[list[float]], list[int], int, str, str, int]:
    response = model.create_embedding(texts, model=name)
    one = model.create_embedding(texts[0] if texts else "")
    vectors = [item["embedding"] for item in response["data"]]
    indexes = [item["index"] for item in response["data"]]
    usage = response["usage"]
    return (vectors, indexes, usage["prompt_tokens"] + usage["total_tokens"], response["model"], response["object"],
            len(one["data"]))
