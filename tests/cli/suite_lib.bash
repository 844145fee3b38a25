# Shared by the end-to-end suites: each suite is run by ctest as `bash SUITE.sh TRACKER_BINARY`,
# works in a fresh temporary folder, and ends with the line "N passed, N failed".
# With TRACKER_TEST_STORE=postgresql (and TRACKER_TEST_PG, a server's URL whose role may create
# databases: tests/pg_server.sh run), the suite's databases are new databases on that server
# (new_db), dropped at the end; CMakeLists.txt runs the backend-neutral suites so too.
set -u
TRACKER=${1:?usage: suite.sh path/to/tracker}
TRACKER=$(cd "$(dirname "$TRACKER")" && pwd)/$(basename "$TRACKER")
ROOT=${TRACKER_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
FIXTURES=$ROOT/tests/fixtures
WORK=$(mktemp -d)
# The suite's databases on the test server, by their prefix (new_db runs in a subshell).
# shellcheck disable=SC2317  # called by the trap
drop_databases() {
    on_postgresql || return 0
    local db
    for db in $(psql -At "$TRACKER_TEST_PG" -c "SELECT datname FROM pg_database WHERE datname LIKE 'tracker_cli_$$%'"); do
        psql -q "$TRACKER_TEST_PG" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1
    done
}
trap 'drop_databases; rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1
on_postgresql() { [ "${TRACKER_TEST_STORE:-}" = postgresql ]; }

# new_db NAME: the location of a new, empty database: $WORK/NAME.db, or on PostgreSQL a new
# database on the test server (created empty: the tool migrates it, as it does a new file).
new_db() {
    if ! on_postgresql; then
        echo "$WORK/$1.db"
        return
    fi
    local db="tracker_cli_$$_$1"
    psql -q "$TRACKER_TEST_PG" -c "CREATE DATABASE $db" >/dev/null || exit 1
    echo "${TRACKER_TEST_PG%/*}/$db"
}
if on_postgresql; then
    : "${TRACKER_TEST_PG:?TRACKER_TEST_STORE=postgresql needs TRACKER_TEST_PG (tests/pg_server.sh run ...)}"
    TRACKER_DB=$(new_db tracker)
    export TRACKER_DB
else
    export TRACKER_DB=$WORK/tracker.db
fi
unset XDG_DATA_HOME NO_COLOR TRACKER_LEXICONS
export XDG_CONFIG_HOME=$WORK/config  # no user lexicons but a suite's own
passed=0
failed=0

ok() { passed=$((passed + 1)); }
not_ok() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }

# check NAME COMMAND...: the command must succeed.
check() {
    local name=$1
    shift
    if "$@"; then ok; else not_ok "$name"; fi
}

# expect_exit CODE NAME COMMAND...: run tracker with the arguments, expect the exit code.
# Its stdout and stderr are kept in $WORK/out and $WORK/err.
expect_exit() {
    local code=$1 name=$2
    shift 2
    "$TRACKER" "$@" >"$WORK/out" 2>"$WORK/err" </dev/null
    local got=$?
    if [ "$got" -eq "$code" ]; then ok; else
        not_ok "$name: exit $got, expected $code"
        sed 's/^/    /' "$WORK/err" | head -5 >&2
    fi
}

contains() { grep -qF -- "$2" "$1"; }

# json_check FILE PYTHON_EXPR: the expression, with `d` the parsed JSON, must be true.
json_check() {
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1"
}

# start_server PORT_FILE COMMAND...: runs a test HTTP server in the background (its pid in
# $server) and waits up to 5 s for it to write its port to PORT_FILE; fails (a failed check)
# when it does not.
start_server() {
    local port_file=$1
    shift
    "$@" &
    server=$!
    for _ in $(seq 50); do [ -s "$port_file" ] && return 0; sleep 0.1; done
    not_ok "the test HTTP server did not start within 5 s"
    kill "$server" 2>/dev/null
    return 1
}

finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
