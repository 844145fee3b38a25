#!/usr/bin/env bash
# bench/run.sh [MB]: every figure of bench/RESULTS.md from one command.
#
#   1. builds Release in build-bench/ (tests off);
#   2. generates a corpus of MB megabytes (default 40; 10^6 bytes) with bench/generate_corpus.py,
#      seed 1, under $BENCH_WORK (default /tmp/tracker-bench), kept between runs;
#   3. `tracker ingest` end to end on it under /usr/bin/time -v: MB/s, articles/s, peak RSS;
#   4. bench_store: the storage floor (no claims) on the same articles, and ingest/floor;
#   5. bench_extract: sentences/s of segmentation and of extraction, one thread;
#   6. bench_store --incremental: one new article into databases of 1k, 10k, 100k articles,
#      on a second corpus (seed 2) big enough for 100k; building stops after $BENCH_BUDGET
#      seconds (default 300), and the sizes not reached are reported as such (BENCH_INCREMENTAL=0
#      skips this step when the database of an earlier run is there, for the queries below);
#   6b. 1M articles: the 100k database copied and grown tenfold inside SQLite (bench_store
#      --replicate 10: each article copied with its claims as a syndicated copy; about 16 minutes
#      and 16 GB here), then one new article timed as above; skipped, and said so, with less than
#      40 GB free under $BENCH_WORK or BENCH_MILLION=0;
#   7. the queries of issue 7 on the largest database: in process (bench_store --queries: the
#      Store calls alone, median of 15) and as whole `tracker` processes (median of 5, wall
#      clock, beside a query that matches nothing, which is the process's fixed cost);
#   8. the BBC off-topic corpus, when /work/shared/corpora/bbc-news exists: claims found in it
#      (its one Latin-1 file is rejected, so that ingest exits 3: expected).
# No figure here is asserted: this measures, it does not test.
set -euo pipefail

MB=${1:-40}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$ROOT/build-bench
WORK=${BENCH_WORK:-/tmp/tracker-bench}
BUDGET=${BENCH_BUDGET:-300}
EXTRACT_RUNS=${BENCH_EXTRACT_RUNS:-1}
INCREMENTAL_MB=${BENCH_INCREMENTAL_MB:-520}  # about 103k articles: 100k to build, the rest held out
BBC=/work/shared/corpora/bbc-news
TRACKER=$BUILD/tracker
SUMMARY=$WORK/summary-${MB}mb.txt

mkdir -p "$WORK"
: > "$SUMMARY"
note() { echo "$*" | tee -a "$SUMMARY"; }
section() { printf '\n== %s\n' "$*"; }
# The first "in N s" of a bench's output.
seconds_in() { sed -n 's/.* in \([0-9.]*\) s.*/\1/p' | head -1; }
corpus_bytes() { find "$1" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}'; }
corpus_files() { find "$1" -name '*.txt' | wc -l; }
remove_db() { rm -f "$1" "$1-wal" "$1-shm"; }

generate() {  # FOLDER MB SEED
    if [[ ! -f $1/.complete ]]; then
        rm -rf "$1"
        python3 "$ROOT/bench/generate_corpus.py" "$1" "$2" "$3"
        touch "$1/.complete"
    fi
}

# Median wall-clock milliseconds of 5 runs of a command (output discarded).
median_ms() {
    local times=()
    for _ in 1 2 3 4 5; do
        local start end
        start=$(date +%s%N)
        "$@" > /dev/null
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

section "machine"
note "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
note "cpu: $(nproc) x $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
note "ram: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
note "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
note "tree: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src include data schema || echo ", with uncommitted changes in src/ include/ data/ schema/")"

section "build (Release, $BUILD)"
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DTRACKER_TESTS=OFF > /dev/null
cmake --build "$BUILD" -j2 > /dev/null

section "corpus"
CORPUS=$WORK/corpus-${MB}mb
generate "$CORPUS" "$MB" 1
BYTES=$(corpus_bytes "$CORPUS")
FILES=$(corpus_files "$CORPUS")
note "corpus: $CORPUS: $FILES articles, $(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b / 1e6}') MB"

section "tracker ingest (end to end)"
DB=$WORK/ingest-${MB}mb.db
remove_db "$DB"
/usr/bin/time -v "$TRACKER" --db "$DB" ingest "$CORPUS" 2> "$WORK/ingest.time" | tee "$WORK/ingest.out"
INGEST_S=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$WORK/ingest.time")
INGEST_CPU=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$WORK/ingest.time")
RSS_KB=$(awk -F': ' '/Maximum resident/ {print $2}' "$WORK/ingest.time")
note "ingest: $FILES articles in ${INGEST_S} s wall (${INGEST_CPU} s CPU):" \
     "$(awk -v b="$BYTES" -v s="$INGEST_S" 'BEGIN {printf "%.2f MB/s", b / 1e6 / s}')," \
     "$(awk -v n="$FILES" -v s="$INGEST_S" 'BEGIN {printf "%.0f articles/s", n / s}')," \
     "peak RSS $(( RSS_KB / 1024 )) MB, database $(du -m "$DB" | cut -f1) MB"
"$TRACKER" --db "$DB" stats | grep -E '^(claims|propositions):' | tee -a "$SUMMARY"

section "storage floor (bench_store)"
FLOOR_OUT=$("$BUILD/bench_store" "$CORPUS" --db "$WORK/floor.db")
note "$FLOOR_OUT"
FLOOR_S=$(seconds_in <<< "$FLOOR_OUT")
note "ingest / floor: $(awk -v i="$INGEST_S" -v f="$FLOOR_S" 'BEGIN {printf "%.1fx", i / f}') (issue 7 target: within 2x)"

section "extraction (bench_extract, $EXTRACT_RUNS run(s))"
"$BUILD/bench_extract" "$CORPUS" --runs "$EXTRACT_RUNS" | tee -a "$SUMMARY"

BIG_DB=$WORK/incremental.db
if [[ ${BENCH_INCREMENTAL:-1} == 0 && -f $BIG_DB ]]; then
    note "incremental cost: skipped (BENCH_INCREMENTAL=0); queries use the existing $BIG_DB"
else
    section "incremental cost (bench_store --incremental, budget $BUDGET s)"
    INCREMENTAL=$WORK/corpus-incremental-${INCREMENTAL_MB}mb
    generate "$INCREMENTAL" "$INCREMENTAL_MB" 2
    "$BUILD/bench_store" "$INCREMENTAL" --db "$BIG_DB" --incremental --budget "$BUDGET" | tee -a "$SUMMARY"
fi

MILLION_DB=$WORK/incremental-1m.db
FREE_GB=$(df -BG --output=avail "$WORK" | tail -1 | tr -dc 0-9)
if [[ ${BENCH_MILLION:-1} == 0 ]]; then
    note "1M articles: skipped (BENCH_MILLION=0)"
elif [[ ! -f $BIG_DB || ! -f $WORK/corpus-incremental-${INCREMENTAL_MB}mb/.complete || $FREE_GB -lt 40 ]]; then
    note "1M articles: skipped (needs the 100k database, its corpus and 40 GB free under $WORK; $FREE_GB GB free)"
else
    section "1M articles (bench_store --replicate 10)"
    remove_db "$MILLION_DB"
    cp "$BIG_DB" "$MILLION_DB"
    "$BUILD/bench_store" "$WORK/corpus-incremental-${INCREMENTAL_MB}mb" --db "$MILLION_DB" --replicate 10 | tee -a "$SUMMARY"
fi

section "queries (median of 5, wall ms, whole process)"
QUERY_DB=$DB
if [[ -f $BIG_DB && $(stat -c %s "$BIG_DB") -gt $(stat -c %s "$DB") ]]; then QUERY_DB=$BIG_DB; fi
if [[ -f $MILLION_DB ]]; then QUERY_DB=$MILLION_DB; fi
note "database: $QUERY_DB, $("$TRACKER" --db "$QUERY_DB" stats | sed -n 's/^claims: *//p') claims"
"$BUILD/bench_store" --db "$QUERY_DB" --queries | tee -a "$SUMMARY"
note "fixed cost (query --actor NoSuchActor): $(median_ms "$TRACKER" --db "$QUERY_DB" query --actor NoSuchActor --limit 1) ms"
note "query --actor DeepSeek --limit 20: $(median_ms "$TRACKER" --db "$QUERY_DB" query --actor DeepSeek --limit 20) ms"
note "propositions --status contradicted: $(median_ms "$TRACKER" --db "$QUERY_DB" propositions --status contradicted) ms" \
     "($("$TRACKER" --db "$QUERY_DB" propositions --status contradicted --format jsonl | wc -l) rows)"
note "query --text smuggled: $(median_ms "$TRACKER" --db "$QUERY_DB" query --text smuggled) ms" \
     "($("$TRACKER" --db "$QUERY_DB" query --text smuggled --format jsonl | wc -l) rows)"

if [[ -d $BBC ]]; then
    section "BBC off-topic corpus ($BBC)"
    BBC_DB=$WORK/bbc.db
    remove_db "$BBC_DB"
    /usr/bin/time -f '%e s wall, peak RSS %M KB' "$TRACKER" --db "$BBC_DB" ingest "$BBC" 2>&1 | grep -E 'new,|wall' | tee -a "$SUMMARY" || true
    "$TRACKER" --db "$BBC_DB" stats | grep -E '^(articles|claims):' | tee -a "$SUMMARY"
fi

note "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
section "summary ($SUMMARY)"
cat "$SUMMARY"
