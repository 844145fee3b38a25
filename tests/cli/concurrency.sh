# Concurrency (issue 6): `tracker ingest` and `tracker feed update` write while three processes
# query in a loop. No "database is locked" reaches anyone, every command exits 0, and no query
# sees half an article: each article any reader saw has exactly the claims it has at the end.
source "$(dirname "$0")/suite_lib.bash" "$@"

SNAPSHOT="python3 $ROOT/tests/cli/store_snapshot.py"
READERS=3

python3 "$ROOT/tests/cli/news_batch.py" 300 200

# First opens: four processes create one new database at the same moment, ten times over; each
# migration runs once, and every process sees the finished schema.
for round in $(seq 10); do
    pids=()
    fresh=$(new_db "fresh$round")
    for n in 1 2 3 4; do
        "$TRACKER" --db "$fresh" stats >"fresh.$round.$n.out" 2>"fresh.$round.$n.err" &
        pids+=($!)
    done
    for n in 1 2 3 4; do
        wait "${pids[$((n - 1))]}" || not_ok "round $round: process $n creating the database failed: $(head -1 "fresh.$round.$n.err")"
    done
done
check "no first open reported an error" bash -c "! cat fresh.*.err | grep ."

"$TRACKER" feed add feed.xml >/dev/null

# reader N: snapshots of the store (articles, then claims) until the writers are done, at least
# three; every exit code goes to reader.N.codes, every error line to reader.N.err, and the
# number of rounds it has begun to reader.N.round (replaced whole, so that it is never read
# half-written). A reader whose suite has ended (its folder removed) stops too.
reader() {
    local n=$1 round=0
    while [ -d "$WORK" ] && { [ ! -e writers.done ] || [ $round -lt 3 ]; }; do
        round=$((round + 1))
        echo $round >"reader.$n.round.new" && mv -f "reader.$n.round.new" "reader.$n.round"
        "$TRACKER" articles --format json >"r$n.$round.articles.json" 2>>"reader.$n.err"
        echo $? >>"reader.$n.codes"
        "$TRACKER" query --format jsonl >"r$n.$round.claims.jsonl" 2>>"reader.$n.err"
        echo $? >>"reader.$n.codes"
        "$TRACKER" propositions --format json >/dev/null 2>>"reader.$n.err"
        echo $? >>"reader.$n.codes"
    done
}

# Until each reader has taken a whole round of snapshots after this: a round begun after it
# is over when the next one begins.
rounds_begun() {
    local n begun
    for n in $(seq $READERS); do
        begun=$(cat "reader.$n.round" 2>/dev/null) || true
        echo "${begun:-0}"
    done
}
wait_for_new_rounds() {
    local before=($(rounds_begun)) now
    for _ in $(seq 600); do
        now=($(rounds_begun))
        local all=1
        for n in $(seq 0 $((READERS - 1))); do [ "${now[$n]}" -ge $((before[n] + 2)) ] || all=0; done
        [ $all = 1 ] && return
        sleep 0.1
    done
    not_ok "the readers did not take a new round of snapshots in 60 s"
}

# A first slice of the batch is stored before the readers start a round, so that every reader
# takes a snapshot of a store that holds part of the articles, however fast the writers are.
mkdir first
mv batch/a00*.txt first/
readers=()
for n in $(seq $READERS); do
    reader "$n" &
    readers+=($!)
done
"$TRACKER" ingest first >first.out 2>first.err
wait_for_new_rounds
"$TRACKER" ingest batch >ingest.out 2>ingest.err &
ingest=$!
"$TRACKER" feed update >update.out 2>update.err &
update=$!
wait "$ingest"
ingest_status=$?
wait "$update"
update_status=$?
touch writers.done
wait "${readers[@]}"

check "ingest exits 0" test "$ingest_status" -eq 0
check "ingest stored the first slice" contains first.out "10 new, 0 unchanged, 0 replaced, 0 rejected"
check "ingest stored the batch" contains ingest.out "290 new, 0 unchanged, 0 replaced, 0 rejected"
check "feed update exits 0" test "$update_status" -eq 0
check "feed update imported the feed" contains update.err "$WORK/feed.xml: 200 new, 0 unchanged"
check "every query exited 0" bash -c "! cat reader.*.codes | grep -vx 0"
check "no error reached a reader" bash -c "! cat reader.*.err | grep ."
check "no 'locked' or 'busy' anywhere" bash -c "! cat ./*.err | grep -Ei 'locked|busy'"

"$TRACKER" articles --format json >final.articles.json
"$TRACKER" query --format jsonl >final.claims.jsonl
check "the final store holds both batches" test "$($SNAPSHOT count final)" -eq 500
seen_partial=0
whole=0
for articles in r*.articles.json; do
    name=${articles%.articles.json}
    if $SNAPSHOT subset "$name" final; then whole=$((whole + 1)); else not_ok "$name saw half an article"; fi
    count=$($SNAPSHOT count "$name")
    [ "$count" -gt 0 ] && [ "$count" -lt 500 ] && seen_partial=$((seen_partial + 1))
done
echo "$whole snapshots taken by $READERS readers, $seen_partial while the writers were at work"
check "some snapshots were taken while the writers were at work" test "$seen_partial" -gt 0
if on_postgresql; then  # the server checks its own pages and constraints
    check "the claims' articles and propositions exist" test "$(psql -At "$TRACKER_DB" -c \
        "SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id) OR NOT EXISTS (SELECT 1 FROM propositions p WHERE p.id = c.proposition_id)")" -eq 0
else
    check "$SNAPSHOT integrity" $SNAPSHOT integrity tracker.db
fi

finish
