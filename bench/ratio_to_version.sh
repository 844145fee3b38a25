#!/usr/bin/env bash
# bench/ratio_to_version.sh TRACKER DB RUNS ARGS...: one read command against `tracker --version`
# as whole processes, on a machine whose load drifts: RUNS iterations of `TRACKER --version` then
# `TRACKER --db DB ARGS --format json`, back to back; prints the median milliseconds of each and
# the median of the RUNS ratios (issue 18 asks 1.5x at most). Measures, asserts nothing.
# Example: bench/ratio_to_version.sh build/tracker DB 21 query --text smuggled --limit 20
set -euo pipefail
TRACKER=${1:?usage: ratio_to_version.sh TRACKER DB RUNS ARGS...}
DB=${2:?usage: ratio_to_version.sh TRACKER DB RUNS ARGS...}
RUNS=${3:?usage: ratio_to_version.sh TRACKER DB RUNS ARGS...}
shift 3

micros() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$(((RUNS + 1) / 2))p"; }

versions=(); queries=(); ratios=()
for _ in $(seq "$RUNS"); do
    v=$(micros "$TRACKER" --version)
    q=$(micros "$TRACKER" --db "$DB" "$@" --format json)
    versions+=("$v"); queries+=("$q"); ratios+=("$(echo "scale=3; $q / $v" | bc)")
done
printf '%s: --version %.1f ms, query %.1f ms, median ratio %s (load %s)\n' "$*" \
    "$(echo "$(median "${versions[@]}") / 1000" | bc -l)" "$(echo "$(median "${queries[@]}") / 1000" | bc -l)" \
    "$(median "${ratios[@]}")" "$(cut -d' ' -f1 /proc/loadavg)"
