#!/usr/bin/env bash
# Fuzzes the front end with libFuzzer (clang-14, ASan + UBSan).
#
#   fuzz/run.sh [SECONDS] [extra libFuzzer flags...]     (default: 60 s)
#
# Builds build-fuzz/ (INGOT_FUZZ=ON), seeds the corpus from a sample of the
# stdlib on first use, fuzzes for SECONDS, then prints the executions done and
# the findings (crash-*, leak-*, timeout-*, oom-* files). Corpus, artifacts and
# log live in .cache/fuzz/ (override with INGOT_FUZZ_DIR), kept across runs.
# Exits non-zero when libFuzzer found something.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

DURATION="${1:-60}"
shift || true
BUILD_DIR="${INGOT_FUZZ_BUILD_DIR:-build-fuzz}"
WORK="${INGOT_FUZZ_DIR:-$ROOT/.cache/fuzz}"
CORPUS="$WORK/corpus"
ARTIFACTS="$WORK/artifacts"
LOG="$WORK/last-run.log"
PYTHON="${PYTHON:-python3}"

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$BUILD_DIR" -G Ninja -DINGOT_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O2 -g"
fi
cmake --build "$BUILD_DIR" --target parse_fuzzer

mkdir -p "$CORPUS" "$ARTIFACTS"
if [ -z "$(ls -A "$CORPUS")" ]; then
  # Seeds: every 4th stdlib file, cut to the first 4 KiB (-max_len).
  n=0
  while IFS= read -r -d '' f; do
    head -c 4096 "$f" >"$CORPUS/seed-$(printf '%04d' "$n").py"
    n=$((n + 1))
  done < <("$PYTHON" tests/python/stdlib_corpus.py -0 --every 4)
  echo "seeded $CORPUS with $n stdlib files"
fi

marker="$(mktemp)"
trap 'rm -f "$marker"' EXIT
echo "fuzzing for ${DURATION}s; corpus $CORPUS ($(ls "$CORPUS" | wc -l) inputs)"
set +e
start=$SECONDS
"$BUILD_DIR/fuzz/parse_fuzzer" "$CORPUS" \
  -dict=fuzz/python.dict \
  -max_total_time="$DURATION" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$ARTIFACTS/" -print_final_stats=1 "$@" >"$LOG" 2>&1
rc=$?
elapsed=$((SECONDS - start))
set -e
tail -n 25 "$LOG"

echo
echo "=== fuzz summary"
execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$LOG" | tail -1)"
speed="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$LOG" | tail -1)"
echo "executions: ${execs:-unknown} (${speed:-?}/s) in ${elapsed}s; corpus now $(ls "$CORPUS" | wc -l) inputs"
mapfile -t findings < <(find "$ARTIFACTS" -type f -newer "$marker" \
  \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
echo "findings this run: ${#findings[@]}"
for f in "${findings[@]}"; do echo "  $f"; done
echo "(all findings so far: $(find "$ARTIFACTS" -type f | wc -l) in $ARTIFACTS; full log: $LOG)"
if [ -z "$execs" ] && [ "$rc" -eq 0 ]; then rc=1; fi  # libFuzzer did not run
if [ "${#findings[@]}" -gt 0 ] && [ "$rc" -eq 0 ]; then rc=1; fi
exit "$rc"
