#!/usr/bin/env python3
"""Compares two GGUF files: header, KV metadata, tensors; prints the differences.

    tools/gguf_diff.py A.gguf B.gguf [--max N]

Exit status 0 when the metadata (keys, order, types, values) and the tensors
(names, order, types, shapes, data) are the same, 1 otherwise, 2 on usage
errors. It also says whether the whole files are byte-identical (sha256):
two files can agree on everything above and still differ in bytes (another
alignment, padding, or tensor data offsets), which it reports separately.

As a module: diff_gguf(a, b) returns the list of differences (empty: same).
Uses the `gguf` reader of the pinned llama.cpp tree (see gguf_bert.import_gguf).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gguf_bert import import_gguf  # noqa: E402


def sha256(path: Path | str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _short(v: Any, limit: int = 120) -> str:
    s = repr(v)
    return s if len(s) <= limit else s[:limit] + "..."


def _field_value(field: Any) -> Any:
    try:
        return field.contents()
    except Exception:   # undecodable strings: show the raw bytes
        return [bytes(field.parts[i]) for i in field.data]


def _field_bytes(field: Any) -> bytes:
    # The KV exactly as serialized (key, type tags, lengths, payload): compared byte for byte,
    # so a float that prints the same but differs in its bits is still a difference.
    return b"".join(bytes(p) for p in field.parts)


def _describe_value_diff(va: Any, vb: Any) -> str:
    if isinstance(va, list) and isinstance(vb, list):
        if len(va) != len(vb):
            return f"array length {len(va)} vs {len(vb)}"
        idx = [i for i, (x, y) in enumerate(zip(va, vb)) if x != y]
        first = idx[0]
        return (f"{len(idx)} of {len(va)} elements differ, first at [{first}]: "
                f"{_short(va[first], 60)} vs {_short(vb[first], 60)}")
    return f"{_short(va)} vs {_short(vb)}"


def diff_gguf(a: Path | str, b: Path | str, max_report: int = 50) -> list[str]:
    """The differences between GGUF files a and b (metadata and tensors); [] when they agree."""
    gguf = import_gguf()
    ra, rb = gguf.GGUFReader(a), gguf.GGUFReader(b)
    out: list[str] = []

    # --- KV metadata (the GGUF.* pseudo-fields hold the header: version, counts) ---
    fa, fb = ra.fields, rb.fields
    ka, kb = list(fa), list(fb)
    for k in ka:
        if k not in fb:
            out.append(f"kv {k}: only in A ({_short(_field_value(fa[k]))})")
    for k in kb:
        if k not in fa:
            out.append(f"kv {k}: only in B ({_short(_field_value(fb[k]))})")
    common = [k for k in ka if k in fb]
    if common != [k for k in kb if k in fa]:
        out.append("kv order differs: A " + ", ".join(common) + " / B " + ", ".join(k for k in kb if k in fa))
    for k in common:
        x, y = fa[k], fb[k]
        tx = [t.name for t in x.types]
        ty = [t.name for t in y.types]
        if tx != ty:
            out.append(f"kv {k}: type {'/'.join(tx)} vs {'/'.join(ty)}")
        elif _field_bytes(x) != _field_bytes(y):
            out.append(f"kv {k}: value {_describe_value_diff(_field_value(x), _field_value(y))}")
    if ra.alignment != rb.alignment:
        out.append(f"alignment {ra.alignment} vs {rb.alignment}")

    # --- tensors ---
    ta = {t.name: t for t in ra.tensors}
    tb = {t.name: t for t in rb.tensors}
    for n in ta:
        if n not in tb:
            out.append(f"tensor {n}: only in A")
    for n in tb:
        if n not in ta:
            out.append(f"tensor {n}: only in B")
    na = [t.name for t in ra.tensors if t.name in tb]
    nb = [t.name for t in rb.tensors if t.name in ta]
    if na != nb:
        first = next(i for i, (x, y) in enumerate(zip(na, nb)) if x != y)
        out.append(f"tensor order differs from #{first}: {na[first]} vs {nb[first]}")
    moved: list[str] = []   # data offsets shift together after one size change: one line for all
    for n in na:
        x, y = ta[n], tb[n]
        if x.data_offset - ra.data_offset != y.data_offset - rb.data_offset:
            moved.append(n)
        if x.tensor_type != y.tensor_type:
            out.append(f"tensor {n}: type {x.tensor_type.name} vs {y.tensor_type.name}")
            continue
        if list(x.shape) != list(y.shape):
            out.append(f"tensor {n}: shape {list(x.shape)} vs {list(y.shape)}")
            continue
        da = np.asarray(x.data).view(np.uint8).reshape(-1)
        db = np.asarray(y.data).view(np.uint8).reshape(-1)
        if da.size != db.size or not np.array_equal(da, db):
            msg = f"tensor {n}: data differs"
            if x.tensor_type.name in ("F32", "F16") and da.size == db.size:
                fa_ = np.asarray(x.data, dtype=np.float64)
                fb_ = np.asarray(y.data, dtype=np.float64)
                msg += f" (max |a-b| {np.nanmax(np.abs(fa_ - fb_)):.3g}, {int(np.sum(fa_ != fb_))} elements)"
            out.append(msg)
    if moved:
        out.append(f"tensor data offsets differ for {len(moved)} tensor(s), from {moved[0]}")
    if len(out) > max_report:
        out = out[:max_report] + [f"... and {len(out) - max_report} more"]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("--max", type=int, default=50, help="report at most this many differences")
    args = ap.parse_args(argv)
    for p in (args.a, args.b):
        if not p.is_file():
            print(f"gguf_diff: {p}: no such file", file=sys.stderr)
            return 2
    diffs = diff_gguf(args.a, args.b, args.max)
    gguf = import_gguf()
    r = gguf.GGUFReader(args.a)
    n_kv = len([k for k in r.fields if not k.startswith("GGUF.")])
    sa, sb = sha256(args.a), sha256(args.b)
    for d in diffs:
        print(d)
    if diffs:
        print(f"DIFFERENT: {len(diffs)} difference(s)")
    else:
        print(f"same metadata ({n_kv} keys) and tensors ({len(r.tensors)})")
    print(f"A {sa}  {args.a}\nB {sb}  {args.b}")
    print("byte-identical" if sa == sb else "files differ in bytes")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
