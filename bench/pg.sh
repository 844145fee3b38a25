#!/usr/bin/env bash
# bench/pg.sh [MB]: `tracker ingest` and the queries of issue 7 on PostgreSQL beside SQLite, on
# one generated corpus (bench/generate_corpus.py, seed 1), for bench/RESULTS.md.
#
#   PG_SERVER_DURABLE=1 tests/pg_server.sh run bench/pg.sh 20
#
# TRACKER_TEST_PG names a server whose role may create databases (tests/pg_server.sh gives one
# on this machine; PG_SERVER_DURABLE=1 keeps its fsync on, as a real server has it). Uses the
# build in $BUILD (default build/: tracker and bench_store). Prints each figure with what
# produced it; measures, asserts nothing.
set -euo pipefail

MB=${1:-20}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
WORK=${BENCH_WORK:-/tmp/tracker-bench}
: "${TRACKER_TEST_PG:?set TRACKER_TEST_PG (tests/pg_server.sh run bench/pg.sh)}"
CORPUS=$WORK/corpus-${MB}mb
mkdir -p "$WORK"
[ -d "$CORPUS" ] || python3 "$ROOT/bench/generate_corpus.py" "$CORPUS" "$MB" 1 >/dev/null
articles=$(find "$CORPUS" -name '*.txt' | wc -l)
DB_NAME=tracker_bench_$$
psql -q "$TRACKER_TEST_PG" -c "CREATE DATABASE $DB_NAME"
trap 'psql -q "$TRACKER_TEST_PG" -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" >/dev/null 2>&1' EXIT
PG=${TRACKER_TEST_PG%/*}/$DB_NAME
SQLITE=$WORK/pg-bench-sqlite.db
rm -f "$SQLITE"*

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "tree: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src || echo ' (src changed since)'); build: $BUILD"
echo "corpus: $CORPUS ($MB MB, $articles articles); $(nproc) cores, load $(load)"
echo "server: $(psql -At "$TRACKER_TEST_PG" -c 'SHOW server_version'), fsync $(psql -At "$TRACKER_TEST_PG" -c 'SHOW fsync')"
for backend in sqlite postgresql; do
    db=$SQLITE
    [ $backend = postgresql ] && db=$PG
    start=$(date +%s.%N)
    sampler=
    if [ $backend = postgresql ]; then  # articles stored every minute: is the rate steady?
        rm -f "$WORK/pg-progress.stop"
        (n=0; while [ ! -e "$WORK/pg-progress.stop" ]; do
            sleep 5; n=$((n + 1))
            [ $((n % 12)) = 0 ] || continue
            echo "  at $(echo "$(date +%s) - ${start%.*}" | bc) s: $(psql -At "$PG" -c 'SELECT count(*) FROM articles' 2>/dev/null) articles, load $(load)"
        done) >"$WORK/pg-progress.txt" &
        sampler=$!
    fi
    "$BUILD/tracker" --db "$db" --quiet ingest "$CORPUS"
    end=$(date +%s.%N)
    if [ -n "$sampler" ]; then
        touch "$WORK/pg-progress.stop"
        wait "$sampler" || true
        cat "$WORK/pg-progress.txt"
    fi
    seconds=$(echo "$end - $start" | bc)
    echo "ingest into $backend: $seconds s ($(echo "$articles / $seconds" | bc) articles/s), load after $(load)  [tracker --db DB ingest CORPUS]"
    eval "${backend}_seconds=$seconds"
done
echo "PostgreSQL / SQLite ingest time: $(echo "scale=2; $postgresql_seconds / $sqlite_seconds" | bc)"
for backend in sqlite postgresql; do
    db=$SQLITE
    [ $backend = postgresql ] && db=$PG
    echo "queries on $backend, load $(load)  [bench_store --db DB --queries --text-pages --runs 15]:"
    "$BUILD/bench_store" --db "$db" --queries --text-pages --runs 15 2>&1 | sed 's/^/  /'
done
echo "PostgreSQL database: $(psql -At "$PG" -c "SELECT pg_size_pretty(pg_database_size(current_database()))"), \
$(psql -At "$PG" -c "SELECT count(*) FROM claims") claims, $(psql -At "$PG" -c "SELECT count(*) FROM propositions") \
propositions, largest $(psql -At "$PG" -c "SELECT max(claims) FROM propositions") claims; load $(load)"
