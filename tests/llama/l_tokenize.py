"""Llama.tokenize / detokenize, with add_bos and special."""
from llama_cpp import Llama

from ingot import compile

model = Llama(model_path="model.gguf", embedding=True, n_ctx=64, verbose=False)


@compile(tag="tests/l-tokenize", description="token ids and back")
def tokens(text: str, add_bos: bool = True, special: bool = False) -> tuple[list[int], bytes, bytes]:
    ids = model.tokenize(text.encode("utf-8"), add_bos=add_bos, special=special)
    return ids, model.detokenize(ids), model.detokenize(ids, special=True)
