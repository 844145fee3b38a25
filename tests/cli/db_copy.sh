# db copy (issue 17): a whole database into an empty one, on the suite's backend and into an
# SQLite file; the copy answers every query as the original does, ids apart, and the count
# check passes. A database that holds articles is refused.
source "$(dirname "$0")/suite_lib.bash" "$@"

# The output of a command on a database, without the ids the copy renumbers.
without_ids() {
    "$TRACKER" --db "$1" "${@:2}" --format json | python3 -c '
import json, sys
drop = {"id", "claims", "article_id", "proposition_id", "ingested_at"}
rows = [{k: v for k, v in r.items() if k not in drop} for r in json.load(sys.stdin)]
print(json.dumps(sorted(rows, key=lambda r: json.dumps(r, sort_keys=True)), indent=1, sort_keys=True))'
}

python3 "$ROOT/tests/cli/news_batch.py" 40 5
expect_exit 0 "ingest the fixtures" ingest "$FIXTURES/articles" "$FIXTURES/xref" batch
expect_exit 0 "subscribe to a feed" feed add feed.xml
expect_exit 0 "update it" feed update

COPY=$(new_db copy)
BACK=$WORK/back.db
expect_exit 0 "db copy into a new database" db copy "$TRACKER_DB" "$COPY"
check "it says what it copied" grep -q "^copied [0-9]* articles, [0-9]* claims, [0-9]* propositions from " "$WORK/err"
check "no password in what it says" bash -c "! grep -q tracker-test-secret '$WORK/err'"
expect_exit 0 "db copy into an SQLite file" db copy "$COPY" "$BACK"
for command in propositions query articles actors sources; do
    without_ids "$TRACKER_DB" $command >"original.$command"
    without_ids "$COPY" $command >"copy.$command"
    without_ids "$BACK" $command >"back.$command"
    check "$command: the copy is the original" cmp -s "original.$command" "copy.$command"
    check "$command: the copy of the copy is the original" cmp -s "original.$command" "back.$command"
done
check "the feed subscriptions are copied" test "$("$TRACKER" --db "$BACK" feed list --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" -eq "$("$TRACKER" feed list --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')"

expect_exit 1 "a database that holds articles is refused" db copy "$TRACKER_DB" "$BACK"
check "it says why" grep -q "not empty; db copy writes into an empty database only" "$WORK/err"
expect_exit 2 "a malformed URL is a usage error" db copy "$TRACKER_DB" "postgresql://ana:s3cret@db/x?sslmode=%zz"
check "its password is hidden" bash -c "grep -q 'postgresql://ana:\*\*\*@db/x?sslmode=%zz: malformed PostgreSQL URL' '$WORK/err' && ! grep -q s3cret '$WORK/err'"

finish
