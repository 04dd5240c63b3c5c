"""bytes literals, indexing (an int, negative, IndexError), slicing with steps (step 0 raises), len."""
from ingot import compile

MAGIC = b"\x89PNG\r\n\x1a\n"


@compile(tag="tests/s-bytes-index-slice", description="bytes indexing and slicing")
def index_slice(data: bytes, i: int, a: int, b: int, step: int) -> tuple[int, int, bytes, bytes, bytes, bytes, int, int]:
    return (
        len(data),
        data[i],
        data[a:b],
        data[::-1],
        data[a:b:step],
        data[b:a:-2],
        MAGIC[1] + MAGIC[-1],
        len(b"abc" b"\xff" + b"\\x00"),
    )


CASES = [
    dict(data=b"hello", i=0, a=1, b=4, step=1),
    dict(data=b"hello", i=-1, a=-100, b=100, step=2),
    dict(data=b"hello", i=5, a=0, b=5, step=1),  # IndexError: index out of range
    dict(data=b"", i=0, a=0, b=0, step=1),
    dict(data=b"\x00\xff\x80\x7f", i=-4, a=3, b=0, step=-1),
    dict(data=b"abc", i=0, a=0, b=3, step=0),  # ValueError: slice step cannot be zero
    dict(data=bytes(range(20)), i=-20, a=2, b=18, step=-3),
]


def strategies(st):
    return {
        "data": st.binary(max_size=10),
        "i": st.integers(-12, 12),
        "a": st.integers(-12, 12),
        "b": st.integers(-12, 12),
        "step": st.integers(-3, 3),
    }
