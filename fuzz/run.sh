#!/usr/bin/env bash
# Runs every fuzz target built in BUILD_DIR for SECONDS each, on a seed corpus made from the
# repository (make_corpus.sh) plus the corpus earlier runs grew (kept in BUILD_DIR/fuzz-work).
# Fails when any target crashes; the crashing input is left in BUILD_DIR/fuzz-work/artifacts/.
# Usage: fuzz/run.sh BUILD_DIR SECONDS [TARGET...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$1" && pwd)
seconds=$2
shift 2
work=$build/fuzz-work
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for exe in "$build"/fuzz/fuzz_*; do targets+=("${exe##*/fuzz_}"); done
fi

rm -rf "$work/seeds"
mkdir -p "$work/corpus" "$work/artifacts" "$work/logs"
"$root/fuzz/make_corpus.sh" "$root" "$work/seeds" "$build/fuzz/seed_template_data"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
failed=()
printf '%-16s %12s %10s %8s  %s\n' target executions exec/s cov result
for t in "${targets[@]}"; do
  corpus=$work/corpus/$t
  mkdir -p "$corpus"
  dirs=("$corpus" "$work/seeds/$t")
  [ -d "$root/fuzz/regressions/$t" ] && dirs+=("$root/fuzz/regressions/$t")
  log=$work/logs/$t.log
  result=ok
  "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=25 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/$t-" "${dirs[@]}" > "$log" 2>&1 || result=CRASH
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  printf '%-16s %12s %10s %8s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$result"
  if [ "$result" != ok ]; then
    failed+=("$t")
    grep -A40 -m1 -E '^==[0-9]+==ERROR|runtime error|deadly signal|ERROR: libFuzzer' "$log" || tail -40 "$log"
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: crashes in ${failed[*]} (inputs in $work/artifacts/, logs in $work/logs/)" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} passed, 0 failed"
