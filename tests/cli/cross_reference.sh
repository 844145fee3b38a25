# Cross-referencing end to end, from whole articles (tests/fixtures/xref, written for this suite):
# corroboration by two outlets, a denial that makes it contradicted, five articles citing one
# report as one origin, a syndicated copy under another headline counted once, a proposition per
# chip with the family's rolling up its members' claims, and a numeric conflict.
source "$(dirname "$0")/suite_lib.bash" "$@"
X=$FIXTURES/xref

# proposition ACTOR ALLEGATION [HARDWARE]: the one proposition of the actor and allegation (about
# that hardware, exactly, when given), as JSON in prop.json.
proposition() {
    "$TRACKER" propositions --actor "$1" --allegation "$2" --format json >prop.json 2>"$WORK/err"
    python3 -c "import json,sys
d = [p for p in json.load(open('prop.json')) if len(sys.argv) < 2 or p['hardware'] == sys.argv[1]]
json.dump(d[0] if len(d) == 1 else None, open('prop.json', 'w'))
sys.exit(0 if len(d) == 1 else 1)" "${@:3}" || { not_ok "one proposition for $*"; return 1; }
}

# Two independent outlets, one naming the B200, the other the Blackwell family: the family's
# proposition counts both, the B200's only its own.
expect_exit 0 "ingest two reports" ingest "$X/x01_harbor_times_moonshot.txt" "$X/x02_ridge_post_moonshot.txt"
proposition "Moonshot AI" smuggling "Nvidia Blackwell"
check "two outlets corroborate the family" json_check prop.json "d['status'] == 'corroborated'"
check "their origins are the two outlets" json_check prop.json \
    "d['supporting_origins'] == ['Harbor Times', 'Ridge Post']"
check "the family's proposition lists the member's claim with its own" json_check prop.json "len(d['claims']) == 2"
check "first reported by the earlier article" json_check prop.json \
    "d['first_reported'] == '2026-03-02' and d['first_denied'] is None"
proposition "Moonshot AI" smuggling "Nvidia B200"
check "the family's claim does not corroborate the B200" json_check prop.json \
    "d['status'] == 'single-source' and d['supporting_origins'] == ['Harbor Times'] and len(d['claims']) == 1"

expect_exit 0 "ingest the denial" ingest "$X/x03_valley_ledger_denial.txt"
proposition "Moonshot AI" smuggling "Nvidia Blackwell"
check "the denial makes it contradicted" json_check prop.json \
    "d['status'] == 'contradicted' and d['denying_origins'] == ['Moonshot AI']"
check "first denied on the denial's date" json_check prop.json "d['first_denied'] == '2026-03-05'"
expect_exit 0 "query --status contradicted" query --status contradicted --format json
check "the family's two claims are listed as contradicted" json_check out \
    "len(d) == 2 and all(c['status'] == 'contradicted' and c['hardware'] == 'Nvidia Blackwell' for c in d)"
expect_exit 0 "query --hardware 'Nvidia B200'" query --hardware "Nvidia B200" --format json
check "the B200 claim keeps its own proposition's status" json_check out \
    "len(d) == 1 and d[0]['status'] == 'single-source' and d[0]['supporting'] == 1"

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

# show: the proposition's claims grouped by origin, with dates; the family's, its member's too.
expect_exit 0 "the Moonshot claims" query --actor "Moonshot AI" --hardware "Nvidia Blackwell" --format json
id=$(python3 -c "import json; print([c for c in json.load(open('$WORK/out')) if c['hardware'] == 'Nvidia Blackwell'][0]['id'])")
expect_exit 0 "show a claim" show "$id"
check "show lists each origin" bash -c "grep -q 'Harbor Times' '$WORK/out' && grep -q 'Ridge Post' '$WORK/out' && grep -q 'Moonshot AI' '$WORK/out'"
check "show gives the dates" contains out "2026-03-05"
check "show counts what it lists" contains out "(2 supporting, 1 denying origins"

# --since on propositions: first reported on or after the date.
expect_exit 0 "propositions --since" propositions --since 2026-05-01 --format json
check "--since keeps the later propositions" json_check out \
    "sorted(p['actor'] for p in d) == ['Baidu', 'MiniMax']"

# Chips of one family: H200 approved, H20 restricted, each its own proposition; DeepSeek's H100
# purchase and its Hopper stock, the family's proposition counting the H100 claim too.
cp "$X/x17_kestrel_weekly_h100.txt" "$WORK/kestrel.txt"
expect_exit 0 "ingest a family's chips" ingest "$X"/x1[3-6]_*.txt "$WORK/kestrel.txt"
proposition "US government" export_approval "Nvidia H200"
check "two outlets corroborate the H200 approval" json_check prop.json \
    "d['status'] == 'corroborated' and d['supporting_origins'] == ['Tidewater Gazette', 'Orchard Business Review']"
proposition "US government" export_restriction "Nvidia H20"
check "the H20 restriction is a proposition of its own" json_check prop.json \
    "d['status'] == 'single-source' and d['supporting_origins'] == ['Quarry Times']"
proposition DeepSeek acquired_hardware "Nvidia H100"
check "the H100 purchase rests on one source" json_check prop.json \
    "d['status'] == 'single-source' and d['supporting_origins'] == ['Kestrel Weekly']"
proposition DeepSeek acquired_hardware "Nvidia Hopper"
check "the Hopper stock is corroborated by the H100 report" json_check prop.json \
    "d['status'] == 'corroborated' and d['supporting_origins'] == ['Northgate Digest', 'Kestrel Weekly'] and d['articles'] == 2"
expect_exit 0 "propositions --hardware 'Nvidia Hopper'" propositions --hardware "Nvidia Hopper" --format json
check "a family finds its own and its members' propositions" json_check out \
    "sorted(p['hardware'] for p in d if p['actor'] != 'Baidu') == ['Nvidia H100', 'Nvidia H20', 'Nvidia H200', 'Nvidia Hopper']"

# --status agrees with the status printed, in every format and for claims too.
for status in corroborated contradicted denied single-source; do
    expect_exit 0 "propositions --status $status" propositions --status "$status" --format json
    check "propositions --status $status prints only $status" json_check out "all(p['status'] == '$status' for p in d)"
    n=$(python3 -c "import json; print(len(json.load(open('$WORK/out'))))")
    expect_exit 0 "propositions --status $status as a table" propositions --status "$status" --format csv
    check "the CSV lists as many, each $status" bash -c \
        "[ \$(tail -n +2 '$WORK/out' | grep -c ',$status,') -eq $n ] && [ \$(tail -n +2 '$WORK/out' | wc -l) -eq $n ]"
    expect_exit 0 "query --status $status" query --status "$status" --format json
    check "query --status $status prints only $status claims" json_check out "all(c['status'] == '$status' for c in d)"
done
expect_exit 0 "every proposition" propositions --format json
python3 -c "import collections, json; json.dump(collections.Counter(p['status'] for p in json.load(open('out'))), open('by_status.json', 'w'))"
expect_exit 0 "stats" stats --format json
check "stats counts the propositions per status as they are printed" json_check out \
    "d['propositions_by_status'] == json.load(open('by_status.json'))"

# The H100 article corrected to name no company: the H100 proposition goes, the Hopper one falls
# back to its own claim.
cp "$X/x18_kestrel_weekly_h100_corrected.txt" "$WORK/kestrel.txt"
expect_exit 0 "ingest the correction" ingest "$WORK/kestrel.txt"
check "the correction replaced the article" contains out "1 replaced"
expect_exit 0 "DeepSeek's propositions" propositions --actor DeepSeek --allegation acquired_hardware --format json
check "the H100 proposition is gone" json_check out "[p['hardware'] for p in d] == ['Nvidia Hopper']"
check "the Hopper stock is single-source again" json_check out \
    "d[0]['status'] == 'single-source' and d[0]['supporting_origins'] == ['Northgate Digest'] and d[0]['articles'] == 1"

finish
