#!/bin/sh
# Runs a test that needs a PostgreSQL server (TRACKER_TEST_PG, set by tests/pg_server.sh run).
# Without one it fails in CI (CI=true), where scripts/test.sh always starts one, so that the
# PostgreSQL backend is never left untested silently; elsewhere it skips (exit 77, ctest's skip)
# with the reason.
if [ -z "${TRACKER_TEST_PG:-}" ]; then
    if [ "${CI:-}" = true ]; then
        echo "no PostgreSQL server for this test: TRACKER_TEST_PG is unset (scripts/test.sh starts one)" >&2
        exit 1
    fi
    echo "skipped: no PostgreSQL server (run it as: tests/pg_server.sh run ctest ...)"
    exit 77
fi
exec "$@"
