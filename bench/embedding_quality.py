#!/usr/bin/env python3
"""Do the compiled MiniLM example's embeddings match sentence-transformers'?

    bench/embedding_quality.py [--bundle DIR] [--min-cosine 0.999] [--all]

Compiles examples/embedding/predictor.py (all-MiniLM-L6-v2 on llama.cpp,
through `ingot compile`; INGOT_BIN overrides build/ingot) unless --bundle
names a bundle already built, embeds the 100+ sentences below with it
through `ingot.load` (once as one batch, once one sentence per call) and
with sentence-transformers on the same weights (the original
sentence-transformers folder, PyTorch on the CPU, in the converter's venv),
and prints the cosine similarity of each pair: min and mean, and the worst
sentences. Also, when llama-cpp-python is installed, the same predictor run
in CPython, which should agree with the compiled one to float rounding.

Exit status: 0 when every judged cosine is >= --min-cosine (and at least
100 sentences were judged), 1 otherwise, 2 when something needed is missing
(the message says what to run). Judged by default: the sentences llama.cpp
tokenizes exactly as Hugging Face does (113 of 115: llama.cpp's WordPiece
drops some Hangul jamo and Devanagari vowel signs that Hugging Face keeps;
those two are listed with their cosines, and --all judges them too).

The sentences are all shorter than 256 tokens: sentence-transformers
truncates this model at 256 tokens, llama.cpp at its context (512), so
longer inputs would differ by design (docs/llama.md).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The ingot of this checkout (INGOT_BIN overrides), not whatever is on PATH.
INGOT = os.environ.get("INGOT_BIN", str(REPO / "build" / "ingot"))
BINDINGS = REPO / "bindings" / "python"
EXAMPLE_DIR = REPO / "examples" / "embedding"
EXAMPLE = EXAMPLE_DIR / "predictor.py"
GGUF_NAME = "all-MiniLM-L6-v2.gguf"   # the model path the predictor opens, relative to its folder
CACHE = Path(os.environ.get("INGOT_DEPS_CACHE") or Path.home() / ".cache" / "ingot-deps")
MODELS = Path(os.environ.get("INGOT_MODELS_DIR") or CACHE / "models")
MODEL_DIR = MODELS / "all-MiniLM-L6-v2"          # the sentence-transformers folder
VENV_PYTHON = CACHE / "venv-convert" / "bin" / "python"   # torch + sentence-transformers
MAX_TOKENS = 256   # sentence-transformers' max_seq_length for this model

SENTENCES = [
    # short
    "hello",
    "Hi!",
    "Yes.",
    "OK",
    "Thanks a lot.",
    "Good morning, everyone.",
    "What time is it?",
    "I'm fine, thank you.",
    "Cats sleep a lot.",
    "Rain again.",
    # everyday statements
    "The quick brown fox jumps over the lazy dog.",
    "A fast auburn fox leapt over a sleepy hound.",
    "She sells seashells by the seashore.",
    "My phone battery dies before lunch every single day.",
    "The train to Edinburgh was delayed by forty minutes because of a signal failure.",
    "We planted tomatoes, basil and two rows of lettuce in the back garden.",
    "He forgot his umbrella, so he waited under the bus shelter until the storm passed.",
    "The museum is closed on Mondays but open late on Thursdays.",
    "Our neighbours' dog barks whenever the postman comes up the path.",
    "I prefer tea in the morning and coffee after lunch.",
    "The children built a sandcastle with a moat and three towers.",
    "Please remember to water the plants while I'm away.",
    "The library extended its opening hours during exam season.",
    "A heavy fog rolled in from the sea just after sunset.",
    "The recipe calls for two eggs, a cup of flour, and a pinch of salt.",
    # questions
    "How do I reset my password if I no longer have access to my email?",
    "Which is bigger, a blue whale or a dinosaur?",
    "Can you recommend a good book about the history of mathematics?",
    "Why is the sky blue during the day but red at sunset?",
    "Is it safe to eat raw cookie dough?",
    "Where did I leave my keys?!",
    "What's the difference between a virus and a bacterium?",
    "Who wrote 'Pride and Prejudice'?",
    # technical and code-like
    "Ingot compiles typed Python functions into native libraries.",
    "The function returns a tuple of a float32 array and an integer token count.",
    "Use `pip install numpy` to install the package, then import it as np.",
    "Segmentation fault (core dumped) after calling free() twice on the same pointer.",
    "def add(a: int, b: int) -> int: return a + b",
    "SELECT name, COUNT(*) FROM users GROUP BY name HAVING COUNT(*) > 1;",
    "The HTTP server responded with status 503 Service Unavailable.",
    "Set the environment variable OMP_NUM_THREADS=1 before starting the process.",
    "git rebase -i HEAD~3 lets you squash the last three commits.",
    "Mean pooling averages the token vectors, weighted by the attention mask.",
    "The matrix multiplication kernel uses AVX2 and FMA instructions.",
    "https://example.com/path?query=value&page=2#section",
    "user.name@example.org",
    "{\"key\": [1, 2, 3], \"nested\": {\"ok\": true}}",
    # numbers, dates, units
    "The meeting is at 3:45 p.m. on 12/03/2024.",
    "Pi is approximately 3.14159265358979.",
    "The population grew from 1,200,000 to 1,450,000 in ten years (+20.8%).",
    "Call +1 (555) 123-4567 before 9 a.m.",
    "It costs $19.99, or €18.50 including VAT.",
    "Mount Everest is 8,849 m (29,032 ft) tall.",
    "In 1969, Apollo 11 landed on the Moon.",
    "Order #A-10293 shipped on 2023-11-05 and arrived 3 days later.",
    "The temperature dropped to -12°C overnight.",
    "Version 2.4.6 fixes 17 bugs and adds 3 new features.",
    "1 2 3 4 5 6 7 8 9 10",
    "42",
    # punctuation and formatting oddities
    "Wait... what?!",
    "Well -- I never; not once: not ever.",
    "\"Quoted text,\" she said, 'with nested quotes.'",
    "ALL CAPS SENTENCES ARE HARD TO READ.",
    "mIxEd CaSe TeXt Is AnNoYiNg.",
    "Hyphen-ated, slash/separated and under_scored words.",
    "(parenthetical) [bracketed] {braced} <angled>",
    "!!! ??? ...",
    "Tabs\tand  double  spaces   in   between.",
    "    leading and trailing spaces    ",
    "a b c d e f g h i j k l m n o p q r s t u v w x y z",
    # non-ASCII
    "Le chat est sur la table.",
    "Crème brûlée is a French dessert with a caramelised top.",
    "The café on the corner serves excellent açaí bowls.",
    "Zoë and Chloë visited Köln and Zürich in the spring.",
    "Naïve résumé façade coöperate jalapeño piñata.",
    "Straße, Mädchen und Größe sind deutsche Wörter.",
    "El niño comió una manzana y bebió café con leche.",
    "Привет, как дела?",
    "Η γλώσσα είναι όμορφη.",
    "東京は日本の首都です。",
    "我喜欢在周末读书。",
    "서울에서 만나요.",
    "مرحبا بالعالم",
    "שלום עולם",
    "नमस्ते दुनिया",
    "I love pizza 🍕 and sushi 🍣!",
    "Great job 👍👍👍",
    "The symbol ∑ means summation and ∞ means infinity.",
    "Temperature: 25 °C ± 0.5 °C — measured at 09:00.",
    "“Smart quotes” and ‘single ones’ and … an ellipsis.",
    "Ångström, Øresund, Æsir and Þór.",
    # longer passages (still well under 256 tokens)
    "Photosynthesis is the process by which green plants and some other organisms use sunlight to synthesise "
    "foods from carbon dioxide and water, generating oxygen as a by-product.",
    "The Industrial Revolution, which began in Britain in the late eighteenth century, transformed economies that "
    "had been based on agriculture and handicrafts into economies based on large-scale industry, mechanised "
    "manufacturing, and the factory system.",
    "After months of negotiations, the two companies finally agreed on the terms of the merger, although several "
    "shareholders expressed concern that the valuation was too high and that the combined firm would face "
    "regulatory scrutiny in at least three countries.",
    "To make a good risotto, toast the rice in butter before adding the wine, then add warm stock one ladle at a "
    "time, stirring constantly, until the grains are creamy on the outside but still slightly firm in the middle.",
    "The committee reviewed 124 applications, shortlisted 18 candidates, interviewed 9 of them over two days, and "
    "eventually offered the position to a researcher who had previously worked at three different universities.",
    "Machine learning models can inherit biases present in their training data, so practitioners evaluate them on "
    "diverse test sets, monitor their behaviour after deployment, and document known limitations for the people "
    "who will use them.",
    "When the power went out, the whole street gathered in the square with candles and guitars, and what started "
    "as an inconvenience turned into the best party the neighbourhood had seen in years.",
    "The spacecraft will spend seven years travelling to the outer planets, using gravity assists from Venus, "
    "Earth and Jupiter to gain speed, before entering orbit around Saturn and releasing a probe into the "
    "atmosphere of its largest moon.",
    "Customer reviews were mixed: some praised the long battery life and bright display, others complained that "
    "the charger overheated, the speakers were tinny, and the software updates arrived months late.",
    "In the final minutes of the match the visiting team scored twice, first from a corner kick and then from a "
    "counter-attack, turning a one-goal deficit into a memorable 2-1 victory in front of a stunned home crowd.",
    "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of "
    "foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it "
    "was the season of Darkness, it was the spring of hope, it was the winter of despair.",
    "Water boils at 100 degrees Celsius at sea level, but at the top of a high mountain, where the air pressure "
    "is lower, it boils at a lower temperature, which is why pasta takes longer to cook there.",
    ("The report summarises the findings of a three-year study of urban air quality, covering nitrogen dioxide, "
     "fine particulate matter and ozone, and recommends low-emission zones, more frequent public transport, "
     "better cycling infrastructure, and stricter limits on construction dust. ") * 2,
    " ".join(f"item{i}" for i in range(40)),
    # near duplicates and paraphrases (similar vectors should stay similar)
    "The cat sat on the mat.",
    "A cat was sitting on the mat.",
    "The mat was sat on by the cat.",
    "Stock markets fell sharply on Monday after the announcement.",
    "Shares dropped steeply at the start of the week following the news.",
    "I am not happy with this product.",
    "I am happy with this product.",
    "Dogs are loyal animals.",
    "Canines are faithful companions.",
    "Completely unrelated: the mitochondria is the powerhouse of the cell.",
]


# ---------------------------------------------------------------------------
# What is needed, and what to run when it is missing.
# ---------------------------------------------------------------------------
def missing_prerequisites(need_venv: bool = True) -> list[str]:
    """Each missing thing with the command that makes it."""
    problems = []
    gguf = EXAMPLE_DIR / GGUF_NAME
    if not gguf.exists():
        where = f" (a link to {os.readlink(gguf)}, which does not exist)" if gguf.is_symlink() else ""
        problems.append(f"the model {gguf}{where}: run tools/make_minilm_gguf.py"
                        f" (and link its output as {gguf} if the link is missing)")
    if not (MODEL_DIR / "model.safetensors").exists():
        problems.append(f"the sentence-transformers weights {MODEL_DIR}: run tools/make_minilm_gguf.py")
    if need_venv and not VENV_PYTHON.exists():
        problems.append(f"the venv with torch and sentence-transformers {VENV_PYTHON.parent.parent}: run "
                        "tools/make_minilm_gguf.py --converter official (about 5 GB and 3 minutes the first time)")
    if not Path(INGOT).exists():
        problems.append(f"the compiler {INGOT}: build it (cmake --build build) or set INGOT_BIN")
    return problems


def require(need_venv: bool = True) -> None:
    problems = missing_prerequisites(need_venv)
    if problems:
        print("cannot run: missing\n" + "\n".join(f"  - {p}" for p in problems), file=sys.stderr)
        sys.exit(2)


def compile_bundle(source: Path, out: Path) -> Path:
    """`ingot compile source -o out`; exits 2 with the compiler's message when it fails."""
    start = time.perf_counter()
    r = subprocess.run([INGOT, "compile", str(source), "-o", str(out), "-q"], capture_output=True, text=True)
    if r.returncode != 0:
        print(f"`{INGOT} compile {source}` failed (exit {r.returncode}):\n{(r.stderr or r.stdout)[-3000:]}",
              file=sys.stderr)
        sys.exit(2)
    print(f"compiled {source.relative_to(REPO) if source.is_relative_to(REPO) else source} -> {out} "
          f"in {time.perf_counter() - start:.1f} s")
    return out


def load_ingot():
    sys.path.insert(0, str(BINDINGS))
    import ingot  # noqa: PLC0415
    return ingot


# sentence-transformers in the venv: sentences as JSON on stdin, embeddings
# into the .npy named by argv[2], token counts (with [CLS] and [SEP], before
# truncation) as JSON on stdout.
ST_EMBED = r"""
import json, sys
import numpy as np
import torch
from sentence_transformers import SentenceTransformer
threads = int(sys.argv[3])
if threads > 0:
    torch.set_num_threads(threads)
texts = json.load(sys.stdin)
model = SentenceTransformer(sys.argv[1], device="cpu")
np.save(sys.argv[2], model.encode(texts, convert_to_numpy=True).astype(np.float32))
tokenizer = model.tokenizer
print(json.dumps({"ids": [tokenizer(t)["input_ids"] for t in texts],
                  "max_seq_length": model.max_seq_length, "torch_threads": torch.get_num_threads(),
                  "versions": {"sentence-transformers": __import__("sentence_transformers").__version__,
                               "torch": torch.__version__}}))
"""


def sentence_transformers_embed(texts: list[str], work: Path, threads: int = 0):
    """(embeddings (N, 384), info dict) from sentence-transformers in the venv."""
    out = work / "st.npy"
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    r = subprocess.run([str(VENV_PYTHON), "-c", ST_EMBED, str(MODEL_DIR), str(out), str(threads)],
                       input=json.dumps(texts), capture_output=True, text=True, env=env)
    if r.returncode != 0:
        print(f"sentence-transformers failed in {VENV_PYTHON}:\n{r.stderr[-3000:]}\n"
              "(tools/make_minilm_gguf.py --converter official remakes the venv)", file=sys.stderr)
        sys.exit(2)
    import numpy as np  # noqa: PLC0415
    return np.load(out), json.loads(r.stdout.strip().splitlines()[-1])


# The predictor file itself in CPython (llama-cpp-python), run from its folder
# as its docstring says: texts as JSON on stdin, embeddings into argv[2].
LLAMA_CPP_EMBED = r"""
import importlib.util, json, sys
import numpy as np
spec = importlib.util.spec_from_file_location("predictor", sys.argv[1])
predictor = importlib.util.module_from_spec(spec)
spec.loader.exec_module(predictor)
texts = json.load(sys.stdin)
vectors, tokens = predictor.embed(texts)
np.save(sys.argv[2], vectors)
# The ids llama.cpp reads ([CLS] ... [SEP]), to tell tokenizer differences from numeric ones.
ids = [predictor.model.tokenize(t.encode("utf-8"), add_bos=True, special=False) for t in texts]
print(json.dumps({"tokens": tokens, "ids": ids}))
"""


def llama_cpp_python_embed(predictor: Path, texts: list[str], work: Path):
    """(embeddings, {"tokens": count, "ids": per text}), or (None, reason) when llama-cpp-python is unusable."""
    out = work / "llama_cpp.npy"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(BINDINGS), os.environ.get("PYTHONPATH")])))
    r = subprocess.run([sys.executable, "-c", LLAMA_CPP_EMBED, str(predictor), str(out)], input=json.dumps(texts),
                       capture_output=True, text=True, cwd=predictor.parent, env=env)
    if r.returncode != 0:
        last = (r.stderr.strip().splitlines() or ["?"])[-1]
        return None, last
    import numpy as np  # noqa: PLC0415
    return np.load(out), json.loads(r.stdout.strip().splitlines()[-1])


def cosines(a, b):
    import numpy as np  # noqa: PLC0415
    a = a.astype(np.float64)
    b = b.astype(np.float64)
    return (a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


def short(text: str, width: int = 60) -> str:
    r = repr(text)
    return r if len(r) <= width else r[: width - 4] + "...'"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bundle", type=Path, help="a bundle of examples/embedding/predictor.py (default: compile one)")
    ap.add_argument("--min-cosine", type=float, default=0.999)
    ap.add_argument("--all", dest="same_tokens_only", action="store_false",
                    help="judge every sentence, also those llama.cpp's WordPiece tokenizes differently from "
                         "Hugging Face's (by default those are listed, not judged: the check is of the compiled "
                         "model's numerics; the tokenizer is llama.cpp's, exactly as llama-cpp-python's)")
    ap.add_argument("--worst", type=int, default=6, help="how many of the lowest cosines to list")
    args = ap.parse_args()
    require(need_venv=True)
    import numpy as np  # noqa: PLC0415

    total_start = time.perf_counter()
    steps: list[tuple[str, float]] = []

    def step(label: str, fn):
        start = time.perf_counter()
        result = fn()
        steps.append((label, time.perf_counter() - start))
        return result

    texts = SENTENCES
    with tempfile.TemporaryDirectory(prefix="ingot-embq-") as tmp:
        work = Path(tmp)
        bundle = args.bundle or step("compile", lambda: compile_bundle(EXAMPLE, work / "minilm"))
        ingot = load_ingot()
        predictor = step("load the bundle", lambda: ingot.load(bundle))
        batch, batch_tokens = step("compiled, one call", lambda: predictor(texts=texts))
        singles = step("compiled, one per call", lambda: [predictor(texts=[t]) for t in texts])
        single = np.concatenate([v for v, _ in singles])
        single_tokens = [n for _, n in singles]
        reference, info = step("sentence-transformers (process)", lambda: sentence_transformers_embed(texts, work))
        lcp, lcp_info = step("llama-cpp-python (process)", lambda: llama_cpp_python_embed(EXAMPLE, texts, work))

    hf_ids = info["ids"]
    hf_tokens = [len(i) for i in hf_ids]
    print(f"{len(texts)} sentences, {min(hf_tokens)}..{max(hf_tokens)} tokens each ({sum(hf_tokens)} in all, "
          f"[CLS] and [SEP] included); sentence-transformers {info['versions']['sentence-transformers']}, "
          f"torch {info['versions']['torch']} ({info['torch_threads']} threads), "
          f"max_seq_length {info['max_seq_length']}")
    if max(hf_tokens) >= MAX_TOKENS:
        print(f"error: a sentence has {max(hf_tokens)} tokens, sentence-transformers truncates at {MAX_TOKENS}",
              file=sys.stderr)
        return 2
    assert batch.shape == reference.shape == (len(texts), 384), (batch.shape, reference.shape)
    assert sum(single_tokens) == batch_tokens, (sum(single_tokens), batch_tokens)

    # Which sentences llama.cpp's tokenizer splits differently from Hugging Face's
    # (by ids when llama-cpp-python can tell them, else by count).
    if lcp is not None:
        differs = [a != b for a, b in zip(lcp_info["ids"], hf_ids)]
        how = "token ids"
    else:
        differs = [a != b for a, b in zip(single_tokens, hf_tokens)]
        how = "token counts (llama-cpp-python is not here to show the ids)"
    print(f"tokens: the compiled predictor read {batch_tokens}, the Hugging Face tokenizer makes {sum(hf_tokens)}; "
          f"{sum(differs)} sentence(s) tokenized differently ({how})")
    for i in np.flatnonzero(differs):
        detail = f"{single_tokens[i]} vs {hf_tokens[i]} tokens"
        if lcp is not None:
            a, b = lcp_info["ids"][i], hf_ids[i]
            detail += f"; llama.cpp {a}, Hugging Face {b}"
        print(f"  {short(texts[i], 40)}: {detail}")

    same = ~np.array(differs)
    rows = [("compiled, one call of all sentences", cosines(batch, reference)),
            ("compiled, one sentence per call", cosines(single, reference))]
    if lcp is not None:
        rows.append(("llama-cpp-python (same predictor.py)", cosines(lcp, reference)))
    print("\ncosine similarity with sentence-transformers (all-MiniLM-L6-v2, same weights):")
    all_label, same_label = f"all {len(texts)} sentences", f"{int(same.sum())} with the same tokens"
    print(f"  {'':<40} {all_label:>21}   {same_label:>23}")
    print(f"  {'':<40} {'min':>10} {'mean':>10}   {'min':>11} {'mean':>11}")
    for label, c in rows:
        print(f"  {label:<40} {c.min():10.6f} {c.mean():10.6f}   {c[same].min():11.6f} {c[same].mean():11.6f}")
    print("\nagreement of the engines with each other (all sentences):")
    print(f"  {'compiled: batch vs one per call':<40} min cosine {cosines(batch, single).min():.6f}, "
          f"max |diff| {np.abs(batch - single).max():.2e}")
    if lcp is not None:
        print(f"  {'compiled vs llama-cpp-python':<40} min cosine {cosines(batch, lcp).min():.6f}, "
              f"max |diff| {np.abs(batch - lcp).max():.2e}; tokens {batch_tokens} vs {lcp_info['tokens']}")
    else:
        print(f"  llama-cpp-python: skipped ({lcp_info})")

    worst_of = np.minimum(rows[0][1], rows[1][1])
    print("\nlowest cosines vs sentence-transformers (compiled; the lower of batch and one per call):")
    for i in np.argsort(worst_of)[: args.worst]:
        mark = "  (tokenized differently)" if differs[i] else ""
        print(f"  {worst_of[i]:.6f}  {hf_tokens[i]:3d} tokens  {short(texts[i])}{mark}")

    print("\ntime: " + ", ".join(f"{label} {t:.1f} s" for label, t in steps)
          + f"; {time.perf_counter() - total_start:.1f} s in all")
    judged = same if args.same_tokens_only else np.ones(len(texts), dtype=bool)
    worst = float(min(rows[0][1][judged].min(), rows[1][1][judged].min()))
    scope = (f"the {int(judged.sum())} sentences with the same tokens" if args.same_tokens_only
             else f"all {len(texts)} sentences")
    if int(judged.sum()) < 100:
        print(f"FAIL: only {int(judged.sum())} sentences judged (100 needed)")
        return 1
    if worst < args.min_cosine:
        print(f"FAIL: min cosine {worst:.6f} < {args.min_cosine} over {scope}")
        return 1
    print(f"OK: min cosine {worst:.6f} >= {args.min_cosine} over {scope}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
