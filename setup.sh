#!/usr/bin/env bash
# Sets up a Debian 12 machine for Ingot and builds it. Idempotent: re-running
# skips what is already done (apt-get runs only when a package is missing;
# the build is incremental and compiler output is cached by ccache).
#
#   ./setup.sh            install deps, build build/ (Release), link /usr/local/bin/ingot
#
# Environment: INGOT_BUILD_DIR (default build), INGOT_JOBS (default: nproc).
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(pwd)"

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# --- system packages --------------------------------------------------------
APT_PACKAGES=(
  cmake ninja-build ccache g++ clang-14 libclang-rt-14-dev
  libicu-dev libgmp-dev libcli11-dev libfmt-dev nlohmann-json3-dev libssl-dev
  googletest libgtest-dev valgrind time python3
  libopenblas-dev
)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  log "system packages: all present"
fi

# --- Python test dependencies -----------------------------------------------
PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import pytest' 2>/dev/null; then
  log "installing pytest for $("$PYTHON" -c 'import sys; print(sys.executable)')"
  if ! "$PYTHON" -m pip install --quiet pytest; then
    # Debian's own python3 (PEP 668: no pip installs into it): its package.
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y -qq --no-install-recommends python3-pytest
  fi
fi

# hypothesis (generated inputs for the predictor corpus), numpy (numpy
# predictors, TENSOR values in the binding's tests) and the `ingot` Python
# package, editable (tests also find it in bindings/python without this).
if ! "$PYTHON" -c 'import hypothesis, numpy' 2>/dev/null; then
  log "installing hypothesis and numpy"
  "$PYTHON" -m pip install --quiet hypothesis numpy ||
    { as_root apt-get install -y -qq --no-install-recommends python3-hypothesis python3-numpy || true; }
fi
# pyyaml: the pinned llama.cpp tree's gguf-py (tools/gguf_bert.py, tools/gguf_diff.py and
# tests/models/tiny_gguf.py load it from the extracted tree) reads model cards with it.
if ! "$PYTHON" -c 'import yaml' 2>/dev/null; then
  "$PYTHON" -m pip install --quiet pyyaml || log "could not install pyyaml (the GGUF tools and the llama tests then skip)"
fi
# openai (tests only): tests/python/test_client.py checks the client's responses against the
# official package's types (ingot.client itself mirrors them and needs no package).
if ! "$PYTHON" -c 'import openai' 2>/dev/null; then
  "$PYTHON" -m pip install --quiet openai || log "could not install openai (test_client.py then skips that comparison)"
fi
if ! "$PYTHON" -c 'import ingot, os, sys; sys.exit(os.path.dirname(ingot.__file__) != sys.argv[1])' \
    "$ROOT/bindings/python/ingot" 2>/dev/null; then
  log "installing the ingot Python package (pip install -e bindings/python)"
  "$PYTHON" -m pip install --quiet -e bindings/python || log "pip install -e bindings/python failed (not needed by the tests)"
fi
# Its C extension ingot._native (fast conversions), in place; pip builds it, this covers an offline
# machine (needs only setuptools and cc) and rebuilds it when one of its sources changed.
native_ok() {
  (cd bindings/python && "$PYTHON" -c 'import glob, os, ingot._native as n
assert all(os.path.getmtime(n.__file__) + 1 >= os.path.getmtime(f) for f in glob.glob("ingot/_native*.[ch]"))') 2>/dev/null
}
if ! native_ok; then
  log "building the C extension ingot._native"
  (cd bindings/python && "$PYTHON" setup.py -q build_ext --inplace --force >/dev/null 2>&1) || true
  native_ok || log "could not build ingot._native: the binding falls back to its pure-Python conversions"
fi

# --- Node.js client (clients/node) -------------------------------------------
# Node.js >= 18 and npm: the machine's own when present, else Debian 12's
# (nodejs 18.20, npm 9.2). Then the package's pinned dependencies (koffi,
# whose prebuilt library comes in a per-platform npm package: no install
# scripts run), installed only when package-lock.json changed since the last
# install (npm keeps the downloads in ~/.npm). A failure here is reported and
# the Node tests then fail in test.sh; the rest of the set-up goes on.
node_setup() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    log "installing Node.js and npm (Debian packages nodejs, npm)"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq || return 1
    as_root apt-get install -y -qq --no-install-recommends nodejs npm || return 1
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')" || return 1
  if [ "$major" -lt 18 ]; then
    log "Node.js $(node --version) is too old for clients/node (needs 18 or later)"
    return 1
  fi
  local dir="$ROOT/clients/node"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] ||
     [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ] ||
     ! (cd "$dir" && node -e 'require("koffi")' 2>/dev/null); then
    log "installing clients/node dependencies (npm ci)"
    (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) || return 1
  else
    log "clients/node dependencies: installed (node $(node --version))"
  fi
}
node_setup || log "WARNING: the Node.js client could not be set up (its tests in test.sh will fail)"

# --- llama.cpp (docs/llama.md) -----------------------------------------------
# The pinned llama.cpp (deps/llama.cpp.pin) as static libraries, and
# llama-cpp-python from the same source as the CPython reference, both built
# once into ${INGOT_DEPS_CACHE:-~/.cache/ingot-deps} (minutes cold; well under
# a second when built and installed). CMake finds the libraries there
# (ingot::llama). INGOT_SKIP_LLAMA=1 skips this section.
if [ "${INGOT_SKIP_LLAMA:-0}" != 1 ]; then
  llama_start=$SECONDS
  log "llama.cpp: static libraries and the llama-cpp-python reference (deps/llama.cpp.sh)"
  PYTHON="$PYTHON" deps/llama.cpp.sh build
  PYTHON="$PYTHON" deps/llama.cpp.sh python ||
    log "WARNING: llama-cpp-python (the reference of the llama tests) could not be installed"
  log "llama.cpp: ready in $((SECONDS - llama_start)) s ($(deps/llama.cpp.sh prefix))"
fi

# --- build -------------------------------------------------------------------
BUILD_DIR="${INGOT_BUILD_DIR:-build}"
JOBS="${INGOT_JOBS:-$(nproc)}"
# ccache keeps its cache in ~/.cache/ccache, which outlives checkouts; the
# CMake launcher sets CCACHE_BASEDIR so hits survive a checkout moving.
if command -v ccache >/dev/null; then
  ccache --max-size=5G >/dev/null 2>&1 || true
fi
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  log "configuring $BUILD_DIR (Release)"
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
log "building $BUILD_DIR"
cmake --build "$BUILD_DIR" --parallel "$JOBS"

# --- install the driver on PATH ---------------------------------------------
if [ "$(readlink /usr/local/bin/ingot 2>/dev/null || true)" != "$ROOT/$BUILD_DIR/ingot" ]; then
  log "linking /usr/local/bin/ingot -> $ROOT/$BUILD_DIR/ingot"
  as_root ln -sfn "$ROOT/$BUILD_DIR/ingot" /usr/local/bin/ingot
fi
log "done: $("$ROOT/$BUILD_DIR/ingot" --version)"
