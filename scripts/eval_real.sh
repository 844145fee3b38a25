#!/bin/sh
# The real development set's figures in one run (README, Evaluation): claims scored with
# ../shared/eval-dev/score.py, the cross-article expectations with check_props.py on the whole
# folder in one database and on each half (h*, d*) in a database of its own (an expectation
# belongs to the half that all its articles come from).
# usage: scripts/eval_real.sh [TRACKER]   (default build/tracker)
set -eu
cd "$(dirname "$0")/.."
TRACKER=$(realpath "${1:-build/tracker}")
S=$(realpath ../shared/eval-dev 2>/dev/null || true)
if [ -z "$S" ] || [ ! -d "$S/real" ]; then
    echo "eval_real: no development set at ../shared/eval-dev/real; nothing measured"
    exit 0
fi
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
"$TRACKER" --db "$W/all.db" ingest "$S/real/articles" >/dev/null 2>&1 || true
"$TRACKER" --db "$W/all.db" query --format json >"$W/claims.json"
python3 "$S/score.py" "$S/real/gold.jsonl" "$W/claims.json" --articles "$S/real/articles" | tail -1
"$TRACKER" --db "$W/all.db" propositions --format json >"$W/props.json"
printf 'whole folder: '
python3 "$S/check_props.py" "$S/real/propositions.json" "$W/props.json" | tail -1
for half in h d; do
    "$TRACKER" --db "$W/$half.db" ingest "$S/real/articles/$half"*.txt >/dev/null 2>&1 || true
    "$TRACKER" --db "$W/$half.db" propositions --format json >"$W/$half-props.json"
    python3 - "$S/real/propositions.json" "$half" "$W/$half-expected.json" <<'PY'
import json, sys
expected, half, out = sys.argv[1:]
mine = [e for e in json.load(open(expected))
        if all(a.startswith(half) for a in e["supporting_articles"] + e["denying_articles"])]
json.dump(mine, open(out, "w"))
PY
    printf '%s half: ' "$half"
    python3 "$S/check_props.py" "$W/$half-expected.json" "$W/$half-props.json" | tail -1
done
