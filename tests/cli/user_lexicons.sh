# User lexicons (issue 15): files named as data/'s in ~/.config/tracker/lexicons, $TRACKER_LEXICONS
# or --lexicons add to the built-in lexicons; a bad row fails the command naming file and line.
source "$(dirname "$0")/suite_lib.bash" "$@"

cat > article.txt <<'TEXT'
---
title: A reseller under scrutiny
source: Ridge Post
date: 2026-03-02
---
Harbor Vale Systems bought 3,000 Nvidia H100 chips last year through a broker in Penang.
TEXT

expect_exit 0 "no user lexicons: lexicon check" lexicon check
check "says there are none" contains out "no user lexicon files"
expect_exit 0 "without the user's actor" parse article.txt --format json
check "the unknown firm's claim is open-world" json_check out \
    "[(c['actor'], c['open_world'], c['actor_kind']) for c in d[0]['claims']] == [('Harbor Vale Systems', True, 'company')]"

mkdir -p "$XDG_CONFIG_HOME/tracker/lexicons"
printf 'canonical\tkind\tcountry\taliases\nHarbor Vale Systems\tcompany\tSG\tHarbor Vale\nDeepSeek\tlab\tCN\tDeep Seek Labs\n' \
    > "$XDG_CONFIG_HOME/tracker/lexicons/actors.tsv"
expect_exit 0 "the default folder is read" lexicon check
check "a new actor and an alias of a known one" contains out "actors.tsv: 1 new, aliases added to 1 known"
expect_exit 0 "the user's actor has its claim" parse article.txt --format json
check "Harbor Vale Systems bought H100 chips, a lexicon actor now" json_check out \
    "any(c['actor'] == 'Harbor Vale Systems' and c['allegation'] == 'acquired_hardware' and c['hardware'] == 'Nvidia H100' and not c['open_world'] for c in d[0]['claims'])"
echo "Deep Seek Labs obtained 500 Nvidia H800 chips in May." > alias.txt
expect_exit 0 "an alias added to a known actor" parse alias.txt --format json
check "Deep Seek Labs is DeepSeek" json_check out "any(c['actor'] == 'DeepSeek' for c in d[0]['claims'])"

# The version covers the user's files: reextract brings stored claims up to them.
rm "$XDG_CONFIG_HOME/tracker/lexicons/actors.tsv"
expect_exit 0 "ingest without the user's actor" ingest article.txt
expect_exit 0 "actors --new before adopting it" actors --new --format json
check "the firm is new, a company" json_check out "[(a['name'], a['kind'], a['claims']) for a in d] == [('Harbor Vale Systems', 'company', 1)]"
printf 'canonical\tkind\tcountry\taliases\nHarbor Vale Systems\tcompany\tSG\t-\n' > "$XDG_CONFIG_HOME/tracker/lexicons/actors.tsv"
expect_exit 0 "reextract with it" reextract
check "the article is re-extracted" contains out "1 articles re-extracted"
expect_exit 0 "its claim is stored" query --actor "Harbor Vale Systems" --format json
check "one claim about the new actor, no longer open-world" json_check out "len(d) == 1 and not d[0]['open_world']"
expect_exit 0 "actors --new after adopting it" actors --new --format json
check "an adopted actor is no longer new" json_check out "d == []"

# A malformed row fails the command, naming the file and line; nothing half-loaded.
mkdir bad
printf 'canonical\tkind\tcountry\taliases\nGood Co\tcompany\tUS\t-\nBad Co\tspaceship\tUS\t-\n' > bad/actors.tsv
expect_exit 2 "a bad row is a usage error" --lexicons bad lexicon check
check "names file and line" contains err "bad/actors.tsv:3: unknown kind 'spaceship'"
expect_exit 2 "ingest refuses it too" --lexicons bad ingest article.txt
TRACKER_LEXICONS=bad "$TRACKER" parse article.txt >/dev/null 2>err
check "TRACKER_LEXICONS is read" contains err "bad/actors.tsv:3"
# Reading the database compiles no lexicon: a bad actors.tsv does not stop a query.
expect_exit 0 "query reads only the chip families" --lexicons bad query --format json
expect_exit 2 "a missing folder that was named" --lexicons no-such-folder lexicon check
check "says which folder" contains err "no-such-folder: no such lexicon folder"
mkdir vocabulary
printf 'allegation\tactor_kinds\tneeds\tobject\tself_report\tcontested\tas_modifier\nespionage\tlab\t-\t-\tno\tno\tclaim\n' \
    > vocabulary/allegations.tsv
expect_exit 2 "the allegations cannot be added to" --lexicons vocabulary lexicon check
check "says why" contains err "the allegations are the claim model's"

finish
