#!/usr/bin/env bash
# Serve DealTracker with gunicorn on 127.0.0.1 against a PostgreSQL benchmark database, production settings.
#
#   bench/serve.sh dt_bench10k [PORT]        # default port 8100
#   bench/serve.sh sqlite:////tmp/seed.sqlite3 8102       # a whole database URL works too
#   WORKERS=2 CACHE_BACKEND=none bench/serve.sh ...        # no cache at all: the render's own cost
#   WORKERS=4 WORKER_CLASS=gthread THREADS=2 bench/serve.sh dt_bench100k 8101
#   CACHE_BACKEND=file CACHE_LOCATION=/tmp/dt-cache bench/serve.sh dt_bench100k   # one cache for all workers
#
# DEALTRACKER_BENCH=1 adds /bench/ping (the trivial view, the ceiling); throttling is lifted so the load
# generator measures the pages, not the 429s. Stop it with Ctrl-C or `kill <pid>` (its pid is printed).
set -euo pipefail
cd "$(dirname "$0")/.."

DB="${1:-dt_bench10k}"
PORT="${2:-8100}"

export DJANGO_PRODUCTION=1
export SECRET_KEY="${SECRET_KEY:-bench-only-secret-key-not-for-production-0123456789abcdef}"
export SECURE_SSL_REDIRECT=0
export ALLOWED_HOSTS=127.0.0.1
export DEBUG=0
export CONN_MAX_AGE="${CONN_MAX_AGE:-600}"
# Per second, not per minute: all load comes from one address, and DRF keeps one timestamp per request of the
# window in that address's cache entry: a minute's window at saturation held tens of thousands of timestamps,
# (un)pickled on every request, a cost no real client causes.
export API_ANON_THROTTLE_RATE=1000000/second
export DEALTRACKER_BENCH=1
export LOG_LEVEL="${LOG_LEVEL:-WARNING}"
if [[ "$DB" == *://* ]]; then export DATABASE_URL="$DB"; else export DATABASE_URL="postgres://postgres@127.0.0.1:5432/${DB}"; fi

.venv/bin/python manage.py collectstatic --noinput -v0
.venv/bin/python manage.py migrate --check -v0 || { echo "run migrate on ${DB} first" >&2; exit 1; }
if [ "${CACHE_BACKEND:-}" = database ]; then .venv/bin/python manage.py createcachetable; fi

echo "gunicorn on http://127.0.0.1:${PORT} (${DB}), pid $$" >&2
exec .venv/bin/gunicorn dealtracker.wsgi \
    --bind "127.0.0.1:${PORT}" \
    --workers "${WORKERS:-4}" \
    --worker-class "${WORKER_CLASS:-sync}" \
    --threads "${THREADS:-1}" \
    --backlog 2048 \
    --timeout 30 \
    --log-level warning
