#!/bin/sh
# A throwaway PostgreSQL server for the tests (issue 17): Debian's postgresql package, a cluster
# made by initdb in a temporary folder, listening on a free port of 127.0.0.1 only.
#
#   tests/pg_server.sh run COMMAND...   start a server, run COMMAND with TRACKER_TEST_PG set,
#                                       stop the server (also when COMMAND fails or is killed);
#                                       exits with COMMAND's code
#   tests/pg_server.sh start FOLDER     start one in FOLDER (empty or missing); prints the URL
#   tests/pg_server.sh stop FOLDER      stop it
#
# TRACKER_TEST_PG is postgresql://tracker:PASSWORD@127.0.0.1:PORT/tracker_test: a superuser
# with a password (connections over TCP need it, so the tests see a password in the URL, which
# nothing may print), allowed to create the databases the tests make for themselves. As root
# (CI), the server runs as the `postgres` user, which the package creates; otherwise as you.
# fsync is off: the server's durability is not what the tests test (PG_SERVER_DURABLE=1 keeps
# PostgreSQL's defaults, for bench/pg.sh).
set -eu

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
PASSWORD=tracker-test-secret

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    folder=$1
    if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
        echo "pg_server: no PostgreSQL server installed (scripts/install-deps.sh installs it)" >&2
        return 1
    fi
    mkdir -p "$folder"
    [ "$(id -u)" -eq 0 ] && chown postgres "$folder"
    as_owner "$PG_BIN/initdb" -D "$folder/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 ||
        { echo "pg_server: initdb failed:" >&2; cat "$folder/initdb.log" >&2; return 1; }
    port=$(free_port)
    fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${PG_SERVER_DURABLE:-0}" = 1 ] && fast=""
    as_owner "$PG_BIN/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
        -o "-p $port -k $folder -c listen_addresses=127.0.0.1 $fast -c max_connections=200" \
        start >/dev/null ||
        { echo "pg_server: the server did not start:" >&2; tail -5 "$folder/server.log" >&2; return 1; }
    as_owner "$PG_BIN/psql" -h "$folder" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE tracker LOGIN SUPERUSER PASSWORD '$PASSWORD'" -c "CREATE DATABASE tracker_test OWNER tracker" \
        >/dev/null
    echo "postgresql://tracker:$PASSWORD@127.0.0.1:$port/tracker_test"
}

stop() {
    [ -d "$1/data" ] && as_owner "$PG_BIN/pg_ctl" -D "$1/data" -m immediate -w stop >/dev/null 2>&1 || true
}

case ${1:-} in
start) start "${2:?usage: pg_server.sh start FOLDER}" ;;
stop) stop "${2:?usage: pg_server.sh stop FOLDER}" ;;
run)
    shift
    folder=$(mktemp -d /tmp/tracker-pg.XXXXXX)
    trap 'stop "$folder"; rm -rf "$folder"' EXIT
    trap 'exit 130' INT TERM
    TRACKER_TEST_PG=$(start "$folder")
    export TRACKER_TEST_PG
    set +e
    "$@"
    code=$?
    exit $code
    ;;
*)
    echo "usage: pg_server.sh run COMMAND... | start FOLDER | stop FOLDER" >&2
    exit 2
    ;;
esac
