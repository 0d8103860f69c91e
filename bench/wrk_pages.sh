#!/usr/bin/env bash
# Throughput of pages against /healthz in the same run: gunicorn (bench/serve.sh, production settings),
# wrk 8 connections, alternating rounds so a burst of load elsewhere on the machine hits every path alike.
#
#   WORKERS=2 CACHE_BACKEND=none bench/wrk_pages.sh sqlite:////tmp/seed.sqlite3 / /deals/1/
#   ROUNDS=3 DURATION=10s bench/wrk_pages.sh dt_bench10k /
#
# Prints one line per round and path (requests/s, mean latency), then the load average. Needs `wrk`.
set -euo pipefail
cd "$(dirname "$0")/.."

DB="$1"
shift
PORT="${PORT:-8117}"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10s}"

bench/serve.sh "$DB" "$PORT" 2>/dev/null &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 60); do
    curl -sf "http://127.0.0.1:${PORT}/healthz" >/dev/null && break
    sleep 1
done
for path in /healthz "$@"; do curl -sf -o /dev/null "http://127.0.0.1:${PORT}${path}"; done # warm every worker a little

echo "workers ${WORKERS:-4}, CACHE_BACKEND=${CACHE_BACKEND:-locmem}, ${DURATION} x ${ROUNDS} rounds, $(date -u +%H:%M) UTC"
for round in $(seq "$ROUNDS"); do
    for path in /healthz "$@"; do
        out=$(wrk -t2 -c8 -d"$DURATION" --latency "http://127.0.0.1:${PORT}${path}")
        rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
        mean=$(awk '/^    Latency/ {print $2}' <<<"$out")
        errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out")
        echo "round ${round} ${path}: ${rps} req/s, mean latency ${mean} ${errors}"
    done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
