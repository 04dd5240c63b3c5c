"""Ingot: typed Python functions compiled into native libraries ("bundles").

Writing a predictor (runs unchanged in CPython; ``ingot compile FILE -o DIR``
builds the bundle)::

    from ingot import compile

    @compile(tag="acme/word-count", description="Counts words")
    def count(text: str) -> dict[str, int]:
        ...

Calling a bundle::

    import ingot

    with ingot.load("DIR") as count:
        count(text="a b a")            # {'a': 2, 'b': 1}
        count("a b a")                 # positional, by the manifest's order
        count.logs, count.latency_ms   # print() output and time of the last call
        count.manifest                 # manifest.json, as a dict

Exceptions raised by the compiled function are raised as the builtin class of
the same name with the same str() (KeyError, ValueError, ZeroDivisionError,
...); a class that is not a builtin comes back as ingot.PredictionError (a
RuntimeError). Ingot's own failures raise ingot.IngotError. One Predictor can
be shared by threads: the library serialises the calls (see Predictor).
"""

from ._abi import ABI_VERSION, IngotError
from ._compile import compile
from ._convert import PredictionError
from ._predictor import Prediction, Predictor, load
from .client import Client

__version__ = "0.1.0"

__all__ = [
    "Client",
    "ABI_VERSION",
    "IngotError",
    "Prediction",
    "PredictionError",
    "Predictor",
    "compile",
    "load",
    "__version__",
]
