# Open-world actors (issue 15): defendants and firms no lexicon lists are actors, marked as such
# in every format, the same full name the same actor across articles; `actors --new` lists them.
source "$(dirname "$0")/suite_lib.bash" "$@"

mkdir news
cat > news/charges.txt <<'TEXT'
---
title: Two charged over accelerator exports
source: Ridge Post
date: 2026-05-01
---
Federal prosecutors charged Chinese national Tomas Verhoek and his firm Quillon Trading Ltd with smuggling Nvidia H100 chips to China.

Verhoek also acquired 500 Nvidia H200 chips through a broker in Penang, the indictment says.

Customs officers said Verhoek had smuggled cigarettes in 2019.
TEXT
cat > news/echo.txt <<'TEXT'
---
title: Exporter faces charges
source: Harbor Daily
date: 2026-05-03
---
Tomas Verhoek smuggled Nvidia H100 chips to China, according to the Ridge Post.
TEXT
cat > news/denial.txt <<'TEXT'
---
title: Trading firm rejects smuggling claims
source: Lantern Wire
date: 2026-05-06
---
Prosecutors say Quillon Trading Ltd smuggled Nvidia H100 chips to China.

Quillon denied the accusations and said it had followed every export rule.
TEXT

expect_exit 0 "ingest" ingest news
expect_exit 0 "query the defendant" query --actor "Tomas Verhoek" --format json
check "his claims are open-world, a person's" json_check out \
    "d and all(c['open_world'] and c['actor_kind'] == 'person' for c in d)"
check "smuggling and the chips bought through a surname alone" json_check out \
    "{(c['allegation'], c['hardware']) for c in d} >= {('smuggling', 'Nvidia H100'), ('acquired_hardware', 'Nvidia H200'), ('investigation', 'Nvidia H100')}"
check "no claim without a chip (cigarettes)" json_check out \
    "not any('cigarettes' in c['evidence']['text'] for c in d)"

# Two articles repeating one report are one origin, not two.
expect_exit 0 "propositions of the defendant" propositions --actor "Tomas Verhoek" --allegation smuggling --format json
check "one origin for the report and its echo" json_check out \
    "len(d) == 1 and d[0]['articles'] == 2 and d[0]['supporting_origins'] == ['Ridge Post'] and d[0]['status'] == 'single-source'"

# A firm's denial makes its story contradicted.
expect_exit 0 "propositions of the firm" propositions --actor "Quillon Trading Ltd" --allegation smuggling --format json
check "the firm's denial contradicts the reports" json_check out \
    "len(d) == 1 and d[0]['status'] == 'contradicted' and d[0]['denying_origins'] == ['Quillon Trading Ltd']"

# Every format marks them.
expect_exit 0 "query as csv" query --actor "Quillon Trading Ltd" --format csv
check "csv has the open-world column" contains out "open-world"
check "csv shows the kind last" bash -c "grep -q 'Quillon Trading Ltd.*,company.$' '$WORK/out'"
"$TRACKER" query --actor "Tomas Verhoek" --format json >"$WORK/out.json"
id=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[0]['id'])" "$WORK/out.json")
expect_exit 0 "show a claim" show "$id"
check "show says open-world and the kind" contains out "open-world person"

# actors --new: the new names, newest first, with counts, dates and evidence.
expect_exit 0 "actors --new" actors --new --format json
check "both first seen on 2026-05-01: by name" json_check out \
    "[(a['name'], a['kind']) for a in d] == [('Quillon Trading Ltd', 'company'), ('Tomas Verhoek', 'person')]"
check "counts, first and last seen, one evidence sentence" json_check out \
    "d[1]['claims'] >= 3 and d[1]['first_seen'] == '2026-05-01' and d[1]['last_seen'] == '2026-05-03' and 'Verhoek' in d[1]['evidence']"
expect_exit 0 "actors --new --since their first day" actors --new --since 2026-05-01 --format json
check "both first seen that day" json_check out "len(d) == 2"
expect_exit 0 "actors --new --since the day after" actors --new --since 2026-05-02 --format json
check "none first seen since" json_check out "d == []"
expect_exit 2 "a --since that is no date" actors --new --since yesterday
check "names the option" contains err "--since"
expect_exit 0 "actors --new as a table" actors --new --format table
check "table header" contains out "first seen"
expect_exit 0 "plain actors still lists all" actors --format json
check "the lexicon-free names are among all actors" json_check out "any(a['name'] == 'Tomas Verhoek' for a in d)"

finish
