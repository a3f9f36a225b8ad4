#!/usr/bin/env bash
# The preview server under load: wrk with 100 connections against 127.0.0.1 for a few seconds
# (LOAD_SECONDS, default 5; the figures in the docs come from 30). No errors (socket errors or
# non-2xx/3xx answers), and the server's memory stays flat: its resident size after the run is
# within LOAD_RSS_KB (default 5 MB) of what it was after a short warm-up.
# Usage: server_load_test.sh <path-to-itagen> <repo-root>
set -uo pipefail
itagen=$1
root=$2
seconds=${LOAD_SECONDS:-5}
connections=${LOAD_CONNECTIONS:-100}
rss_limit_kb=${LOAD_RSS_KB:-5120}
work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
# shellcheck source=lib/serve.sh
source "$(dirname "$0")/lib/serve.sh"
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

if ! command -v wrk >/dev/null 2>&1; then
  echo "SKIP: wrk is not installed (apt-get install wrk; make test installs it)"
  echo "server_load: 0 passed, 0 failed"
  exit 0
fi

cp -r "$root/tests/sites/full" "$work/site"
if start_serve "$work/site"; then
  pass
else
  fail "serve did not start: $(cat "$work/serve.err")"; echo "server_load: $passed passed, $failed failed"; exit 1
fi

# Pages of every kind, a file and a redirect, in turn.
cat >"$work/paths.lua" <<'LUA'
local paths = {"/ita/", "/ita/ita/2566/", "/ita/oit/2567/", "/ita/oit/2567/o01/", "/ita/measures/2567/",
  "/ita/measures/2567/transparent-budget/", "/ita/no-gift/2567/", "/ita/report/2567/", "/ita/assets/style.css",
  "/ita/search-index.json", "/ita/files/structure.pdf", "/ita/measures/2567"}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
LUA

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$server_pid/status"; }
origin=${url%/ita/}
rss_idle=$(rss_kb)
wrk -t2 -c"$connections" -d1s -s "$work/paths.lua" "$origin" >"$work/warmup" 2>&1
rss_warm=$(rss_kb)
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s --latency -s "$work/paths.lua" "$origin" >"$work/wrk" 2>&1
status=$?
rss_after=$(rss_kb)
cat "$work/wrk"
[ "$status" = 0 ] && pass || fail "wrk exit status $status"

requests=$(sed -n 's/^ *\([0-9][0-9]*\) requests in.*/\1/p' "$work/wrk")
[ "${requests:-0}" -gt 0 ] && pass || fail "no requests completed"
if grep -q 'Socket errors' "$work/wrk"; then fail "socket errors: $(grep 'Socket errors' "$work/wrk")"; else pass; fi
if grep -q 'Non-2xx or 3xx' "$work/wrk"; then fail "error answers: $(grep 'Non-2xx or 3xx' "$work/wrk")"; else pass; fi
growth=$((rss_after - rss_warm))
echo "RSS: ${rss_idle} kB idle, ${rss_warm} kB after a 1 s warm-up, ${rss_after} kB after ${seconds} s (growth ${growth} kB)"
if grep -qa __asan_init "$itagen"; then
  echo "RSS check skipped: AddressSanitizer's quarantine keeps freed memory by design"
else
  [ "$growth" -le "$rss_limit_kb" ] && pass || fail "RSS grew by ${growth} kB under load (limit ${rss_limit_kb} kB)"
fi
kill -0 "$server_pid" 2>/dev/null && pass || fail "the server died under load"
curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$url" >"$work/after"
[ "$(cat "$work/after")" = 200 ] && pass || fail "home page after the load: $(cat "$work/after")"

echo "server_load: $passed passed, $failed failed"
[ "$failed" = 0 ]
