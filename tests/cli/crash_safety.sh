# Crash safety (issue 6): `tracker ingest` and `tracker feed update` killed with SIGKILL at random
# points of a large batch, many times. After each kill the database passes SQLite's integrity
# check, every stored article has exactly the claims a clean run stores for it (none half-stored),
# and a rerun completes the batch with every article exactly once. Each kill loop is bounded in
# time (KILL_LOOP_SECONDS), not in count, so a slow build (ASan) does fewer rounds. On PostgreSQL
# (TRACKER_TEST_STORE=postgresql) the database is one on the test server, made anew for each
# clean start, and "intact" is the server's business: the claims' articles and propositions exist.
source "$(dirname "$0")/suite_lib.bash" "$@"

KILL_LOOP_SECONDS=25
SNAPSHOT="python3 $ROOT/tests/cli/store_snapshot.py"

python3 "$ROOT/tests/cli/news_batch.py" 300 200

CRASH=crash.db
on_postgresql && CRASH=$(new_db crash)
# fresh: an empty database for a clean start.
fresh() {
    if on_postgresql; then
        psql -q "$TRACKER_TEST_PG" -c "DROP DATABASE IF EXISTS ${CRASH##*/} WITH (FORCE)" -c "CREATE DATABASE ${CRASH##*/}"
    else
        rm -f crash.db*
    fi
}
# intact: SQLite's integrity and foreign key checks; on PostgreSQL, no claim without its rows (a
# run killed while it created the schema leaves none: its migration is one transaction).
intact() {
    if on_postgresql; then
        test "$(psql -At "$CRASH" -c "SELECT to_regclass('claims') IS NULL")" = t && return 0
        test "$(psql -At "$CRASH" -c "SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM articles a
            WHERE a.id = c.article_id) OR NOT EXISTS (SELECT 1 FROM propositions p WHERE p.id = c.proposition_id)")" -eq 0
    else
        $SNAPSHOT integrity crash.db
    fi
}

# snapshot NAME: the store $CRASH as tracker shows it (store_snapshot.py).
snapshot() {
    "$TRACKER" --db "$CRASH" articles --format json >"$1.articles.json" 2>>tracker.err &&
        "$TRACKER" --db "$CRASH" query --format jsonl >"$1.claims.jsonl" 2>>tracker.err
}

# consistent: after a kill, $CRASH is intact and holds only whole articles.
consistent() {
    intact && snapshot now && $SNAPSHOT subset now reference && $extra_check
}

# complete: $CRASH holds every article of the reference, once, with its claims.
complete() { snapshot now && $SNAPSHOT equal now reference; }

no_extra_check() { :; }
no_preparation() { :; }

# feed_items_recorded: the feed's count of imported items is its count of stored articles (an item
# is marked imported in the same transaction that stores it).
feed_items_recorded() {
    "$TRACKER" --db "$CRASH" feed list --format json 2>>tracker.err >feeds.json &&
        test "$(python3 -c 'import json; print(json.load(open("feeds.json"))[0]["items"])')" -eq "$($SNAPSHOT count now)"
}

# kill_loop NAME PREPARE RUN...: a clean run of RUN gives the reference; then RUN again and again,
# each time killed with SIGKILL after a random delay within the clean run's duration, the database
# checked after each kill. PREPARE makes a fresh database ready (subscribes the feed); it runs
# again whenever a run completed the batch before its kill, so kills keep landing mid-batch.
kill_loop() {
    local name=$1 prepare=$2
    shift 2
    fresh
    $prepare
    local started_ms
    started_ms=$(date +%s%3N)
    "$@" >/dev/null 2>&1
    local run_ms=$(($(date +%s%3N) - started_ms + 1))
    snapshot reference
    check "$name: the clean run stored the batch" test "$($SNAPSHOT count reference)" -ge 200
    fresh
    $prepare
    local rounds=0 killed=0 mid_batch=0 ends=$((SECONDS + KILL_LOOP_SECONDS))
    while [ $SECONDS -lt $ends ]; do
        # No leak check in the runs to be killed: a kill that lands during LeakSanitizer's check at
        # exit leaves its tracer to print "Unable to get registers from thread". The clean run and
        # the rerun below, the same code, keep the check.
        ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" "$@" >/dev/null 2>>runs.err &
        local pid=$!
        sleep "$(awk -v ms=$((RANDOM * RANDOM % run_ms)) 'BEGIN { printf "%.3f", ms / 1000 }')"
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        local status=$?
        rounds=$((rounds + 1))
        if ! consistent; then
            not_ok "$name: round $rounds: the database is not consistent after a kill"
            return
        fi
        [ "$status" -eq 137 ] && killed=$((killed + 1))
        [ "$status" -eq 137 ] && [ "$($SNAPSHOT count now)" -gt 0 ] && mid_batch=$((mid_batch + 1))
        if [ "$status" -eq 0 ]; then
            fresh
            $prepare
        fi
    done
    ok
    # How many kills find part of the batch stored depends on how many articles one commit holds.
    echo "$name: $rounds rounds, $killed killed before the end, $mid_batch of them with part of the batch stored"
    check "$name: some runs were killed before they ended" test "$killed" -gt 0
    "$@" >/dev/null 2>&1
    check "$name: a rerun completes" test $? -eq 0
    check "$name: every article exactly once, with its claims" complete
}

extra_check=no_extra_check
kill_loop "ingest" no_preparation "$TRACKER" --db "$CRASH" ingest batch
expect_exit 0 "ingest: one more run changes nothing" --db "$CRASH" ingest batch
check "ingest: all unchanged" contains out "0 new, 300 unchanged, 0 replaced, 0 rejected; 0 claims added"

subscribe() { "$TRACKER" --db "$CRASH" feed add feed.xml >/dev/null; }
extra_check=feed_items_recorded
kill_loop "feed update" subscribe "$TRACKER" --db "$CRASH" feed update
expect_exit 0 "feed update: one more run imports nothing" --db "$CRASH" feed update
check "feed update: all unchanged" contains err "$WORK/feed.xml: 0 new, 200 unchanged"
check "feed update: every item recorded once" feed_items_recorded

check "tracker printed no error while the store was checked" test ! -s tracker.err
# Killed runs print nothing but feed update's lines per feed (a sanitizer report would show here).
check "the killed runs printed no error" bash -c "! grep -v '^$WORK/feed.xml: ' runs.err"

finish
