#!/usr/bin/env bash
# Runs every check of the project, from setup to the sanitizer pass:
#
#   1. ./setup.sh                     deps + Release build in build/
#   2. ctest in build/                GoogleTest unit tests (src/**/*_test.cpp)
#   3. pytest tests/python            CLI tests + stdlib conformance vs CPython
#      node --test clients/node/test  the Node.js client (skipped without node)
#   4. build-asan/ (ASan + UBSan)     unit tests again, then `ingot parse --check`
#                                     over the whole stdlib and `ingot parse
#                                     --positions` over a sample
#
#   ./test.sh            everything
#   ./test.sh --quick    skip step 4
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(pwd)"
PYTHON="${PYTHON:-python3}"
JOBS="${INGOT_JOBS:-$(nproc)}"

QUICK=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
  esac
done

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
status=0

# Runs ctest in build dir $1 when it has tests (there may be none).
run_unit_tests() {
  local dir="$1"
  if ctest --test-dir "$dir" -N 2>/dev/null | grep -q 'Total Tests: 0'; then
    echo "no unit tests yet: skipped"
    return 0
  fi
  ctest --test-dir "$dir" --output-on-failure --parallel "$JOBS"
}

step "setup (deps + Release build)"
./setup.sh

step "unit tests (ctest, build/)"
run_unit_tests build || status=1

step "Python tests (pytest tests/python)"
INGOT_BIN="$ROOT/build/ingot" "$PYTHON" -m pytest tests/python -q -p no:cacheprovider || status=1

step "Node.js client tests (node --test clients/node/test)"
if command -v node >/dev/null; then
  (cd clients/node && INGOT_BIN="$ROOT/build/ingot" PYTHON="$PYTHON" \
    node --test test/*.test.js test/*.test.mjs) || status=1
else
  echo "skipped: node is not installed (./setup.sh installs it; clients/node needs Node.js 18 or later)"
fi

if [ "$QUICK" -eq 0 ]; then
  step "sanitizer build (build-asan: ASan + UBSan)"
  if [ ! -f build-asan/build.ninja ]; then
    cmake -S . -B build-asan -G Ninja -DINGOT_SANITIZE=ON \
      -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g"
  fi
  cmake --build build-asan --parallel "$JOBS"

  # Any sanitizer report ends the process with 86 (ASan/LSan) or 87 (UBSan);
  # exit 1 only means some input had a SyntaxError, which is expected.
  export ASAN_OPTIONS="exitcode=86:detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
  export UBSAN_OPTIONS="halt_on_error=1:exitcode=87:print_stacktrace=1"

  step "unit tests under ASan/UBSan (ctest, build-asan/)"
  run_unit_tests build-asan || status=1

  step "stdlib corpus under ASan/UBSan"
  ASAN_LOG="$ROOT/build-asan/stdlib-check.log"
  mapfile -d '' FILES < <("$PYTHON" tests/python/stdlib_corpus.py -0)
  echo "${#FILES[@]} files"
  sanitizer_failed() {  # $1 = exit code, $2 = log file
    [ "$1" -ne 0 ] && [ "$1" -ne 1 ] && return 0
    grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:|SUMMARY: (Address|UndefinedBehavior)Sanitizer' "$2"
  }
  set +e
  # All files as arguments of one process (~150 KB of arguments).
  build-asan/ingot parse --check "${FILES[@]}" >/dev/null 2>"$ASAN_LOG"
  rc=$?
  set -e
  if sanitizer_failed "$rc" "$ASAN_LOG"; then
    echo "FAILED: sanitizer report or crash (exit $rc) while checking the stdlib"
    { grep -nE -A30 'ERROR: |runtime error:' "$ASAN_LOG" || tail -40 "$ASAN_LOG"; } | head -60 || true
    echo "finding the first failing file..."
    for f in "${FILES[@]}"; do
      set +e
      build-asan/ingot parse --check "$f" >/dev/null 2>"$ASAN_LOG.one"
      one=$?
      set -e
      if sanitizer_failed "$one" "$ASAN_LOG.one"; then
        echo "first failing file: $f (exit $one)"
        head -40 "$ASAN_LOG.one"
        break
      fi
    done
    status=1
  else
    echo "ok: no sanitizer report ($(grep -c 'SyntaxError' "$ASAN_LOG" || true) SyntaxErrors reported, exit $rc)"
  fi

  step "ingot parse --positions (dump) under ASan/UBSan, every 10th stdlib file"
  dump_fail=0
  for ((i = 0; i < ${#FILES[@]}; i += 10)); do
    f="${FILES[$i]}"
    set +e
    build-asan/ingot parse --positions "$f" >/dev/null 2>"$ASAN_LOG.one"
    one=$?
    set -e
    if sanitizer_failed "$one" "$ASAN_LOG.one"; then
      echo "FAILED: $f (exit $one)"
      head -40 "$ASAN_LOG.one"
      dump_fail=$((dump_fail + 1))
    fi
  done
  if [ "$dump_fail" -gt 0 ]; then status=1; else echo "ok: no sanitizer report"; fi
fi

step "summary"
if [ "$status" -eq 0 ]; then echo "all checks passed"; else echo "SOME CHECKS FAILED"; fi
exit "$status"
