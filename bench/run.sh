#!/usr/bin/env bash
# itagen benchmark entry point (`make bench`). Installs Hugo, cmark-gfm and GNU time from Debian when
# missing, then runs bench/bench.py. Settings: BENCH_SIZES, BENCH_RUNS, BENCH_WARMUP,
# BENCH_EDITS, BENCH_TMP, ITAGEN (see bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=""
command -v python3 >/dev/null || missing="$missing python3"
command -v hugo >/dev/null || missing="$missing hugo"
command -v cmark-gfm >/dev/null || missing="$missing cmark-gfm"
[ -x /usr/bin/time ] || missing="$missing time"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "bench: missing$missing and neither root nor sudo to install them" >&2; exit 1
  fi
  echo "bench: installing missing Debian packages:$missing" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi

exec python3 bench/bench.py "$@"
