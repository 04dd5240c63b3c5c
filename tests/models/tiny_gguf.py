#!/usr/bin/env python3
"""Tiny random-weight GGUF embedding models for tests (llama.cpp runs them in milliseconds).

    python3 tests/models/tiny_gguf.py bert OUT.gguf [--seed N]
    python3 tests/models/tiny_gguf.py gemma-embedding OUT.gguf [--seed N]
    python3 tests/models/tiny_gguf.py all DIR [--seed N]      # DIR/tiny-bert.gguf, DIR/tiny-gemma-embedding.gguf

    write_tiny_bert(path, seed=0)                 llama.cpp arch `bert` (like all-MiniLM-L6-v2)
    write_tiny_gemma_embedding(path, seed=0)      llama.cpp arch `gemma-embedding` (like EmbeddingGemma)

Each file has the layout the pinned llama.cpp converter gives the real model
(same KV keys in the same order and types, same tensor names, shapes and
order, same tokenizer metadata style), with small dimensions, a small
vocabulary and random weights. The same seed gives the same bytes: the
weights come from a counter-based generator (splitmix64 over element
indices, keyed by seed and tensor name), not from numpy's generators, whose
streams numpy does not promise to keep across versions.

Weights are scaled (fan-in scaled projections, unit-variance token
embeddings, norm weights around 1) so different inputs give clearly
different embeddings.

The `gguf` writer is the pinned llama.cpp tree's (tools/gguf_bert.py import_gguf).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from gguf_bert import import_gguf  # noqa: E402

# --- deterministic random numbers ---------------------------------------------------
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def uniform(seed: int, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """float32 uniform in [-1, 1), a pure function of (seed, name, element index)."""
    key = np.uint64(int.from_bytes(hashlib.sha256(f"{seed}/{name}".encode()).digest()[:8], "little"))
    n = int(np.prod(shape, dtype=np.int64))
    with np.errstate(over="ignore"):
        z = np.arange(n, dtype=np.uint64) * _GOLDEN + key
        z = (z ^ (z >> np.uint64(30))) * _M1
        z = (z ^ (z >> np.uint64(27))) * _M2
        z = z ^ (z >> np.uint64(31))
    u = (z >> np.uint64(40)).astype(np.float64) / float(1 << 24)   # 24 random bits: exact in float32
    return (u * 2.0 - 1.0).astype(np.float32).reshape(shape)


def normal_like(seed: int, name: str, shape: tuple[int, ...], std: float) -> np.ndarray:
    """Uniform with the given standard deviation (enough for random weights)."""
    return (uniform(seed, name, shape) * np.float32(std * np.sqrt(3.0))).astype(np.float32)


def _linear(seed: int, name: str, out_f: int, in_f: int, gain: float = 1.0) -> np.ndarray:
    # numpy (out, in): GGUF stores it as ne = [in, out], as the converter does for a HF Linear.
    return normal_like(seed, name, (out_f, in_f), gain / np.sqrt(in_f))


def _norm(seed: int, name: str, n: int, spread: float = 0.1) -> np.ndarray:
    return (np.float32(1.0) + normal_like(seed, name, (n,), spread)).astype(np.float32)


def _size_label(gguf: Any, tensors: dict[str, np.ndarray]) -> str:
    # general.size_label as the converter derives it from the parameter count ("23M" for MiniLM)
    total = sum(int(a.size) for a in tensors.values())
    return gguf.size_label(total, total, 0, 0)


def _write(gguf: Any, writer: Any, path: Path, tensors: dict[str, np.ndarray], arch: Any) -> None:
    """Tensors keyed by their HF names: written in name order under their GGUF names, as
    convert_hf_to_gguf.py orders and names them."""
    n_layer = 1 + max(int(p) for k in tensors for p in k.split(".") if p.isdecimal())
    tmap = gguf.get_tensor_name_map(arch, n_layer)
    for hf in sorted(tensors):
        name = tmap.get_name(key=hf, try_suffixes=(".weight", ".bias"))
        assert name is not None, hf
        writer.add_tensor(name, tensors[hf], raw_dtype=gguf.GGMLQuantizationType.F32)
    tmp = path.with_name(path.name + ".part")
    writer.write_header_to_file(path=tmp)
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file(progress=False)
    writer.close()
    tmp.replace(path)


# --- tiny BERT ---------------------------------------------------------------------
BERT_CONTROL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
BERT_WORDS = """
the of and to in is it was for on are with as he she they we you this that be at by not or
have from but what all were when can an your which their said if do will each about how up
out them then many some so these would other into has more her two like him see time could no make
than first been its who now people my made over did down only way find use may water long little
very after words called just where most know get through back much before go good new write our
hello world quick brown fox jumps lazy dog cat sat mat model text embed token test run fast slow
""".split()
BERT_SUFFIXES = "s es ed ing er est ly ness ment tion able al ful less ize ise ity ous ive y ll lo ow".split()
BERT_PUNCT = list(".,!?'\"-()[]:;/&*+=#@%$")


def _writer(gguf: Any, arch: Any, name: str, tensors: dict[str, np.ndarray], *, n_layer: int, n_ctx: int,
            n_embd: int, n_ff: int, n_head: int) -> Any:
    """A GGUF writer with the keys every converted model starts with, in the
    converter's order: general metadata, then the text model's hparams up to
    the head count (each architecture adds its own after them)."""
    w = gguf.GGUFWriter(path=None, arch=gguf.MODEL_ARCH_NAMES[arch])
    w.add_type(gguf.GGUFType.MODEL)
    w.add_name(name)
    w.add_description("random weights for tests: not a trained model")
    w.add_size_label(_size_label(gguf, tensors))
    w.add_block_count(n_layer)
    w.add_context_length(n_ctx)
    w.add_embedding_length(n_embd)
    w.add_feed_forward_length(n_ff)
    w.add_head_count(n_head)
    return w


def bert_vocab() -> list[str]:
    """WordPiece tokens as in vocab.txt (## marks a continuation piece): controls first,
    then punctuation, digits and letters as words and as ## pieces (so any lowercase
    ASCII word tokenizes without [UNK]), then whole words and common suffixes."""
    toks = list(BERT_CONTROL) + BERT_PUNCT
    toks += [str(d) for d in range(10)] + [f"##{d}" for d in range(10)]
    toks += [chr(c) for c in range(ord("a"), ord("z") + 1)]
    toks += [f"##{chr(c)}" for c in range(ord("a"), ord("z") + 1)]
    seen = set(toks)
    for w in BERT_WORDS + [f"##{s}" for s in BERT_SUFFIXES]:
        if w not in seen:
            seen.add(w)
            toks.append(w)
    return toks


def write_tiny_bert(path: Path | str, seed: int = 0, *, n_layer: int = 2, n_embd: int = 32,
                    n_head: int = 4, n_ff: int = 128, n_ctx: int = 512) -> Path:
    """A random BERT in the layout of all-MiniLM-L6-v2's GGUF (mean pooling, WordPiece, lower case).
    The context is 512 like MiniLM's and llama-cpp-python's default n_ctx: BERT's learned
    position table has n_ctx rows, and a context larger than the table would let a long
    input index past it (llama.cpp also warns about n_ctx > n_ctx_train)."""
    gguf = import_gguf()
    path = Path(path)
    vocab = bert_vocab()
    n_vocab = len(vocab)
    T = gguf.TokenType

    s = seed
    t: dict[str, np.ndarray] = {
        "embeddings.word_embeddings.weight": normal_like(s, "tok", (n_vocab, n_embd), 1.0),
        "embeddings.position_embeddings.weight": normal_like(s, "pos", (n_ctx, n_embd), 0.5),
        "embeddings.token_type_embeddings.weight": normal_like(s, "typ", (2, n_embd), 0.1),
        "embeddings.LayerNorm.weight": _norm(s, "emb_ln.w", n_embd),
        "embeddings.LayerNorm.bias": normal_like(s, "emb_ln.b", (n_embd,), 0.05),
    }
    for i in range(n_layer):
        p = f"encoder.layer.{i}."
        for part, (o, n) in {"attention.self.query": (n_embd, n_embd), "attention.self.key": (n_embd, n_embd),
                             "attention.self.value": (n_embd, n_embd), "attention.output.dense": (n_embd, n_embd),
                             "intermediate.dense": (n_ff, n_embd), "output.dense": (n_embd, n_ff)}.items():
            # larger query/key weights: attention that is far from uniform, so that the
            # context changes each token's output
            gain = 2.0 if part in ("attention.self.query", "attention.self.key") else 1.0
            t[p + part + ".weight"] = _linear(s, p + part, o, n, gain=gain)
            t[p + part + ".bias"] = normal_like(s, p + part + ".b", (o,), 0.02)
        for ln in ("attention.output.LayerNorm", "output.LayerNorm"):
            t[p + ln + ".weight"] = _norm(s, p + ln + ".w", n_embd)
            t[p + ln + ".bias"] = normal_like(s, p + ln + ".b", (n_embd,), 0.05)

    w = _writer(gguf, gguf.MODEL_ARCH.BERT, f"Tiny BERT (random, seed {seed})", t,
                n_layer=n_layer, n_ctx=n_ctx, n_embd=n_embd, n_ff=n_ff, n_head=n_head)
    w.add_layer_norm_eps(1e-12)
    w.add_file_type(gguf.LlamaFileType.ALL_F32)
    w.add_causal_attention(False)
    w.add_pooling_type(gguf.PoolingType.MEAN)
    w.add_quantization_version(gguf.GGML_QUANT_VERSION)
    # Tokenizer keys in the order and form convert_hf_to_gguf.py writes them for a BERT:
    # phantom-space tokens (a word start gets "▁", a ## piece loses its ##), controls as they are.
    types = [T.CONTROL if t in BERT_CONTROL else T.NORMAL for t in vocab]
    tokens = [t if ty == T.CONTROL else t[2:] if t.startswith("##") else "\u2581" + t
              for t, ty in zip(vocab, types)]
    w.add_token_type_count(2)
    w.add_tokenizer_model("bert")
    w.add_tokenizer_pre("jina-v2-en")
    w.add_token_list(tokens)
    w.add_token_types(types)
    ids = {t: i for i, t in enumerate(vocab)}
    w.add_bos_token_id(ids["[CLS]"])
    w.add_eos_token_id(ids["[SEP]"])
    w.add_unk_token_id(ids["[UNK]"])
    w.add_sep_token_id(ids["[SEP]"])
    w.add_pad_token_id(ids["[PAD]"])
    w.add_mask_token_id(ids["[MASK]"])
    w.add_add_bos_token(True)
    w.add_add_eos_token(True)
    w.add_add_sep_token(False)
    w.add_normalizer_lowercase(True)

    _write(gguf, w, path, t, gguf.MODEL_ARCH.BERT)
    return path


# --- tiny EmbeddingGemma -------------------------------------------------------------
GEMMA_CONTROL = ["<pad>", "<eos>", "<bos>", "<unk>", "<mask>"]   # ids 0..4 as in Gemma 3
GEMMA_WORDS = """
the of and to in is it was for on are with as he she they we you this that be at by not or have
from but what all were when can an your hello world quick brown fox jumps over lazy dog cat sat
mat model text embed token test run fast good new one two three
The A I It This We You Hello World Python
""".split()
GEMMA_SUBWORDS = ["ing", "ed", "er", "est", "ly", "tion", "ness", "ment", "s", "es", "al", "ll", "lo"]
GEMMA_CHARS = (list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
               + list(".,!?'\"-()[]:;/&*+=#@%$_") + ["\n", "\t"])


def gemma_vocab() -> tuple[list[str], list[float], list[int]]:
    """SentencePiece-style pieces, scores and types: controls, <unk>, the 256 byte-fallback
    pieces <0x00>..<0xFF>, then single characters, "▁", and words with and without "▁",
    each with all its prefixes (SentencePiece BPE merges adjacent pieces into longer pieces
    that are in the vocabulary, so every piece needs a chain of pieces leading to it).
    Scores rank shorter pieces higher, as merges made earlier in BPE training are."""
    T = import_gguf().TokenType
    pieces: list[str] = []
    seen: set[str] = set()

    def add(p: str) -> None:
        if p not in seen:
            seen.add(p)
            pieces.append(p)

    add("\u2581")
    add("\u2581\u2581")
    for c in GEMMA_CHARS:
        add(c)
    for word in GEMMA_WORDS:
        for lead in ("\u2581", ""):
            full = lead + word
            for k in range(2, len(full) + 1):
                add(full[:k])
    for sw in GEMMA_SUBWORDS:
        for k in range(2, len(sw) + 1):
            add(sw[:k])
    pieces.sort(key=lambda p: (len(p), p))

    tokens = list(GEMMA_CONTROL)
    types = [T.CONTROL, T.CONTROL, T.CONTROL, T.UNKNOWN, T.CONTROL]
    scores = [0.0] * len(tokens)
    tokens += [f"<0x{b:02X}>" for b in range(256)]
    types += [T.BYTE] * 256
    scores += [0.0] * 256
    tokens += pieces
    types += [T.NORMAL] * len(pieces)
    scores += [-float(i) for i in range(len(pieces))]
    return tokens, scores, types


def write_tiny_gemma_embedding(path: Path | str, seed: int = 0, *, n_layer: int = 2, n_embd: int = 32,
                               n_head: int = 4, n_head_kv: int = 2, head_dim: int = 16, n_ff: int = 64,
                               n_ctx: int = 512, sliding_window: int = 16, swa_pattern: int | None = 2) -> Path:
    """A random EmbeddingGemma in the layout llama.cpp's converter gives embeddinggemma-300m
    (no Dense projections: those are written only with --sentence-transformers-dense-modules and
    llama.cpp does not require them). Attention heads are n_head x head_dim = 64 wide against an
    embedding of 32 (Gemma 3 allows that), with grouped K/V heads.

    Sliding-window layers: llama.cpp's gemma-embedding reads
    gemma-embedding.attention.sliding_window_pattern, default 6 (layers 5, 11, ... full
    attention, the others a symmetric window of `sliding_window` tokens); the converter does
    not write the key, EmbeddingGemma's 24 layers use the default. The pinned llama.cpp
    needs at least one full-attention layer: with none, the full mask is left unallocated and
    decoding aborts (GGML_ASSERT(buffer) in llm_graph_input_attn_no_cache::set_input). So a
    model of fewer than 6 layers writes the key: swa_pattern=2 (default) makes layer 0
    sliding and layer 1 full. swa_pattern=None writes the converter's layout exactly (then
    use n_layer >= 6). The context (512) only bounds positions: RoPE has no table."""
    gguf = import_gguf()
    path = Path(path)
    tokens, scores, types = gemma_vocab()
    n_vocab = len(tokens)

    s = seed
    # RMS norm weights are stored as the converter stores them: 1 + the HF weight.
    t: dict[str, np.ndarray] = {
        "embed_tokens.weight": normal_like(s, "tok", (n_vocab, n_embd), 1.0 / np.sqrt(n_embd)),
        "norm.weight": _norm(s, "out_norm", n_embd),
    }
    q_dim, kv_dim = n_head * head_dim, n_head_kv * head_dim
    for i in range(n_layer):
        p = f"layers.{i}."
        t[p + "input_layernorm.weight"] = _norm(s, p + "in_norm", n_embd)
        t[p + "self_attn.q_proj.weight"] = _linear(s, p + "q", q_dim, n_embd)
        t[p + "self_attn.k_proj.weight"] = _linear(s, p + "k", kv_dim, n_embd)
        t[p + "self_attn.v_proj.weight"] = _linear(s, p + "v", kv_dim, n_embd)
        t[p + "self_attn.o_proj.weight"] = _linear(s, p + "o", n_embd, q_dim)
        t[p + "self_attn.q_norm.weight"] = _norm(s, p + "q_norm", head_dim)
        t[p + "self_attn.k_norm.weight"] = _norm(s, p + "k_norm", head_dim)
        t[p + "post_attention_layernorm.weight"] = _norm(s, p + "post_attn_norm", n_embd)
        t[p + "pre_feedforward_layernorm.weight"] = _norm(s, p + "pre_ffw_norm", n_embd)
        t[p + "post_feedforward_layernorm.weight"] = _norm(s, p + "post_ffw_norm", n_embd)
        t[p + "mlp.gate_proj.weight"] = _linear(s, p + "gate", n_ff, n_embd)
        t[p + "mlp.up_proj.weight"] = _linear(s, p + "up", n_ff, n_embd)
        t[p + "mlp.down_proj.weight"] = _linear(s, p + "down", n_embd, n_ff)

    # hparams in the converter's order (TextModel, then Gemma3Model / EmbeddingGemma overwrite
    # some keys in place and add the sliding window and the pooling type)
    w = _writer(gguf, gguf.MODEL_ARCH.GEMMA_EMBEDDING, f"Tiny EmbeddingGemma (random, seed {seed})", t,
                n_layer=n_layer, n_ctx=n_ctx, n_embd=n_embd, n_ff=n_ff, n_head=n_head)
    w.add_head_count_kv(n_head_kv)
    w.add_rope_freq_base(1_000_000.0)
    w.add_rope_freq_base_swa(10_000.0)
    w.add_layer_norm_rms_eps(1e-6)
    w.add_key_length(head_dim)
    w.add_value_length(head_dim)
    w.add_file_type(gguf.LlamaFileType.ALL_F32)
    w.add_sliding_window(sliding_window)
    if swa_pattern is not None:
        w.add_sliding_window_pattern(swa_pattern)
    w.add_pooling_type(gguf.PoolingType.MEAN)
    w.add_quantization_version(gguf.GGML_QUANT_VERSION)
    # Tokenizer as _set_vocab_sentencepiece writes it (model "llama" = SentencePiece in llama.cpp),
    # then Gemma's special ids and flags; EmbeddingGemma's tokenizer adds <bos> and <eos>.
    w.add_tokenizer_model("llama")
    w.add_tokenizer_pre("default")
    w.add_token_list(tokens)
    w.add_token_scores(scores)
    w.add_token_types(types)
    w.add_bos_token_id(2)
    w.add_eos_token_id(1)
    w.add_unk_token_id(3)
    w.add_pad_token_id(0)
    w.add_add_bos_token(True)
    w.add_add_eos_token(True)
    w.add_add_space_prefix(False)

    _write(gguf, w, path, t, gguf.MODEL_ARCH.GEMMA_EMBEDDING)
    return path


WRITERS = {"bert": write_tiny_bert, "gemma-embedding": write_tiny_gemma_embedding}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kind", choices=[*WRITERS, "all"])
    ap.add_argument("out", type=Path, help="the GGUF file (a directory for `all`)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if args.kind == "all":
        args.out.mkdir(parents=True, exist_ok=True)
        outs = [WRITERS[k](args.out / f"tiny-{k}.gguf", args.seed) for k in WRITERS]
    else:
        outs = [WRITERS[args.kind](args.out, args.seed)]
    for o in outs:
        print(f"{o} ({o.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
