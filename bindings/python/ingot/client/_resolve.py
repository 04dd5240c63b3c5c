"""Model resolution: a model name → a bundle folder.

Rules (docs/client.md):

* The models folder is ``models_dir`` if given, else ``$INGOT_MODELS``, else
  ``~/.ingot/models``. Each bundle is one subfolder holding manifest.json;
  a subfolder without one is searched one level further (so both
  ``models/hash-embedder/`` and ``models/tests/hash-embedder/`` work).
* A model name matches the ``tag`` in a bundle's manifest.json (``@compile(tag=...)``);
  a bundle without a tag is named by its folder, relative to the models folder.
* A name that is an explicit path (absolute, or starting with ``./``, ``../``
  or ``~``) is a bundle folder; any other name that matches no bundle but is
  a bundle folder relative to the working directory also is one.
* Two bundles with the same tag make the name ambiguous: an error naming both.

The index of the models folder is built on first use and rebuilt when a
name is not in it (a bundle added later is found without a new client).
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from typing import Any

MANIFEST = "manifest.json"


def default_models_dir() -> str:
    env = os.environ.get("INGOT_MODELS")
    return os.path.expanduser(env) if env else os.path.join(os.path.expanduser("~"), ".ingot", "models")


@dataclass
class Bundle:
    """A bundle on disk: its folder, its id (tag or folder name) and manifest."""

    path: str
    id: str
    manifest: dict[str, Any] = field(repr=False)
    created: int = 0

    @property
    def owned_by(self) -> str:
        tag = self.manifest.get("tag")
        if isinstance(tag, str) and "/" in tag:
            return tag.split("/", 1)[0]
        return "ingot"


class AmbiguousModel(Exception):
    def __init__(self, model: str, paths: list[str]):
        super().__init__(model, paths)
        self.model = model
        self.paths = paths


def read_bundle(path: str, fallback_id: str | None = None) -> Bundle | None:
    """The Bundle at folder `path`, or None when it has no readable manifest.json."""
    manifest_path = os.path.join(path, MANIFEST)
    try:
        with open(manifest_path, "rb") as f:
            manifest = json.loads(f.read().decode("utf-8"))
        created = int(os.stat(manifest_path).st_mtime)
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict):
        return None
    tag = manifest.get("tag")
    ident = tag if isinstance(tag, str) and tag else (fallback_id or os.path.basename(os.path.normpath(path)))
    return Bundle(os.path.abspath(path), ident, manifest, created)


def looks_like_path(model: str) -> bool:
    return (os.path.isabs(model) or model.startswith(("./", "../", "~")) or model in (".", "..")
            or (os.sep != "/" and os.sep in model))


class Resolver:
    """Finds bundles under the models folder (thread-safe)."""

    def __init__(self, models_dir: str | os.PathLike[str] | None = None):
        if models_dir is not None:
            self.models_dir = os.path.abspath(os.path.expanduser(os.fspath(models_dir)))
            self._source = "models_dir"
        else:
            self.models_dir = os.path.abspath(default_models_dir())
            self._source = "$INGOT_MODELS" if os.environ.get("INGOT_MODELS") else "the default; set $INGOT_MODELS"
        self._lock = threading.Lock()
        self._index: dict[str, list[Bundle]] | None = None

    def scan(self) -> list[Bundle]:
        """Every bundle of the models folder, sorted by id (rebuilds the index)."""
        found: list[Bundle] = []
        for entry in _subfolders(self.models_dir):
            bundle = read_bundle(entry, os.path.relpath(entry, self.models_dir))
            if bundle is not None:
                found.append(bundle)
                continue
            for inner in _subfolders(entry):  # owner/name layout
                bundle = read_bundle(inner, os.path.relpath(inner, self.models_dir).replace(os.sep, "/"))
                if bundle is not None:
                    found.append(bundle)
        found.sort(key=lambda b: (b.id, b.path))
        index: dict[str, list[Bundle]] = {}
        for bundle in found:
            index.setdefault(bundle.id, []).append(bundle)
        with self._lock:
            self._index = index
        return found

    def find(self, model: str) -> Bundle | None:
        """The bundle named `model`, or None. Raises AmbiguousModel when two
        bundles have that tag."""
        if looks_like_path(model):
            return read_bundle(os.path.expanduser(model))
        with self._lock:
            index = self._index
        matches = index.get(model) if index is not None else None
        if not matches or not all(os.path.isfile(os.path.join(b.path, MANIFEST)) for b in matches):
            self.scan()
            with self._lock:
                matches = (self._index or {}).get(model)
        if matches:
            if len(matches) > 1:
                raise AmbiguousModel(model, [b.path for b in matches])
            return matches[0]
        if os.path.isfile(os.path.join(model, MANIFEST)):  # a relative bundle path
            return read_bundle(model)
        return None

    def where(self) -> str:
        """Where find() looked, for error messages."""
        state = "" if os.path.isdir(self.models_dir) else ", which does not exist"
        return f"{self.models_dir} ({self._source}{state})"


def _subfolders(path: str) -> list[str]:
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError:
        return []
    out = []
    for e in entries:
        if e.name.startswith("."):
            continue
        try:
            if e.is_dir():
                out.append(e.path)
        except OSError:
            continue
    return out
