# Shared by the end-to-end suites: each suite is run by ctest as `bash SUITE.sh TRACKER_BINARY`,
# works in a fresh temporary folder, and ends with the line "N passed, N failed".
set -u
TRACKER=${1:?usage: suite.sh path/to/tracker}
TRACKER=$(cd "$(dirname "$TRACKER")" && pwd)/$(basename "$TRACKER")
ROOT=${TRACKER_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
FIXTURES=$ROOT/tests/fixtures
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1
export TRACKER_DB=$WORK/tracker.db
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
