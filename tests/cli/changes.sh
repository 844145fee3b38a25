# `tracker changes --since` (issue 19): the history of propositions end to end, from articles
# written for this suite (tests/fixtures/changes). Two outlets report that MiniMax smuggled H800
# chips; a denial is ingested later. Changes since a time between the two list what the denial
# changed (a denying origin, corroborated -> contradicted) with the denial's article, and
# nothing from before.
source "$(dirname "$0")/suite_lib.bash" "$@"
C=$FIXTURES/changes

expect_exit 0 "ingest two reports" ingest "$C/c01_eastgate_gazette_minimax.txt" "$C/c02_orchard_review_minimax.txt"
expect_exit 0 "the proposition" propositions --actor MiniMax --allegation smuggling --format json
check "two outlets corroborate" json_check out "len(d) == 1 and d[0]['status'] == 'corroborated'"
expect_exit 0 "changes since a day ago" changes --since 1d --format json
check "the first batch made the smuggling proposition, corroborated" json_check out \
    "[(c['change'], c['from'], c['to']) for c in d if c['allegation'] == 'smuggling'] == [('new', None, 'corroborated')]"
check "a batch records only new propositions" json_check out "d and all(c['change'] == 'new' and c['actor'] == 'MiniMax' for c in d)"

# A time strictly after the first ingest's second, and at or before the denial's.
sleep 1.1
between=$(date -u +%Y-%m-%dT%H:%M:%SZ)
expect_exit 0 "ingest the denial" ingest "$C/c03_fjord_bulletin_denial.txt"

expect_exit 0 "changes since the time between" changes --since "$between" --format json
cp out since.json
check "the denial and the status it changed, nothing before" json_check since.json \
    "[(c['change'], c['from'], c['to']) for c in d] == [('denial', None, 'MiniMax'), ('status', 'corroborated', 'contradicted')]"
check "caused by the denial's article" json_check since.json \
    "all(c['article']['title'] == 'MiniMax says its servers came through approved channels' and
         c['article']['source'] == 'Fjord Bulletin' and c['article']['path'].endswith('c03_fjord_bulletin_denial.txt')
         and c['article']['url'] is None for c in d)"
check "each change names its proposition" json_check since.json \
    "all(c['actor'] == 'MiniMax' and c['allegation'] == 'smuggling' and c['hardware'] == 'Nvidia H800'
         and c['object'] is None and isinstance(c['proposition'], int) for c in d)"
check "times are UTC, to the second, not before --since" json_check since.json \
    "all(len(c['at']) == 20 and c['at'].endswith('Z') and c['at'] >= '$between' for c in d)"

expect_exit 0 "changes since a day ago, after the denial" changes --since 24h --format json
cp out day.json
check "oldest first: new, then the denial's two" json_check day.json \
    "[c['change'] for c in d if c['allegation'] == 'smuggling'] == ['new', 'denial', 'status'] and d[-2:] == json.load(open('since.json'))"
expect_exit 0 "changes since a date" changes --since 2000-01-01 --format json
check "a date is its midnight UTC" json_check out "d == json.load(open('day.json'))"
tomorrow=$(date -u -d tomorrow +%Y-%m-%d)
expect_exit 0 "changes since tomorrow" changes --since "$tomorrow" --format json
check "nothing changed tomorrow" json_check out "d == []"

# Storing nothing new, and re-extracting what is stored, change nothing.
expect_exit 0 "ingest the same articles again" ingest "$C"
expect_exit 0 "reextract everything" reextract --all
expect_exit 0 "changes after reextract" changes --since "$between" --format json
check "reextracting the same claims records no change" json_check out "len(d) == 2"

# The other formats say the same.
expect_exit 0 "jsonl" changes --since "$between" --format jsonl
check "jsonl: one object a line" test "$(wc -l <"$WORK/out")" -eq 2
check "jsonl: the status line" contains "$WORK/out" '"from":"corroborated"'
expect_exit 0 "table" changes --since "$between" --format table
check "table: the status change in words" contains "$WORK/out" "corroborated -> contradicted"
check "table: the denier" contains "$WORK/out" "denied by MiniMax"
expect_exit 0 "markdown" changes --since "$between" --format markdown
check "markdown: a table" grep -q '^| at ' "$WORK/out"
check "markdown: the article" contains "$WORK/out" "Fjord Bulletin"
expect_exit 0 "html to a file" changes --since "$between" --format html -o brief.html
check "html: self-contained, with the report's policy" contains brief.html "default-src 'none'"
check "html: the status marks of the report" contains brief.html '<i class="st s-contradicted">contradicted</i>'
check "html: the article" contains brief.html "MiniMax says its servers came through approved channels"
check "html: no script" bash -c '! grep -qi "<script" brief.html'
expect_exit 0 "html to standard output" changes --since "$between" --format html
check "html: a page" grep -q '^<!DOCTYPE html>' "$WORK/out"

# Usage errors.
expect_exit 2 "--since is required" changes
expect_exit 2 "--since yesterday is no time" changes --since yesterday
check "the error names the forms" contains "$WORK/err" "a duration such as 24h or 7d"
expect_exit 2 "a time with an offset" changes --since 2026-04-09T10:00:00+02:00
expect_exit 2 "a mistyped format" changes --since 1d --format htlm
check "the nearest format" contains "$WORK/err" "unknown format 'htlm'; did you mean 'html'?"
expect_exit 2 "-o is for html" changes --since 1d --format json -o x.json

finish
