#!/usr/bin/env bash
# llama.cpp for Ingot, pinned in deps/llama.cpp.pin and built outside the repo.
#
#   deps/llama.cpp.sh [build]   fetch + verify the llama-cpp-python sdist from PyPI, extract it,
#                               build llama.cpp's static libraries (llama, ggml, ggml-base,
#                               ggml-cpu; CPU only) and install them into the cache prefix
#   deps/llama.cpp.sh python    the CPython reference: build a llama-cpp-python wheel from the
#                               same sdist once (cached), pip-install it when not installed
#   deps/llama.cpp.sh prefix    print the install prefix (include/, lib/)
#   deps/llama.cpp.sh source    print the llama.cpp source directory (convert_hf_to_gguf.py, gguf-py/)
#   deps/llama.cpp.sh fetch     only fetch, verify and extract
#
# Every command is a no-op when its result is already there: the build is
# keyed by a stamp holding the version, the sdist's sha256, the compiler and
# the CMake flags; change any of them and it rebuilds (ccache makes that fast).
#
# Cache layout (${INGOT_DEPS_CACHE:-~/.cache/ingot-deps}/llama.cpp-<version>/):
#   llama_cpp_python-<version>.tar.gz   the sdist, sha256-checked
#   src/                                the sdist extracted (llama.cpp is src/vendor/llama.cpp)
#   build/                              the CMake/Ninja build tree (build.log: its output)
#   prefix/{include,lib}                installed headers and static libraries; prefix/.stamp
#   wheels/                             the reference wheel built by `python`
#
# Environment: INGOT_DEPS_CACHE, INGOT_JOBS (default nproc), PYTHON (default python3).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=llama.cpp.pin
. "$HERE/llama.cpp.pin"
VERSION="$LLAMA_CPP_PYTHON_VERSION"
SHA256="$LLAMA_CPP_PYTHON_SHA256"

CACHE="${INGOT_DEPS_CACHE:-$HOME/.cache/ingot-deps}"
DIR="$CACHE/llama.cpp-$VERSION"
SDIST="$DIR/llama_cpp_python-$VERSION.tar.gz"
SRC="$DIR/src"
LLAMA_SRC="$SRC/vendor/llama.cpp"
BUILD="$DIR/build"
PREFIX="$DIR/prefix"
STAMP="$PREFIX/.stamp"
WHEELS="$DIR/wheels"
JOBS="${INGOT_JOBS:-$(nproc)}"
PYTHON="${PYTHON:-python3}"

log() { printf '\033[1m[llama.cpp]\033[0m %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# CMake flags of the static build. CPU backend only, no network, no
# tools/tests/examples/common. x86-64: GGML_NATIVE=OFF with the x86-64-v3
# level (SSE4.2, AVX, AVX2, FMA, F16C, BMI2: Haswell / Zen 1 and later)
# instead of -march=native, so a bundle runs on other machines; AVX-512 off.
# PIC because the libraries end up inside bundles that are shared libraries.
# No OpenMP: ggml's own thread pool, so a bundle needs no libgomp.so.
ggml_cpu_flags() {
  case "$(uname -m)" in
    x86_64 | amd64)
      echo -DGGML_NATIVE=OFF -DGGML_SSE42=ON -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON \
        -DGGML_F16C=ON -DGGML_BMI2=ON -DGGML_AVX_VNNI=OFF -DGGML_AVX512=OFF ;;
    *) echo -DGGML_NATIVE=OFF ;;  # other architectures: the compiler's baseline
  esac
}
CMAKE_FLAGS=(
  -DCMAKE_BUILD_TYPE=Release
  -DBUILD_SHARED_LIBS=OFF
  -DCMAKE_POSITION_INDEPENDENT_CODE=ON
  -DLLAMA_BUILD_COMMON=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_TOOLS=OFF
  -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=OFF -DLLAMA_BUILD_APP=OFF
  -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF
  -DGGML_BACKEND_DL=OFF -DGGML_CPU_ALL_VARIANTS=OFF -DGGML_OPENMP=OFF
  -DGGML_CUDA=OFF -DGGML_VULKAN=OFF -DGGML_METAL=OFF -DGGML_BLAS=OFF
  $(ggml_cpu_flags)
)

# One process at a time per step and version (setup.sh may run from several
# checkouts at once); a step already done takes no lock, so a fetched source
# does not wait for a wheel being built.
lock() {
  mkdir -p "$DIR"
  local fd
  exec {fd}>"$DIR/.lock-$1"
  flock "$fd"
}

# --- fetch: the sdist from PyPI, hash-checked by pip and again here ----------
fetched() { [ -f "$SDIST" ] && [ -f "$LLAMA_SRC/CMakeLists.txt" ]; }
fetch() {
  fetched && return 0
  lock fetch
  fetched && return 0
  if [ ! -f "$SDIST" ]; then
    log "downloading llama-cpp-python $VERSION (sdist, ~77 MB) from PyPI"
    local tmp
    tmp="$(mktemp -d "$DIR/download.XXXXXX")"
    printf 'llama-cpp-python==%s --hash=sha256:%s\n' "$VERSION" "$SHA256" >"$tmp/requirements.txt"
    "$PYTHON" -m pip download --quiet --no-deps --no-binary llama-cpp-python --require-hashes \
      -r "$tmp/requirements.txt" -d "$tmp" ||
      { rm -rf "$tmp"; die "pip download of llama-cpp-python==$VERSION failed"; }
    mv "$tmp/llama_cpp_python-$VERSION.tar.gz" "$SDIST"
    rm -rf "$tmp"
  fi
  echo "$SHA256  $SDIST" | sha256sum --check --status ||
    { rm -f "$SDIST"; die "sha256 mismatch for $SDIST (removed; re-run to download again)"; }
  log "extracting $SDIST"
  rm -rf "$SRC" "$SRC.tmp"
  mkdir -p "$SRC.tmp"
  # The sdist's .git (its git metadata, 39 MB) is not needed.
  tar -xzf "$SDIST" -C "$SRC.tmp" --strip-components=1 --exclude="llama_cpp_python-$VERSION/.git"
  mv "$SRC.tmp" "$SRC"
  [ -f "$LLAMA_SRC/CMakeLists.txt" ] || die "no vendor/llama.cpp in $SDIST"
}

stamp_key() {
  printf 'llama-cpp-python %s sha256 %s commit %s\n' "$VERSION" "$SHA256" "$LLAMA_CPP_COMMIT"
  printf 'cc %s\n' "$(${CC:-cc} --version | head -1)"
  printf 'c++ %s\n' "$(${CXX:-c++} --version | head -1)"
  printf '%s\n' "${CMAKE_FLAGS[@]}"
}

built() { [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(stamp_key)" ]; }
build() {
  if built || { lock build && built; }; then
    log "llama.cpp $VERSION (${LLAMA_CPP_COMMIT:0:7}): built, static libraries in $PREFIX"
    return 0
  fi
  fetch
  local launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Paths relative to the cache dir, so a cache dir elsewhere still gets
    # hits (measured: 54 s there instead of 4 min cold; 2 s in the same dir).
    export CCACHE_BASEDIR="$DIR"
  fi
  log "building llama.cpp $VERSION (${LLAMA_CPP_COMMIT:0:7}) static, CPU, $JOBS jobs (log: $BUILD/build.log)"
  local start=$SECONDS
  rm -rf "$BUILD" "$PREFIX"
  mkdir -p "$BUILD"
  if ! {
    cmake -S "$LLAMA_SRC" -B "$BUILD" -G Ninja "${CMAKE_FLAGS[@]}" "${launcher[@]}" \
      -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCMAKE_INSTALL_LIBDIR=lib \
      -DLLAMA_BUILD_NUMBER=0 -DLLAMA_BUILD_COMMIT="${LLAMA_CPP_COMMIT:0:7}" &&
      nice -n 10 cmake --build "$BUILD" --parallel "$JOBS" &&
      cmake --install "$BUILD"
  } >"$BUILD/build.log" 2>&1; then
    tail -40 "$BUILD/build.log" >&2
    die "build failed (full log: $BUILD/build.log)"
  fi
  local lib
  for lib in llama ggml ggml-base ggml-cpu; do
    [ -f "$PREFIX/lib/lib$lib.a" ] || die "missing $PREFIX/lib/lib$lib.a after install"
  done
  [ -f "$PREFIX/include/llama.h" ] || die "missing $PREFIX/include/llama.h after install"
  stamp_key >"$STAMP"
  log "built in $((SECONDS - start)) s: $PREFIX"
}

# --- the CPython reference: llama-cpp-python from the same sdist -------------
# Built once into $WHEELS (pip wheel compiles llama.cpp again, as shared
# libraries inside the wheel), with the same ggml CPU flags as the static
# build so the reference runs the same kernels, and without the multimodal
# library (mtmd, only for llava-style chat handlers; LLAVA_BUILD=OFF) to save
# build time; then installed from that wheel. "Installed" means: the version
# is installed from this very wheel (pip's direct_url.json has its sha256);
# the wheel is rebuilt when its flags or the compiler change.
WHEEL_CMAKE_ARGS="$(ggml_cpu_flags) -DGGML_OPENMP=OFF -DLLAMA_OPENSSL=OFF -DLLAVA_BUILD=OFF"
wheel_key() {
  printf 'llama-cpp-python %s sha256 %s\n' "$VERSION" "$SHA256"
  printf 'cc %s\nc++ %s\n' "$(${CC:-cc} --version | head -1)" "$(${CXX:-c++} --version | head -1)"
  printf 'CMAKE_ARGS=%s\n' "$WHEEL_CMAKE_ARGS"
}
wheel_file() { ls "$WHEELS"/llama_cpp_python-"$VERSION"-*.whl 2>/dev/null | head -1; }
wheel_built() {
  [ -f "$WHEELS/.stamp" ] && [ "$(cat "$WHEELS/.stamp")" = "$(wheel_key)" ] && [ -n "$(wheel_file)" ]
}
python_installed() {
  wheel_built || return 1
  "$PYTHON" - "$VERSION" "$(cat "$WHEELS/wheel.sha256")" 2>/dev/null <<'EOF'
import json, sys, importlib.metadata as m
dist = m.distribution("llama_cpp_python")
url = json.loads(dist.read_text("direct_url.json") or "{}")
sys.exit(dist.version != sys.argv[1] or url.get("archive_info", {}).get("hash") != "sha256=" + sys.argv[2])
EOF
}
python_reference() {
  if python_installed || { lock python && python_installed; }; then
    log "llama-cpp-python $VERSION: installed (from $(basename "$(wheel_file)"))"
    return 0
  fi
  if ! wheel_built; then
    fetch
    log "building the llama-cpp-python $VERSION wheel from the sdist, $JOBS jobs (minutes; log: $WHEELS/build.log)"
    local start=$SECONDS
    rm -rf "$WHEELS"
    mkdir -p "$WHEELS"
    if ! CMAKE_ARGS="$WHEEL_CMAKE_ARGS" CMAKE_BUILD_PARALLEL_LEVEL="$JOBS" \
        nice -n 10 "$PYTHON" -m pip wheel --no-deps --no-cache-dir -w "$WHEELS" "$SDIST" \
        >"$WHEELS/build.log" 2>&1; then
      tail -40 "$WHEELS/build.log" >&2
      die "pip wheel llama-cpp-python failed (full log: $WHEELS/build.log)"
    fi
    sha256sum "$(wheel_file)" | cut -d' ' -f1 >"$WHEELS/wheel.sha256"
    wheel_key >"$WHEELS/.stamp"
    log "wheel built in $((SECONDS - start)) s: $(wheel_file)"
  fi
  log "installing $(basename "$(wheel_file)")"
  PIP_ROOT_USER_ACTION=ignore "$PYTHON" -m pip install --quiet --force-reinstall --no-deps "$(wheel_file)"
  # Its dependencies (numpy, diskcache, jinja2, typing-extensions), only where missing.
  PIP_ROOT_USER_ACTION=ignore "$PYTHON" -m pip install --quiet "$(wheel_file)"
}

cmd="${1:-build}"
case "$cmd" in
  build) build ;;
  fetch) fetch ;;
  python) python_reference ;;
  prefix) echo "$PREFIX" ;;
  source) echo "$LLAMA_SRC" ;;
  *) echo "usage: $0 [build|python|fetch|prefix|source]" >&2; exit 2 ;;
esac
