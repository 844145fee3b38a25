#!/bin/sh
# Installs the dependencies, builds with AddressSanitizer and UndefinedBehaviorSanitizer and
# warnings as errors, and runs every test (unit tests per stage and the end-to-end suites, those
# of the store against SQLite and against a PostgreSQL server that tests/pg_server.sh starts for
# them and stops), then a short fuzz run of every libFuzzer target (scripts/fuzz.sh: about two
# minutes).
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRACKER_SANITIZE=ON -DTRACKER_WERROR=ON
cmake --build build-test -j"$(nproc)"
tests/pg_server.sh run ctest --test-dir build-test --output-on-failure -j"$(nproc)"
scripts/fuzz.sh
