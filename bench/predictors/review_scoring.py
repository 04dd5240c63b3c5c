"""A 100-line predictor for bench/compile_time.py: scores product reviews
with a small lexicon, the kind of pre/post-processing around a model call."""
from typing import Optional

from ingot import compile

POSITIVE = {"good": 1.0, "great": 2.0, "excellent": 3.0, "love": 2.5, "nice": 1.0, "fast": 0.5}
NEGATIVE = {"bad": -1.0, "awful": -3.0, "hate": -2.5, "slow": -0.5, "broken": -2.0, "poor": -1.5}
NEGATIONS = ("not", "never", "no", "hardly")
STOPWORDS = {"the", "a", "an", "and", "or", "it", "is", "was", "this", "that", "i", "to"}
PUNCTUATION = ".,;:!?\"'()[]"


def tokenize(text: str) -> list[str]:
    words: list[str] = []
    for raw in text.lower().split():
        word = raw.strip(PUNCTUATION)
        if word and word not in STOPWORDS:
            words.append(word)
    return words


def word_score(word: str) -> float:
    if word in POSITIVE:
        return POSITIVE[word]
    return NEGATIVE.get(word, 0.0)


def sentence_score(words: list[str]) -> float:
    total = 0.0
    negate = False
    for word in words:
        if word in NEGATIONS:
            negate = True
            continue
        s = word_score(word)
        total += -s if negate else s
        negate = False
    return total


def split_sentences(text: str) -> list[str]:
    parts: list[str] = []
    current = ""
    for ch in text:
        current += ch
        if ch in ".!?":
            if current.strip():
                parts.append(current.strip())
            current = ""
    if current.strip():
        parts.append(current.strip())
    return parts


def label_for(score: float, threshold: float) -> str:
    if score >= threshold:
        return "positive"
    if score <= -threshold:
        return "negative"
    return "neutral"


def top_terms(words: list[str], k: int) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[:k]


def summarize(label: str, score: float, n: int) -> str:
    return f"{label} ({score:+.2f} over {n} sentence{'s' if n != 1 else ''})"


@compile(tag="bench/review-scoring", description="Scores reviews with a lexicon")
def score_reviews(reviews: list[str], threshold: float = 1.0, k: int = 3,
                  max_chars: Optional[int] = None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"labels": [], "summaries": [], "terms": []}
    all_words: list[str] = []
    for review in reviews:
        text = review if max_chars is None else review[:max_chars]
        sentences = split_sentences(text)
        scores = [sentence_score(tokenize(s)) for s in sentences]
        score = sum(scores) / len(scores) if scores else 0.0
        label = label_for(score, threshold)
        out["labels"].append(label)
        out["summaries"].append(summarize(label, score, len(sentences)))
        all_words.extend(tokenize(text))
    for term, count in top_terms(all_words, k):
        out["terms"].append(f"{term}:{count}")
    if not reviews:
        out["summaries"].append("no reviews")
    return out


CASES = [
    dict(reviews=["Great phone, not slow at all! I love it.", "Awful. Broken on arrival.", ""]),
    dict(reviews=[], k=1),
    dict(reviews=["good good bad"], threshold=0.1, max_chars=4),
]
