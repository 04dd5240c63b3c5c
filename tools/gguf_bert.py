#!/usr/bin/env python3
"""Converts a sentence-transformers BERT folder (all-MiniLM-L6-v2) to GGUF, without torch.

    tools/gguf_bert.py MODEL_DIR OUT.gguf [--outtype f32|f16]

A numpy-only port of what llama.cpp's convert_hf_to_gguf.py does for
`BertModel` (conversion/bert.py + conversion/base.py of the pinned tree):
same tensors in the same order with the same names and types, same KV
metadata in the same order with the same types. For all-MiniLM-L6-v2 the
output is byte-identical to the official converter's (checked with
tools/gguf_diff.py against the file deps/minilm-l6-v2.sha256 records).

What it reads from MODEL_DIR:
  config.json                 hparams (missing keys take BertConfig's defaults, as AutoConfig would)
  model.safetensors           the weights; parsed here (8-byte header length, JSON header, raw
                              little-endian data), tensors taken in name order like the safetensors
                              library and the converter's own reader
  tokenizer.json / vocab.txt  the WordPiece vocabulary, added/special tokens
  tokenizer_config.json,      special token ids and flags (gguf.SpecialVocab, the converter's own class)
  special_tokens_map.json
  modules.json, 1_Pooling/    the pooling type
  README.md                   general.* metadata (gguf.Metadata, the converter's own class)

What the official converter gets from transformers and this file rebuilds:
  * the hparams (AutoConfig): config.json over BertConfig's defaults;
  * the vocabulary (AutoTokenizer.vocab / added tokens): tokenizer.json's
    model.vocab + added_tokens, or vocab.txt + the special tokens;
  * tokenizer.ggml.pre: the converter hashes the token ids its tokenizer gives
    for a fixed probe text and looks the hash up in a table. The BERT
    tokenizer (BertNormalizer + BertPreTokenizer + WordPiece) is small enough
    to run here exactly, so the hash is computed the same way and looked up in
    the pinned tree's own table (conversion/base.py), with a built-in fallback.

The `gguf` package comes from the pinned llama.cpp tree
(${INGOT_DEPS_CACHE:-~/.cache/ingot-deps}/llama.cpp-<version>/src/vendor/llama.cpp/gguf-py,
see deps/llama.cpp.pin), put first on sys.path by import_gguf(), so the
writer is the one the official converter uses whatever else is installed.
It needs numpy and pyyaml (gguf.Metadata reads the model card).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import re
import sys
import time
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


# --- the gguf package of the pinned llama.cpp tree ------------------------------
def _pin() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in (ROOT / "deps" / "llama.cpp.pin").read_text().splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            k, v = line.split("=", 1)
            out[k.strip()] = v.strip()
    return out


def llama_source_dir() -> Path:
    """The pinned llama.cpp tree, where deps/llama.cpp.sh extracts it (not fetched here);
    INGOT_GGUF_PY, when set, names its gguf-py and so the tree."""
    if os.environ.get("INGOT_GGUF_PY"):
        return Path(os.environ["INGOT_GGUF_PY"]).parent
    cache = Path(os.environ.get("INGOT_DEPS_CACHE") or Path.home() / ".cache" / "ingot-deps")
    return cache / f"llama.cpp-{_pin()['LLAMA_CPP_PYTHON_VERSION']}" / "src" / "vendor" / "llama.cpp"


def gguf_py_dir() -> Path | None:
    """gguf-py of the pinned tree (INGOT_GGUF_PY overrides), or None when not extracted."""
    override = os.environ.get("INGOT_GGUF_PY")
    if override:
        return Path(override)
    d = llama_source_dir() / "gguf-py"
    return d if (d / "gguf" / "__init__.py").is_file() else None


def import_gguf() -> ModuleType:
    """Imports `gguf` from the pinned tree (so files match the pinned converter's byte for
    byte); falls back to an installed `gguf` only when the tree is not extracted."""
    d = gguf_py_dir()
    if d is not None:
        if str(d) not in sys.path:
            sys.path.insert(0, str(d))
        loaded = sys.modules.get("gguf")
        if loaded is not None and not str(getattr(loaded, "__file__", "")).startswith(str(d)):
            raise ImportError(f"a different gguf is already imported ({loaded.__file__}); "
                              f"the pinned one is in {d}")
    try:
        import gguf  # noqa: PLC0415
    except ImportError as e:
        raise ImportError(f"cannot import gguf ({e}); run `deps/llama.cpp.sh fetch` (gguf-py of the "
                          "pinned llama.cpp) and make sure numpy and pyyaml are installed") from e
    return gguf


# --- safetensors ------------------------------------------------------------------
_ST_DTYPES = {"F64": "<f8", "F32": "<f4", "F16": "<f2", "BF16": "<u2",
              "I64": "<i8", "I32": "<i4", "I16": "<i2", "I8": "i1", "U8": "u1", "BOOL": "?"}


def read_safetensors(path: Path) -> dict[str, tuple[str, np.ndarray]]:
    """{name: (safetensors dtype, array)} in name order (the order the safetensors library and
    llama.cpp's reader give, which decides the tensor order in the GGUF). Arrays are read-only
    views of one memory map; BF16 is returned as its raw uint16 bits."""
    size = path.stat().st_size
    with open(path, "rb") as f:
        n = int.from_bytes(f.read(8), "little")
        if n > size - 8:
            raise ValueError(f"{path}: header length {n} exceeds the file")
        header = json.loads(f.read(n).decode("utf-8"))
    data = np.memmap(path, dtype=np.uint8, mode="r")
    base = 8 + n
    out: dict[str, tuple[str, np.ndarray]] = {}
    for name in sorted(header):
        if name == "__metadata__":
            continue
        meta = header[name]
        dtype = meta["dtype"]
        if dtype not in _ST_DTYPES:
            raise ValueError(f"{path}: tensor {name}: unsupported dtype {dtype}")
        begin, end = meta["data_offsets"]
        shape = tuple(int(s) for s in meta["shape"])
        dt = np.dtype(_ST_DTYPES[dtype])
        if end - begin != dt.itemsize * int(np.prod(shape, dtype=np.int64)) or base + end > size:
            raise ValueError(f"{path}: tensor {name}: bad data_offsets {meta['data_offsets']}")
        out[name] = (dtype, data[base + begin:base + end].view(dt).reshape(shape))
    return out


def _as_float(dtype: str, a: np.ndarray) -> np.ndarray:
    # The converter keeps float16/float32 as they are and turns everything else into float32.
    if dtype in ("F32", "F16"):
        return a
    if dtype == "BF16":
        return (a.astype(np.uint32) << 16).view(np.float32)
    return a.astype(np.float32)


# --- hparams ---------------------------------------------------------------------
# transformers.BertConfig defaults: the converter reads the config through AutoConfig,
# so a key missing from config.json takes these values.
BERT_DEFAULTS: dict[str, Any] = {
    "vocab_size": 30522, "hidden_size": 768, "num_hidden_layers": 12, "num_attention_heads": 12,
    "intermediate_size": 3072, "max_position_embeddings": 512, "type_vocab_size": 2,
    "layer_norm_eps": 1e-12,
}
SUPPORTED_ARCHITECTURES = ("BertModel", "BertForMaskedLM")


def load_hparams(model_dir: Path) -> dict[str, Any]:
    with open(model_dir / "config.json", encoding="utf-8") as f:
        config = json.load(f)
    archs = config.get("architectures") or ["BertModel"]
    if archs[0] not in SUPPORTED_ARCHITECTURES or config.get("model_type", "bert") != "bert":
        raise ValueError(f"{model_dir}: {archs[0]} / model_type {config.get('model_type')!r} is not a plain BERT "
                         f"({', '.join(SUPPORTED_ARCHITECTURES)}); use the official converter")
    if config.get("position_embedding_type", "absolute") != "absolute":
        raise ValueError(f"{model_dir}: position_embedding_type {config['position_embedding_type']!r} "
                         "is not supported by llama.cpp's bert")
    labels = config.get("id2label")
    if labels and not (len(labels) == 2 and labels.get("0", labels.get(0)) == "LABEL_0"):
        raise ValueError(f"{model_dir}: classifier labels (a sequence classifier) are not supported here")
    return {**BERT_DEFAULTS, **config}


# --- the BERT tokenizer (for the pre-tokenizer hash only) -----------------------
def _is_control(c: str) -> bool:
    if c in "\t\n\r":
        return False
    return unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn")


def _is_whitespace(c: str) -> bool:
    return c in " \t\n\r" or unicodedata.category(c) == "Zs"


def _is_chinese(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def _is_punctuation(c: str) -> bool:
    return (c.isascii() and not c.isalnum() and c.isprintable() and not c.isspace()) \
        or unicodedata.category(c).startswith("P")


class WordPieceTokenizer:
    """BertNormalizer + BertPreTokenizer + WordPiece, as Hugging Face `tokenizers` runs them
    (BertTokenizerFast). Enough to reproduce the converter's pre-tokenizer probe."""

    def __init__(self, vocab: dict[str, int], *, lowercase: bool = True, strip_accents: bool | None = None,
                 clean_text: bool = True, chinese_chars: bool = True, unk: str = "[UNK]",
                 prefix: str = "##", max_chars: int = 100):
        self.vocab = vocab
        self.lowercase = lowercase
        self.strip_accents = lowercase if strip_accents is None else strip_accents
        self.clean_text = clean_text
        self.chinese_chars = chinese_chars
        self.unk = unk
        self.prefix = prefix
        self.max_chars = max_chars

    def normalize(self, text: str) -> str:
        if self.clean_text:
            text = "".join(" " if _is_whitespace(c) else c for c in text
                           if not (c == "\0" or c == "\ufffd" or _is_control(c)))
        if self.chinese_chars:
            text = "".join(f" {c} " if _is_chinese(ord(c)) else c for c in text)
        if self.strip_accents:
            text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
        if self.lowercase:
            # char by char, as `tokenizers` does: str.lower() would apply the final-sigma rule
            text = "".join(c.lower() for c in text)
        return text

    @staticmethod
    def pre_tokenize(text: str) -> list[str]:
        words: list[str] = []
        cur = ""
        for c in text:
            if c.isspace():
                if cur:
                    words.append(cur)
                cur = ""
            elif _is_punctuation(c):
                if cur:
                    words.append(cur)
                words.append(c)
                cur = ""
            else:
                cur += c
        if cur:
            words.append(cur)
        return words

    def word_ids(self, word: str) -> list[int]:
        unk = [self.vocab[self.unk]]
        if len(word) > self.max_chars:
            return unk
        ids: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else self.prefix + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return unk
            ids.append(found)
            start = end
        return ids

    def encode(self, text: str, cls: str = "[CLS]", sep: str = "[SEP]") -> list[int]:
        ids = [self.vocab[cls]]
        for w in self.pre_tokenize(self.normalize(text)):
            ids += self.word_ids(w)
        return ids + [self.vocab[sep]]


# The probe text of convert_hf_to_gguf's get_vocab_base_pre (read from the pinned tree when there).
_CHKTXT_FALLBACK = (
    "\n \n\n \n\n\n \t \t\t \t\n  \n   \n    \n     \n🚀 (normal) 😶\u200d🌫️ (multiple emojis concatenated) "
    "✅ 🦙🦙 3 33 333 3333 33333 333333 3333333 33333333 3.3 3..3 3...3 កាន់តែពិសេសអាច😁 ?我想在apple工作"
    "1314151天～ ------======= нещо на Български ''''''```````\"\"\"\"......!!!!!!?????? I've been 'told he's "
    "there, 'RE you sure? 'M not sure I'll make it, 'D you like some tea? We'Ve a'lL")
# Hashes of WordPiece tokenizers known to the pinned converter, in case its table cannot be read.
_PRE_FALLBACK = {"0876d13b50744004aa9aeae05e7b0647eac9d801b5ba4668afc01e709c15e19f": "jina-v2-en"}


def _converter_probe() -> tuple[str, dict[str, str]]:
    """(probe text, {hash: pre-tokenizer name}) from the pinned tree's conversion/base.py."""
    src_file = llama_source_dir() / "conversion" / "base.py"
    try:
        src = src_file.read_text(encoding="utf-8")
    except OSError:
        return _CHKTXT_FALLBACK, dict(_PRE_FALLBACK)
    import ast  # noqa: PLC0415
    m = re.search(r"^\s*chktxt = (.*)$", src, re.M)
    chktxt = ast.literal_eval(m.group(1)) if m else _CHKTXT_FALLBACK
    table: dict[str, str] = {}
    for h, name in re.findall(r'if chkhsh == "([0-9a-f]{64})":\n(?:\s*#[^\n]*\n)*\s*res = "([^"]+)"', src):
        table[h] = name   # a chain of ifs, not elifs: the last match wins
    return chktxt, table or dict(_PRE_FALLBACK)


# --- the vocabulary -------------------------------------------------------------------
def _read_json(path: Path) -> dict[str, Any]:
    if path.is_file():
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    return {}


def load_vocab(model_dir: Path, hparams: dict[str, Any], gguf: ModuleType) -> tuple[list[str], list[int], str]:
    """(tokens, token types, pre-tokenizer name) as TextModel.get_vocab_base gives them."""
    tok_json = _read_json(model_dir / "tokenizer.json")
    tok_cfg = _read_json(model_dir / "tokenizer_config.json")
    normalizer: dict[str, Any] = {}
    added: dict[str, dict[str, Any]] = {}       # content -> {id, special, normalized}
    if tok_json:
        model = tok_json.get("model", {})
        if model.get("type") != "WordPiece":
            raise ValueError(f"{model_dir}/tokenizer.json: model {model.get('type')!r}, expected WordPiece")
        vocab = dict(model["vocab"])
        for t in tok_json.get("added_tokens", []):
            vocab.setdefault(t["content"], t["id"])
            added[t["content"]] = {"id": t["id"], "special": t.get("special", False),
                                   "normalized": t.get("normalized", True)}
        normalizer = tok_json.get("normalizer") or {}
        unk = model.get("unk_token", "[UNK]")
        prefix = model.get("continuing_subword_prefix", "##")
        max_chars = model.get("max_input_chars_per_word", 100)
    else:
        lines = (model_dir / "vocab.txt").read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        vocab = {}
        for i, tok in enumerate(lines):
            vocab.setdefault(tok.rstrip("\r"), i)
        specials = _read_json(model_dir / "special_tokens_map.json") | tok_cfg
        for key in ("unk_token", "sep_token", "pad_token", "cls_token", "mask_token"):
            tok = specials.get(key)
            tok = tok.get("content") if isinstance(tok, dict) else tok
            if isinstance(tok, str) and tok in vocab:
                added[tok] = {"id": vocab[tok], "special": True, "normalized": False}
        lowercase = tok_cfg.get("do_lower_case", True)
        normalizer = {"type": "BertNormalizer", "lowercase": lowercase,
                      "strip_accents": tok_cfg.get("strip_accents"),
                      "handle_chinese_chars": tok_cfg.get("tokenize_chinese_chars", True), "clean_text": True}
        unk, prefix, max_chars = tok_cfg.get("unk_token", "[UNK]"), "##", 100
    for i, t in (tok_cfg.get("added_tokens_decoder") or {}).items():
        if t.get("content") in added or int(i) not in vocab.values():
            continue
        added[t["content"]] = {"id": int(i), "special": t.get("special", False),
                               "normalized": t.get("normalized", True)}

    if normalizer.get("type") != "BertNormalizer":
        raise ValueError(f"{model_dir}: normalizer {normalizer.get('type')!r}, expected BertNormalizer")
    tokenizer = WordPieceTokenizer(vocab, lowercase=normalizer.get("lowercase", True),
                                   strip_accents=normalizer.get("strip_accents"),
                                   clean_text=normalizer.get("clean_text", True),
                                   chinese_chars=normalizer.get("handle_chinese_chars", True),
                                   unk=unk, prefix=prefix, max_chars=max_chars)
    chktxt, table = _converter_probe()
    chkhsh = hashlib.sha256(str(tokenizer.encode(chktxt)).encode()).hexdigest()
    tokpre = table.get(chkhsh)
    if tokpre is None:
        raise ValueError(f"{model_dir}: the tokenizer's probe hash {chkhsh} is not in llama.cpp's table "
                         "(get_vocab_base_pre): not a tokenizer this llama.cpp knows")

    vocab_size = hparams.get("vocab_size", len(vocab))
    if max(vocab.values()) >= vocab_size:
        raise ValueError(f"{model_dir}: token id {max(vocab.values())} >= vocab_size {vocab_size}")
    reverse = {i: t for t, i in vocab.items()}
    tokens: list[str] = []
    toktypes: list[int] = []
    for i in range(vocab_size):
        if i not in reverse:
            tokens.append(f"[PAD{i}]")
            toktypes.append(gguf.TokenType.UNUSED)
            continue
        token = reverse[i]
        info = added.get(token)
        if info is None:
            toktypes.append(gguf.TokenType.NORMAL)
        elif info["special"] or _looks_special(token):
            # The converter re-normalizes non-normalized added tokens by encoding and decoding
            # them; a special token of a BERT vocabulary comes back unchanged.
            toktypes.append(gguf.TokenType.CONTROL)
        else:
            if not info["normalized"]:
                raise ValueError(f"{model_dir}: non-special, non-normalized added token {token!r}: "
                                 "use the official converter")
            token = token.replace("\u2581", " ")
            toktypes.append(gguf.TokenType.USER_DEFINED)
        tokens.append(token)
    return tokens, toktypes, tokpre


def _looks_special(token: str) -> bool:
    # TextModel.does_token_look_special
    return (token in ("<pad>", "<mask>", "<2mass>", "[@BOS@]")
            or (token.startswith("<|") and token.endswith("|>"))
            or (token.startswith("<｜") and token.endswith("｜>"))
            or (token.startswith("<unused") and token.endswith(">")))


def pooling_type(model_dir: Path, gguf: ModuleType) -> Any | None:
    """TextModel._try_set_pooling_type: the sentence-transformers Pooling module's mode."""
    modules = _read_json(model_dir / "modules.json") if (model_dir / "modules.json").is_file() else []
    path = next((m["path"] for m in modules if m["type"].endswith("Pooling")), None)
    if path is None:
        return None
    pooling = _read_json(model_dir / path / "config.json")
    modes = {"mean": gguf.PoolingType.MEAN, "cls": gguf.PoolingType.CLS, "lasttoken": gguf.PoolingType.LAST}
    if pooling.get("pooling_mode_mean_tokens"):
        return gguf.PoolingType.MEAN
    if pooling.get("pooling_mode_cls_token"):
        return gguf.PoolingType.CLS
    if pooling.get("pooling_mode_lasttoken"):
        return gguf.PoolingType.LAST
    if pooling.get("pooling_mode") in modes:
        return modes[pooling["pooling_mode"]]
    raise ValueError(f"{model_dir / path}: only MEAN, CLS and LAST pooling are supported")


# --- tensors ----------------------------------------------------------------------
def _hf_name(name: str) -> str | None:
    """BertModel.filter_tensors: the HF name the tensor map knows, or None to drop it."""
    if name.startswith("bert."):
        name = name[5:]
    if name.endswith(".gamma"):
        name = name[:-6] + ".weight"
    if name.endswith(".beta"):
        name = name[:-5] + ".bias"
    if name in ("embeddings.position_ids", "pooler.dense.weight", "pooler.dense.bias"):
        return None
    if name.startswith(("cls.predictions", "cls.seq_relationship")):
        return None
    if name.endswith((".attention.masked_bias", ".attention.bias", ".rotary_emb.inv_freq")):
        return None
    return name


def _tensor_qtype(gguf: ModuleType, new_name: str, n_dims: int, ftype: Any) -> Any:
    """ModelBase.prepare_tensors' choice of the stored type (for the tensors a BERT has)."""
    Q = gguf.GGMLQuantizationType
    if n_dims <= 1 or new_name.endswith("_norm.weight"):
        return Q.F32
    always_f32 = {gguf.TENSOR_NAMES[k] + ".weight" for k in (gguf.MODEL_TENSOR.POS_EMBD, gguf.MODEL_TENSOR.TOKEN_TYPES)}
    if new_name in always_f32 or new_name[-7:] not in (".weight", ".lora_a", ".lora_b"):
        return Q.F32
    return {gguf.LlamaFileType.ALL_F32: Q.F32, gguf.LlamaFileType.MOSTLY_F16: Q.F16}[ftype]


def convert(model_dir: Path | str, out: Path | str, outtype: str = "f32", *, log=None) -> Path:
    """Writes OUT from the sentence-transformers BERT folder MODEL_DIR; returns OUT."""
    gguf = import_gguf()
    model_dir, out = Path(model_dir), Path(out)
    say = log or (lambda _msg: None)
    ftype = {"f32": gguf.LlamaFileType.ALL_F32, "f16": gguf.LlamaFileType.MOSTLY_F16}[outtype]
    if sys.byteorder != "little":
        raise RuntimeError("little-endian hosts only (GGUF and safetensors data are read as-is)")

    hparams = load_hparams(model_dir)
    n_layer = int(hparams["num_hidden_layers"])
    tensor_map = gguf.get_tensor_name_map(gguf.MODEL_ARCH.BERT, n_layer)
    writer = gguf.GGUFWriter(path=None, arch=gguf.MODEL_ARCH_NAMES[gguf.MODEL_ARCH.BERT])

    # 1. tensors (ModelBase.prepare_tensors), in safetensors name order
    parts = sorted(p.name for p in model_dir.iterdir()
                   if p.name.startswith("model") and p.name.endswith(".safetensors"))
    if parts != ["model.safetensors"]:
        raise ValueError(f"{model_dir}: expected one model.safetensors, found {parts or 'none'}")
    for name, (dtype, data) in read_safetensors(model_dir / parts[0]).items():
        hf = _hf_name(name)
        if hf is None:
            continue
        new_name = tensor_map.get_name(key=hf, try_suffixes=(".weight", ".bias"))
        if new_name is None:
            raise ValueError(f"cannot map tensor {name!r}")
        qtype = _tensor_qtype(gguf, new_name, data.ndim, ftype)
        writer.add_tensor(new_name, gguf.quants.quantize(_as_float(dtype, data), qtype), raw_dtype=qtype)

    # 2. general.* (ModelBase.prepare_metadata)
    total, shared, expert, expert_count = writer.get_total_parameter_count()
    meta = gguf.Metadata.load(None, model_dir, None, total)
    if meta.name is None:
        meta.name = model_dir.name
    if meta.size_label is None and total > 0:
        meta.size_label = gguf.size_label(total, shared, expert, expert_count)
    writer.add_type(gguf.GGUFType.MODEL)
    meta.set_gguf_meta_model(writer)

    # 3. hparams (TextModel.set_gguf_parameters + BertModel.set_gguf_parameters)
    writer.add_block_count(n_layer)
    writer.add_context_length(hparams["max_position_embeddings"])
    writer.add_embedding_length(hparams["hidden_size"])
    writer.add_feed_forward_length(hparams["intermediate_size"])
    writer.add_head_count(hparams["num_attention_heads"])
    if hparams.get("is_causal") is False:
        writer.add_causal_attention(False)
    writer.add_layer_norm_eps(hparams["layer_norm_eps"])
    writer.add_file_type(ftype)
    writer.add_causal_attention(False)
    if (pool := pooling_type(model_dir, gguf)) is not None:
        writer.add_pooling_type(pool)
    writer.add_quantization_version(gguf.GGML_QUANT_VERSION)

    # 4. the vocabulary (BertModel.set_vocab), WordPiece as llama.cpp's phantom-space vocab
    tokens, toktypes, tokpre = load_vocab(model_dir, hparams, gguf)
    writer.add_token_type_count(hparams.get("type_vocab_size", 1))
    tokens = [t if tt == gguf.TokenType.CONTROL else t[2:] if t.startswith("##") else "\u2581" + t
              for t, tt in zip(tokens, toktypes)]
    writer.add_tokenizer_model("bert")
    writer.add_tokenizer_pre(tokpre)
    writer.add_token_list(tokens)
    writer.add_token_types(toktypes)
    # This gguf has no key for a CLS id (llama.cpp uses BOS, which is [CLS] here) and warns
    # "No handler for special token type cls"; expected, so kept out of the output.
    vocab_log = logging.getLogger("gguf.vocab")
    level = vocab_log.level
    vocab_log.setLevel(logging.ERROR)
    try:
        gguf.SpecialVocab(model_dir, n_vocab=len(tokens)).add_to_gguf(writer, quiet=True)
    finally:
        vocab_log.setLevel(level)

    # 5. the file, through a temporary name so a failed run leaves no partial OUT
    tmp = out.with_name(out.name + ".part")
    writer.write_header_to_file(path=tmp)
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file(progress=False)
    writer.close()
    os.replace(tmp, out)
    say(f"{out}: {len(tokens)} tokens, pre-tokenizer {tokpre}, {total} parameters")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model_dir", type=Path, help="sentence-transformers folder (config.json, model.safetensors, ...)")
    ap.add_argument("out", type=Path, help="the GGUF file to write")
    ap.add_argument("--outtype", choices=("f32", "f16"), default="f32")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)   # gguf's own warnings only
    start = time.monotonic()
    convert(args.model_dir, args.out, args.outtype, log=lambda m: print(m, file=sys.stderr))
    print(f"wrote {args.out} in {time.monotonic() - start:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
