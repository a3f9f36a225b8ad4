#!/usr/bin/env bash
# The preview server (`itagen serve`) against traversal and malformed requests: encoded and
# overlong-UTF-8 dots, double encoding, NUL, backslashes, 10 KB and 100 KB paths, absolute-URI
# targets, bad and garbage methods, HTTP/0.9 and broken request lines. Every one is answered
# 400/404/405 (or 414/431, or the connection is closed), never 200, and no response holds a
# secret planted beside the site, in the site folder outside content/, or behind a symlink in
# content/static/. The server still serves pages afterwards.
# Usage: server_attack_test.sh <path-to-itagen> <repo-root>
set -uo pipefail
itagen=$1
root=$2
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

# The site, and secrets it must never serve.
secret="ITAGEN-SECRET-$RANDOM$RANDOM"
cp -r "$root/tests/sites/full" "$work/site"
echo "$secret beside the site" >"$work/secret.txt"
echo "$secret in the site folder" >"$work/site/secret.txt"
echo "$secret dot file" >"$work/site/.env"
ln -s "$work/secret.txt" "$work/site/content/static/files/leak.txt"
ln -s "$work" "$work/site/content/static/files/leakdir"

if start_serve "$work/site"; then
  pass
else
  fail "serve did not start: $(cat "$work/serve.err")"; echo "server_attack: $passed passed, $failed failed"; exit 1
fi
hostport=${url#http://}
hostport=${hostport%%/*}
port=${hostport#*:}

status_of() { head -c 200 "$1" | sed -n '1s/^HTTP\/1\.[01] \([0-9][0-9][0-9]\).*/\1/p' | tr -d '\r'; }
no_secret() {  # response-file what
  if grep -qaF -- "$secret" "$1"; then fail "$2: the response leaks the secret"; else pass; fi
}
expect_refused() {  # response-file what [allowed statuses...]; an empty answer (closed) is allowed
  local response=$1 what=$2
  shift 2
  local allowed=${*:-400 404 405 414 431}
  local status
  status=$(status_of "$response")
  no_secret "$response" "$what"
  if [ -z "$status" ] && [ ! -s "$response" ]; then pass; return; fi  # connection closed, nothing sent
  for s in $allowed; do
    if [ "$status" = "$s" ]; then pass; return; fi
  done
  fail "$what: answered '${status:-garbage: $(head -c 80 "$response")}', expected one of $allowed"
}

# ---- Paths, sent as they are (curl --path-as-is, no normalisation). ----
targets=(
  "/../secret.txt" "/ita/../secret.txt" "/ita/../../secret.txt" "/ita/../../../../../../etc/passwd"
  "/%2e%2e/secret.txt" "/ita/%2e%2e/%2e%2e/secret.txt" "/ita/.%2e/secret.txt" "/ita/%2E%2E%2Fsecret.txt"
  "/ita/%2e%2e%2f%2e%2e%2fsecret.txt" "/ita/..%2f..%2fsecret.txt" "/ita/%252e%252e/%252e%252e/secret.txt"
  "/ita/..%252f..%252fsecret.txt" "/ita/%c0%ae%c0%ae/%c0%ae%c0%ae/secret.txt" "/ita/%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afsecret.txt"
  "/ita/%e0%80%ae%e0%80%ae/secret.txt" "/ita/%uff0e%uff0e/secret.txt" "/ita/..%c0%afsecret.txt" "/ita/..%ef%bc%8fsecret.txt"
  "/ita/..\\..\\secret.txt" "/ita/..%5c..%5csecret.txt" "/ita/%5c..%5csecret.txt" "/ita/files/..\\..\\.env"
  "/ita/index.html%00" "/ita/index.html%00.pdf" "/ita/%00/../secret.txt" "/ita/files/leak.txt" "/ita/files/leakdir/secret.txt"
  "/ita/files/leakdir/site/.env" "/files/leak.txt" "/secret.txt" "/ita/secret.txt" "/.env" "/ita/.env" "/content/site.yaml"
  "/ita/content/site.yaml" "/ita/static/files/structure.pdf/../../../secret.txt" "/ita/.itagen-output/../secret.txt"
  "//etc/passwd" "/ita//etc/passwd" "/etc/passwd" "/ita/./././secret.txt" "/ita/%2e/secret.txt" "/ita/files/%2e%2e/%2e%2e/secret.txt"
  "/ita/%0d%0aSet-Cookie:%20x=1" "/ita/%0aX-Injected:%201" "/ita/index.html%20" "/ita/index.html."
  "/ita/index.html::\$DATA" "/ita/INDEX.HTML" "/ita/~/secret.txt" "/~root/.bashrc" "/proc/self/environ"
  "/ita/%ff%fe%fd" "/ita/%"
)
i=0
for t in "${targets[@]}"; do
  i=$((i + 1))
  curl -s --path-as-is --max-time 10 -i "http://$hostport$t" >"$work/r$i" 2>/dev/null
  expect_refused "$work/r$i" "GET $t"
  if grep -qai '^X-Injected\|^Set-Cookie' "$work/r$i"; then fail "GET $t: header injection"; else pass; fi
done

# Open redirects: a folder redirect repeats the request path; it must stay on this server.
for t in "//evil.example/ita" "/\\evil.example/ita" "/%5cevil.example" "/%2fevil.example" "/ita/..//evil.example"; do
  i=$((i + 1))
  curl -s --path-as-is --max-time 10 -i "http://$hostport$t" >"$work/r$i" 2>/dev/null
  location=$(grep -ai '^location:' "$work/r$i" | tr -d '\r' | cut -d' ' -f2-)
  case "$location" in
    "" | /[!/\\]*) pass ;;
    *) fail "GET $t redirects off-site to '$location'" ;;
  esac
done

# Very long paths: 10 KB and 100 KB.
for size in 10240 102400; do
  i=$((i + 1))
  long=$(head -c "$size" /dev/zero | tr '\0' 'a')
  curl -s --path-as-is --max-time 10 -i "http://$hostport/ita/$long" >"$work/r$i" 2>/dev/null
  expect_refused "$work/r$i" "GET a $size-byte path"
  i=$((i + 1))
  curl -s --path-as-is --max-time 10 -i "http://$hostport/ita/$(head -c $((size / 3)) /dev/zero | sed 's/\x0/..\//g')secret.txt" \
    >"$work/r$i" 2>/dev/null
  expect_refused "$work/r$i" "GET $((size / 3)) levels of ../"
done

# ---- Methods. ----
for m in TRACE DELETE PUT POST PATCH OPTIONS CONNECT PROPFIND MKCOL get GeT XYZZY "G3T"; do
  i=$((i + 1))
  curl -s --path-as-is --max-time 10 -i -X "$m" -d 'x=1' "http://$hostport/ita/" >"$work/r$i" 2>/dev/null
  expect_refused "$work/r$i" "$m /ita/" 400 405 501
done
i=$((i + 1))
curl -s --max-time 10 -i -X PUT --data-binary @"$work/secret.txt" "http://$hostport/ita/secret.txt" >"$work/r$i" 2>/dev/null
expect_refused "$work/r$i" "PUT a file" 400 405
i=$((i + 1))
curl -s --max-time 10 -i "http://$hostport/ita/secret.txt" >"$work/r$i" 2>/dev/null
expect_refused "$work/r$i" "GET the file after PUT" 404

# ---- Raw requests that curl will not send. ----
# Sent in parallel: a server may hold a broken request open until its 5 s read timeout.
raw_pids=()
raw_files=()
raw_whats=()
raw_allowed=()
raw_refused() {  # bytes what [allowed...] -> checked once all have answered or closed (10 s max)
  i=$((i + 1))
  timeout -k 5 10 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 0; printf "%b" "$2" >&3; cat <&3' _ "$port" "$1" \
    >"$work/r$i" 2>/dev/null &
  raw_pids+=($!)
  raw_files+=("$work/r$i")
  raw_whats+=("$2")
  shift 2
  raw_allowed+=("$*")
}
raw_refused 'GET /ita/\r\n\r\n' "HTTP/0.9 request"
raw_refused 'GET /../secret.txt\r\n\r\n' "HTTP/0.9 traversal"
raw_refused 'GET\r\n\r\n' "request line without a target"
raw_refused 'GET /ita/ HTTP/1.1 extra\r\nHost: x\r\nConnection: close\r\n\r\n' "request line with four parts"
raw_refused 'GET /ita/ HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n' "unknown HTTP version" 400 404 405 505
raw_refused 'GET /ita/\x00/../../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' "raw NUL in the path"
raw_refused 'GET /ita/\x01 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' "raw control character in the path"
raw_refused 'GET /ita/..\\..\\secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' "raw backslashes"
raw_refused 'GET http://127.0.0.1/../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' "absolute-URI target"
raw_refused 'GET http://evil.example/ita/ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n' "absolute-URI target to another host" 400 404
raw_refused 'GET file:///etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' "file: URI target"
raw_refused 'GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' "asterisk target"
raw_refused 'GET ../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' "relative target"
raw_refused 'TRACE / HTTP/1.1\r\nHost: x\r\nX-Probe: reflect-me\r\nConnection: close\r\n\r\n' "TRACE" 400 405
trace_file="$work/r$i"
raw_refused '\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03' "a TLS hello"
raw_refused 'GARBAGE\r\n\r\n' "garbage line"
raw_refused '\r\n\r\n\r\n' "empty lines"
raw_refused 'GET /ita/ HTTP/1.1\r\nHost: x\r\nno colon here\r\nConnection: close\r\n\r\n' "header without a colon" 200 400
raw_refused 'GET /ita/ HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\nConnection: close\r\n\r\n' "negative Content-Length" 200 400
raw_refused 'GET /ita/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n' "bad chunk" 200 400
raw_refused "GET /ita/ HTTP/1.1\r\nHost: x\r\nX-Big: $(head -c 102400 /dev/zero | tr '\0' 'b')\r\nConnection: close\r\n\r\n" "100 KB header"
raw_refused "GET /ita/$(head -c 102400 /dev/zero | tr '\0' 'a') HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" "raw 100 KB path"

for k in "${!raw_files[@]}"; do
  wait "${raw_pids[$k]}"
  [ $? = 124 ] && fail "${raw_whats[$k]}: no answer and no close in 10 s"
  # shellcheck disable=SC2086
  expect_refused "${raw_files[$k]}" "${raw_whats[$k]}" ${raw_allowed[$k]}
done
grep -qa 'reflect-me' "$trace_file" && fail "TRACE reflects the request" || pass

# ---- Still healthy, and nothing was created. ----
i=$((i + 1))
curl -s --max-time 10 -i "${url}" >"$work/r$i" 2>/dev/null
[ "$(status_of "$work/r$i")" = 200 ] && pass || fail "home page after the attacks: $(head -c 200 "$work/r$i")"
kill -0 "$server_pid" 2>/dev/null && pass || fail "the server died"
if grep -qaF -- "$secret" "$work"/r*; then fail "a response holds the secret"; else pass; fi
[ ! -e "$work/site/content/static/files/secret.txt" ] && [ ! -e "$work/site/secret.txt.1" ] && pass || fail "a file was created"
echo "sent $i requests; statuses: $(for f in "$work"/r*; do s=$(status_of "$f"); echo "${s:-closed}"; done | sort | uniq -c | tr -s ' \n' ' ')"

echo "server_attack: $passed passed, $failed failed"
[ "$failed" = 0 ]
