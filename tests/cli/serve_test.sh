#!/usr/bin/env bash
# Command-line tests of `itagen serve`: the URL it prints (with --port 0), serving under the
# base path, the warning for a non-loopback --bind, a clean exit on SIGINT and SIGTERM, and
# a refusal when the port is taken.
# Usage: serve_test.sh <path-to-itagen> <repo-root>
set -uo pipefail
itagen=$1
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
expect_contains() {  # file needle what
  if grep -qF -- "$2" "$1"; then pass; else fail "$3: '$2' not in $(cat "$1")"; fi
}

mkdir -p "$work/site/content/pages" "$work/site/content/scores"
cat >"$work/site/content/site.yaml" <<'YAML'
name: สำนักงานทดสอบ
short_name: สนง.ทดสอบ
base_url: https://www.example.go.th/ita/
YAML
printf 'fiscal_year: 2566\ntotal: 90.50\n' >"$work/site/content/scores/2566.yaml"
printf -- '---\ntitle: เกี่ยวกับเรา\n---\nhello from the test\n' >"$work/site/content/pages/about.md"

# Starts `itagen serve` in the background and waits (bounded) for its "serving" line.
start_server() {  # name args...
  local name=$1
  shift
  "$itagen" serve --source "$work/site" "$@" >"$work/$name.out" 2>"$work/$name.err" &
  pids+=($!)
  server_pid=$!
  for _ in $(seq 1 200); do
    grep -q '^serving ' "$work/$name.out" && return 0
    kill -0 "$server_pid" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}
# Waits (bounded) for the server to exit; its exit status goes into $status.
wait_exit() {
  for _ in $(seq 1 200); do
    kill -0 "$1" 2>/dev/null || break
    sleep 0.05
  done
  if kill -0 "$1" 2>/dev/null; then
    status="still running"
  else
    wait "$1"
    status=$?
  fi
}

if start_server a --port 0; then pass; else fail "serve did not start: $(cat "$work/a.err")"; fi
url=$(sed -n 's/^serving \(http:[^ ]*\) .*/\1/p' "$work/a.out")
expect_contains "$work/a.out" "(also at /) — Ctrl-C to stop" "serving line"
case "$url" in http://127.0.0.1:[0-9]*/ita/) pass ;; *) fail "unexpected URL '$url'" ;; esac
curl -sS "${url}about/" >"$work/page" 2>&1
expect_contains "$work/page" "hello from the test" "page served"
expect_contains "$work/page" "/__itagen/live-reload.js" "live-reload script injected"
# An edit with sed -i (which writes sedXXXXXX and renames it over the file) is logged by the
# file's name alone: editors' temporary files are never named.
sed -i 's/hello from the test/hello again/' "$work/site/content/pages/about.md"
for _ in $(seq 1 100); do
  grep -q '^rebuilt after change to ' "$work/a.out" && break
  sleep 0.05
done
rebuilt=$(grep '^rebuilt after change to ' "$work/a.out" | head -1)
case "$rebuilt" in
  "rebuilt after change to content/pages/about.md: "*) pass ;;
  *) fail "rebuild log line after sed -i: '$rebuilt'" ;;
esac
curl -sS "${url}about/" >"$work/page" 2>&1
expect_contains "$work/page" "hello again" "page rebuilt after sed -i"
port=${url#http://127.0.0.1:}
port=${port%%/*}

# The port is taken now: a second server refuses and says why.
timeout -k 5 10 "$itagen" serve --source "$work/site" --port "$port" >"$work/b.out" 2>"$work/b.err"
[ $? = 1 ] && pass || fail "second server on a taken port did not exit 1"
expect_contains "$work/b.err" "cannot listen on 127.0.0.1:$port" "taken port message"

kill -INT "$server_pid"
wait_exit "$server_pid"
[ "$status" = 0 ] && pass || fail "SIGINT exit status $status"
expect_contains "$work/a.out" "stopped" "stop message"

if start_server c --port 0; then pass; else fail "serve did not start again"; fi
kill -TERM "$server_pid"
wait_exit "$server_pid"
[ "$status" = 0 ] && pass || fail "SIGTERM exit status $status"

# A non-loopback address is only used when asked for, with a warning. 192.0.2.1 (TEST-NET-1)
# is never assigned, so the bind fails and nothing is exposed by this test.
timeout -k 5 10 "$itagen" serve --source "$work/site" --bind 192.0.2.1 --port 0 >"$work/d.out" 2>"$work/d.err"
expect_contains "$work/d.err" "reachable from other machines" "non-loopback warning"

# `build` never writes the live-reload script.
"$itagen" build --source "$work/site" --output "$work/public" >/dev/null 2>&1
if grep -rq "__itagen" "$work/public"; then fail "build output has the live-reload script"; else pass; fi

echo "serve_test: $passed passed, $failed failed"
[ "$failed" = 0 ]
