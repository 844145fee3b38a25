#!/usr/bin/env bash
# bench/read_commands.sh TRACKER DB...: the read commands of issue 18 as whole processes, beside
# `tracker --version` (a process that starts, parses its arguments and stops), on each database.
#
# For each DB it prints the database's size (`stats`), then the median wall-clock milliseconds of
# 11 runs of: --version, query --actor DeepSeek --limit 20, query --text smuggled --limit 20,
# propositions --status contradicted --limit 20, stats; and each one's ratio to --version (issue
# 18's target: query and stats within 1.5x of --version; stats under 100 ms at 1M articles).
# The databases are any tracker databases: bench/run.sh builds 4k (corpus-40mb), 100k and 1M ones.
# No figure is asserted: this measures, it does not test.
set -euo pipefail
TRACKER=${1:?usage: read_commands.sh TRACKER DB...}
shift
RUNS=11

median_ms() {
    local times=()
    for _ in $(seq "$RUNS"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        times+=($(((end - start) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p" | awk '{printf "%.1f", $1 / 1000}'
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for db in "$@"; do
    articles=$("$TRACKER" --db "$db" stats --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["articles"], "articles,", d["claims"], "claims")')
    echo "== $db ($articles)"
    base=$(median_ms "$TRACKER" --version)
    printf '%-48s %8s ms\n' "--version" "$base"
    while IFS= read -r command; do
        # shellcheck disable=SC2086
        ms=$(median_ms "$TRACKER" --db "$db" $command --format json)
        printf '%-48s %8s ms  %5sx\n' "$command" "$ms" "$(echo "scale=2; $ms / $base" | bc)"
    done <<'COMMANDS'
query --actor DeepSeek --limit 20
query --text smuggled --limit 20
propositions --status contradicted --limit 20
stats
COMMANDS
done
