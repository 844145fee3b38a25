# Cross-referencing end to end, from whole articles (tests/fixtures/xref, written for this suite):
# corroboration by two outlets, a denial that makes it contradicted, five articles citing one
# report as one origin, a syndicated copy under another headline counted once, a chip and its
# family in one proposition, and a numeric conflict.
source "$(dirname "$0")/suite_lib.bash" "$@"
X=$FIXTURES/xref

# proposition ACTOR ALLEGATION: the one proposition of the actor and allegation, as JSON in prop.json.
proposition() {
    "$TRACKER" propositions --actor "$1" --allegation "$2" --format json >prop.json 2>"$WORK/err"
    python3 -c "import json,sys; d=json.load(open('prop.json')); sys.exit(0 if len(d) == 1 else 1)" prop.json ||
        { not_ok "one proposition for $1 $2"; return 1; }
    python3 -c "import json; json.dump(json.load(open('prop.json'))[0], open('prop.json', 'w'))"
}

# Two independent outlets, one naming the B200, the other the Blackwell family.
expect_exit 0 "ingest two reports" ingest "$X/x01_harbor_times_moonshot.txt" "$X/x02_ridge_post_moonshot.txt"
proposition "Moonshot AI" smuggling
check "two outlets corroborate" json_check prop.json "d['status'] == 'corroborated'"
check "their origins are the two outlets" json_check prop.json \
    "d['supporting_origins'] == ['Harbor Times', 'Ridge Post']"
check "B200 and Blackwell fall in one proposition, shown as the family" json_check prop.json \
    "d['hardware'] == 'Nvidia Blackwell' and len(d['claims']) == 2"
check "first reported by the earlier article" json_check prop.json \
    "d['first_reported'] == '2026-03-02' and d['first_denied'] is None"

expect_exit 0 "ingest the denial" ingest "$X/x03_valley_ledger_denial.txt"
proposition "Moonshot AI" smuggling
check "the denial makes it contradicted" json_check prop.json \
    "d['status'] == 'contradicted' and d['denying_origins'] == ['Moonshot AI']"
check "first denied on the denial's date" json_check prop.json "d['first_denied'] == '2026-03-05'"
expect_exit 0 "query --status contradicted" query --status contradicted --format json
check "its three claims are listed as contradicted" json_check out \
    "len(d) == 3 and all(c['status'] == 'contradicted' and c['actor'] == 'Moonshot AI' for c in d)"

# Five outlets citing The Information: one origin, five articles.
expect_exit 0 "ingest five echoes" ingest "$X"/x0[4-8]_*.txt
proposition "Zhipu AI" distillation
check "five echoes of one report are one origin" json_check prop.json \
    "d['supporting_origins'] == ['The Information'] and d['status'] == 'single-source' and d['articles'] == 5"

# A syndicated copy under another headline and publisher counts for the original.
expect_exit 0 "ingest an article and its copy" ingest "$X/x09_coastal_wire_baidu.txt" "$X/x10_metro_daily_baidu_copy.txt"
proposition Baidu acquired_hardware
check "the copy counts once" json_check prop.json \
    "d['supporting_origins'] == ['Coastal Wire'] and d['status'] == 'single-source' and d['articles'] == 2"

# Two counts of one thing from one origin: a conflict, not a corroboration.
expect_exit 0 "ingest two tallies" ingest "$X/x11_summit_herald_minimax.txt" "$X/x12_bay_chronicle_minimax.txt"
proposition MiniMax fraudulent_access
check "different counts are a conflict" json_check prop.json \
    "d['conflicts'] == ['24,000 accounts vs 20,000 accounts']"
check "both come from Anthropic" json_check prop.json "d['supporting_origins'] == ['Anthropic']"

# show: the proposition's claims grouped by origin, with dates.
expect_exit 0 "the Moonshot claims" query --actor "Moonshot AI" --format json
id=$(python3 -c "import json; print(json.load(open('$WORK/out'))[0]['id'])")
expect_exit 0 "show a claim" show "$id"
check "show lists each origin" bash -c "grep -q 'Harbor Times' '$WORK/out' && grep -q 'Ridge Post' '$WORK/out' && grep -q 'Moonshot AI' '$WORK/out'"
check "show gives the dates" contains out "2026-03-05"

# --since on propositions: first reported on or after the date.
expect_exit 0 "propositions --since" propositions --since 2026-05-01 --format json
check "--since keeps the later propositions" json_check out \
    "sorted(p['actor'] for p in d) == ['Baidu', 'MiniMax']"

finish
