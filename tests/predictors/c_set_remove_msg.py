"""set.remove KeyError message for str keys (repr with quotes), caught; pop of an empty set."""
from ingot import compile


@compile(tag="tests/c-set-remove-msg", description="Removes words from a set")
def remove_words(words: list[str], drop: list[str]) -> tuple[list[str], list[str]]:
    s = set(words)
    errors: list[str] = []
    for w in drop:
        try:
            s.remove(w)
        except KeyError as e:
            errors.append(str(e))
    return sorted(s), errors


CASES = [
    dict(words=[], drop=[]),
    dict(words=["a", "b"], drop=["a", "a", "c"]),
    dict(words=["it's"], drop=["it's", "it's", 'say "x"', ""]),
    dict(words=["é"], drop=["é", "\n"]),
]


def strategies(st):
    w = st.text(alphabet="ab'\"", max_size=2)
    return {"words": st.lists(w, max_size=5), "drop": st.lists(w, max_size=5)}
