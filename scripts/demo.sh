#!/bin/sh
# Installs the dependencies, builds tracker, ingests the sample articles in data/samples into the
# default database ($TRACKER_DB, else ~/.local/share/tracker/tracker.db) and prints DeepSeek's
# claim timeline.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DTRACKER_TESTS=OFF -DTRACKER_SANITIZE=OFF -DTRACKER_WERROR=OFF >/dev/null
cmake --build build -j"$(nproc)"
./build/tracker ingest data/samples
./build/tracker query --actor DeepSeek --format table
