#!/usr/bin/env bash
# bench/report.sh [MB]: the figures of bench/RESULTS.md's "Reports" section from one command.
#
#   1. builds Release in $BENCH_BUILD (default build-bench/, tests off);
#   2. generates a corpus of MB megabytes (default 3.5: about 10,000 claims) with
#      bench/generate_corpus.py, seed 3, under $BENCH_WORK (default /tmp/tracker-bench);
#   3. ingests it into a fresh database with `tracker ingest`;
#   4. bench_report: gather_report, html_report and markdown_report timed in the process
#      (median of 5), with the sizes of both outputs;
#   5. `tracker report -o FILE` end to end, whole process, median of 5 wall-clock runs, and the
#      file's size.
# No figure here is asserted: this measures, it does not test (issue 8 asks for under 1 s and
# under 5 MB at 10,000 claims).
set -euo pipefail

MB=${1:-3.5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BENCH_BUILD:-$ROOT/build-bench}
WORK=${BENCH_WORK:-/tmp/tracker-bench}
TRACKER=$BUILD/tracker
CORPUS=$WORK/corpus-report-${MB}mb
DB=$WORK/report-${MB}mb.db
HTML=$WORK/report-${MB}mb.html

mkdir -p "$WORK"
echo "== build (Release, $BUILD)"
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DTRACKER_TESTS=OFF > /dev/null
cmake --build "$BUILD" -j2 --target tracker bench_report > /dev/null

echo "== corpus"
if [[ ! -f $CORPUS/.complete ]]; then
    rm -rf "$CORPUS"
    python3 "$ROOT/bench/generate_corpus.py" "$CORPUS" "$MB" 3
    touch "$CORPUS/.complete"
fi
rm -f "$DB" "$DB-wal" "$DB-shm"
"$TRACKER" --db "$DB" ingest "$CORPUS"
"$TRACKER" --db "$DB" stats | grep -E '^(articles|claims|propositions):'

echo "== bench_report (in process)"
"$BUILD/bench_report" "$DB" --runs 5

echo "== tracker report -o FILE (whole process, median of 5)"
times=()
for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$TRACKER" --db "$DB" report -o "$HTML" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
done
echo "tracker report: $(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p) ms, $(stat -c %s "$HTML") bytes ($HTML)"
start=$(date +%s%N)
"$TRACKER" --db "$DB" report --format markdown > "$WORK/report-${MB}mb.md"
end=$(date +%s%N)
echo "tracker report --format markdown: $(( (end - start) / 1000000 )) ms, $(stat -c %s "$WORK/report-${MB}mb.md") bytes"
