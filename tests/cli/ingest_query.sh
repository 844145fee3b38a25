# The main path: ingest articles, query the timeline, re-ingest, formats, show, propositions.
source "$(dirname "$0")/suite_lib.bash" "$@"

expect_exit 0 "ingest the fixture articles" ingest "$FIXTURES/articles"
check "summary counts 24 new" contains out "24 new, 0 unchanged"

expect_exit 0 "re-ingest changes nothing" ingest "$FIXTURES/articles"
check "second run: all unchanged" contains out "0 new, 24 unchanged, 0 replaced, 0 rejected; 0 claims added"

expect_exit 0 "query DeepSeek as JSON" query --actor DeepSeek --format json
cp out deepseek.json
check "every claim is about DeepSeek" json_check deepseek.json "len(d) > 0 and all(c['actor'] == 'DeepSeek' for c in d)"
check "claim objects carry the spec's fields" json_check deepseek.json \
    "all(set(c) >= {'id','actor','allegation','hardware','object','claimant','polarity','modality','event_date','reported_date','source','article','evidence','confidence','status','supporting','denying'} for c in d)"
check "evidence offsets point into the article" json_check deepseek.json \
    "all(c['evidence']['end'] > c['evidence']['start'] for c in d)"
check "timeline is oldest first" json_check deepseek.json \
    "[c['event_date'] or c['reported_date'] for c in d] == sorted(c['event_date'] or c['reported_date'] for c in d)"
check "actor filter ignores case" bash -c "'$TRACKER' query --actor deepseek --format json | python3 -c 'import json,sys; sys.exit(0 if len(json.load(sys.stdin)) == $(python3 -c "import json;print(len(json.load(open('deepseek.json'))))") else 1)'"

expect_exit 0 "query as jsonl" query --allegation smuggling --format jsonl
check "jsonl lines parse and match the filter" python3 -c "
import json,sys
lines=[json.loads(l) for l in open('$WORK/out') if l.strip()]
sys.exit(0 if lines and all(c['allegation']=='smuggling' for c in lines) else 1)"

expect_exit 0 "query as csv" query --actor DeepSeek --format csv
check "csv has a header" bash -c "head -1 '$WORK/out' | grep -q '^id,date,actor,claim,polarity'"
expect_exit 0 "query as markdown" query --actor DeepSeek --format markdown
check "markdown table" bash -c "sed -n 2p '$WORK/out' | grep -q '^| --- |'"

expect_exit 0 "family filter" query --hardware "Nvidia Blackwell" --format json
check "a family matches its members" json_check out "len(d) > 0 and all(c['hardware'] in ('Nvidia Blackwell','Nvidia B200','Nvidia B300','Nvidia GB200','Nvidia B30A','Nvidia B100','Nvidia B40') for c in d)"

expect_exit 0 "denied claims" query --format json
check "some claims are denied" json_check out "any(c['polarity'] == 'denied' for c in d)"
id=$(python3 -c "import json; print(json.load(open('$WORK/out'))[0]['id'])")
expect_exit 0 "show a claim" show "$id"
check "show prints the proposition" contains out "proposition"

expect_exit 0 "propositions as JSON" propositions --format json
check "propositions carry the spec's fields" json_check out \
    "len(d) > 0 and all(set(p) >= {'id','actor','allegation','hardware','object','status','supporting','denying','supporting_origins','denying_origins','articles','claims','first_reported','conflicts'} for p in d)"
check "statuses are the spec's" json_check out \
    "all(p['status'] in ('contradicted','corroborated','denied','single-source') for p in d)"

expect_exit 0 "articles" articles --format json
check "24 articles listed" json_check out "len(d) == 24 and all('claims' in a for a in d)"
expect_exit 0 "stats" stats --format json
check "stats counts articles" json_check out "d['articles'] == 24"

# Threads read and extract; one writer stores in input order: any --jobs gives the same database.
expect_exit 0 "claims, for comparison" query --format json
cp out claims-default.json
for jobs in 1 3; do
    db=$(new_db "jobs$jobs")
    expect_exit 0 "ingest with --jobs $jobs" --db "$db" ingest --jobs "$jobs" "$FIXTURES/articles" "$FIXTURES/heldout"
    expect_exit 0 "claims with --jobs $jobs" --db "$db" query --format json
    cp out "claims-jobs$jobs.json"
done
check "--jobs 1 and --jobs 3 store the same claims in the same order" cmp -s claims-jobs1.json claims-jobs3.json
check "both hold the fixtures and the held-out articles" json_check claims-jobs3.json \
    "len(d) > len(json.load(open('claims-default.json')))"
expect_exit 2 "--jobs 0 is a usage error" ingest --jobs 0 "$FIXTURES/articles"

expect_exit 2 "an unknown format is a usage error" query --format yaml
expect_exit 2 "an unknown command is a usage error" frobnicate
expect_exit 2 "a --since that is no date is a usage error" query --since garbage
check "the message names the option and the value" contains err "--since: 'garbage' is not a date"
expect_exit 2 "a day that is not in the calendar is a usage error" propositions --until 2026-02-30
expect_exit 2 "an --date that is no day is a usage error" ingest --date 2026-03 "$FIXTURES/articles/t01_anthropic_distillation.txt"
expect_exit 0 "a month is a filter" query --since 2025-12 --until 2026

finish
