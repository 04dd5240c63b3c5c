"""The model's sizes and special tokens; pooling chosen with llama_cpp's constant."""
import llama_cpp

from ingot import compile

model = llama_cpp.Llama(model_path="model.gguf", embedding=True, n_ctx=32,
                        pooling_type=llama_cpp.LLAMA_POOLING_TYPE_CLS, n_threads_batch=None, verbose=False)


@compile(tag="tests/l-info", description="sizes")
def info(text: str) -> tuple[int, int, int, int, int, list[float]]:
    return model.n_embd(), model.n_ctx(), model.n_vocab(), model.token_bos(), model.token_eos(), model.embed(text)
