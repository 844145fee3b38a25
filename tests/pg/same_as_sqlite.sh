#!/bin/bash
# The real development articles (../shared/eval-dev/real/articles) ingested into PostgreSQL give
# the claims and proposition statuses they give in SQLite, and two ingests of its halves (files
# h* and d*) run at once into PostgreSQL give the propositions one after the other gives
# (issue 17). Ids are left out of the comparison: they depend on the order of the writes; so
# does the order of a proposition's origins reported on the same day (the earlier article
# first), which the halves' comparison sorts.
#
#   TRACKER_TEST_PG=postgresql://... tests/pg/same_as_sqlite.sh path/to/tracker [ARTICLES]
#
# TRACKER_TEST_PG names a database whose role may create databases (tests/pg_server.sh run
# gives one). Without ../shared (the articles are not in this repository) it says so and passes.
set -u
TRACKER=${1:?usage: same_as_sqlite.sh path/to/tracker [ARTICLES]}
ROOT=${TRACKER_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
ARTICLES=${2:-$ROOT/../shared/eval-dev/real/articles}
if [ ! -d "$ARTICLES" ]; then
    echo "same_as_sqlite: $ARTICLES not found (../shared is not here): nothing compared"
    exit 0
fi
: "${TRACKER_TEST_PG:?set TRACKER_TEST_PG (tests/pg_server.sh run ...)}"
WORK=$(mktemp -d)
NAME=tracker_real_$$
trap 'rm -rf "$WORK"; for db in ${NAME}_a ${NAME}_b; do psql -q "$TRACKER_TEST_PG" -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; done' EXIT
failed=0
fail() { echo "FAIL: $*" >&2; failed=1; }

for db in ${NAME}_a ${NAME}_b; do psql -q "$TRACKER_TEST_PG" -c "CREATE DATABASE $db" >/dev/null || exit 1; done
BASE=${TRACKER_TEST_PG%/*}
PG_ALL=$BASE/${NAME}_a
PG_HALVES=$BASE/${NAME}_b

# The propositions and claims as JSON without ids, sorted; `normalized propositions-any-order`
# sorts each proposition's origins too.
normalized() {
    python3 - "$1" "$2" <<'PY'
import json, sys
kind, path = sys.argv[1], sys.argv[2]
rows = json.load(open(path))
any_order = kind.endswith("-any-order")
kind = kind.replace("-any-order", "")
drop = {"propositions": ("id", "claims"), "claims": ("id", "article_id", "proposition_id")}[kind]
out = []
for row in rows:
    row = {k: v for k, v in row.items() if k not in drop}
    if any_order:
        for key in ("supporting_origins", "denying_origins"):
            row[key] = sorted(row.get(key, []))
    out.append(row)
print(json.dumps(sorted(out, key=lambda r: json.dumps(r, sort_keys=True)), indent=1, sort_keys=True))
PY
}

"$TRACKER" --db "$WORK/all.db" --quiet ingest "$ARTICLES" >/dev/null
"$TRACKER" --db "$PG_ALL" --quiet ingest "$ARTICLES" >/dev/null || fail "ingest into PostgreSQL"
for kind in propositions claims; do
    command=$kind
    [ "$kind" = claims ] && command=query
    "$TRACKER" --db "$WORK/all.db" $command --format json >"$WORK/sqlite.$kind.json"
    "$TRACKER" --db "$PG_ALL" $command --format json >"$WORK/pg.$kind.json"
    normalized $kind "$WORK/sqlite.$kind.json" >"$WORK/sqlite.$kind"
    normalized $kind "$WORK/pg.$kind.json" >"$WORK/pg.$kind"
    if diff -u "$WORK/sqlite.$kind" "$WORK/pg.$kind" >"$WORK/$kind.diff"; then
        echo "ok: the same $kind in SQLite and PostgreSQL ($(grep -c "^ {" "$WORK/pg.$kind") of them)"
    else
        fail "the $kind differ between SQLite and PostgreSQL:"
        head -40 "$WORK/$kind.diff" >&2
    fi
done

# The halves at once, against one after the other (the SQLite database above, which took them
# in file order: d* then h*).
"$TRACKER" --db "$PG_HALVES" stats >/dev/null  # created and migrated before the race
"$TRACKER" --db "$PG_HALVES" --quiet ingest "$ARTICLES"/h* >/dev/null &
first=$!
"$TRACKER" --db "$PG_HALVES" --quiet ingest "$ARTICLES"/d* >/dev/null || fail "ingest of d* at once"
wait $first || fail "ingest of h* at once"
"$TRACKER" --db "$PG_HALVES" propositions --format json >"$WORK/halves.json"
normalized propositions-any-order "$WORK/halves.json" >"$WORK/halves"
normalized propositions-any-order "$WORK/sqlite.propositions.json" >"$WORK/sqlite.any-order"
if diff -u "$WORK/sqlite.any-order" "$WORK/halves" >"$WORK/halves.diff"; then
    echo "ok: the halves ingested at once give the propositions of one ingest after the other"
else
    fail "the halves ingested at once give other propositions:"
    head -40 "$WORK/halves.diff" >&2
fi
exit $failed
