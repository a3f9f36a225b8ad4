# Shared by the command-line tests that talk to `itagen serve` (sourced, not run).
# start_serve SITE: starts `$itagen serve --source SITE --port 0` in the background with its
# output in $work/serve.out and .err, waits (bounded) for its "serving" line, and sets
# server_pid and url. Returns 1 when the server did not start on 127.0.0.1 under /ita/.
start_serve() {
  "$itagen" serve --source "$1" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
  server_pid=$!
  for _ in $(seq 1 200); do
    grep -q '^serving ' "$work/serve.out" && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.05
  done
  url=$(sed -n 's/^serving \(http:[^ ]*\) .*/\1/p' "$work/serve.out")
  case "$url" in
    http://127.0.0.1:[0-9]*/ita/) return 0 ;;
    *) return 1 ;;
  esac
}
