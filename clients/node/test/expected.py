"""The CPython outcomes of a predictor file's CASES, as typed JSON for the Node tests.

    python3 expected.py tests/predictors/word_count.py

prints {"entry": NAME, "cases": [{"input": ENC, "value": ENC} | {"input": ENC,
"error": [TYPE, MESSAGE]}, each with "logs"]}. ENC keeps Python's types:
null, true/false and strings as in JSON; {"int": "123"}, {"float": repr},
{"bytes": base64}, {"tuple": [...]}, {"set": [...]}, {"dict": [[k, v], ...]},
lists as arrays. The int64 rule of tests/predictors/_harness.py applies: a
result holding an int outside int64 is expected as OverflowError.
"""

import base64
import contextlib
import copy
import importlib.util
import io
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "bindings" / "python"))
sys.path.insert(0, str(REPO / "tests" / "predictors"))

from _harness import INT_OVERFLOW_MESSAGE, out_of_int64  # noqa: E402


def enc(v):
    if v is None or type(v) is bool or type(v) is str:
        return v
    if type(v) is int:
        return {"int": str(v)}
    if type(v) is float:
        return {"float": repr(v)}
    if isinstance(v, (bytes, bytearray)):
        return {"bytes": base64.b64encode(bytes(v)).decode()}
    if type(v) is list:
        return [enc(x) for x in v]
    if type(v) is tuple:
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, (set, frozenset)):
        return {"set": [enc(x) for x in v]}
    if type(v) is dict:
        return {"dict": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(f"cannot encode {type(v).__name__}")


def main(file):
    spec = importlib.util.spec_from_file_location(Path(file).stem, file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fn = next(f for f in vars(module).values() if callable(f) and hasattr(f, "__ingot__"))
    cases = []
    for kwargs in getattr(module, "CASES", []):
        case = {"input": enc(kwargs)}
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                value = fn(**copy.deepcopy(kwargs))
            if out_of_int64(value):
                case["error"] = ["OverflowError", INT_OVERFLOW_MESSAGE]
            else:
                case["value"] = enc(value)
        except Exception as e:  # noqa: BLE001 - the exception is the outcome
            case["error"] = [type(e).__name__, str(e)]
        case["logs"] = out.getvalue()
        cases.append(case)
    json.dump({"entry": fn.__name__, "cases": cases}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
