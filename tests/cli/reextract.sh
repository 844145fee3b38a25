# Lexicon versions: claims record the lexicon that made them; reextract brings them up to date
# from the stored text, without the original files.
source "$(dirname "$0")/suite_lib.bash" "$@"

# An older lexicon: the shipped one less its hedges on "reportedly" (any change gives a new version).
cp -r "$ROOT/data" old-data
grep -v '^reportedly' "$ROOT/data/hedges.tsv" > old-data/hedges.tsv
cp "$FIXTURES/articles/t04_deepseek_blackwell_dispute.txt" article.txt

expect_exit 0 "ingest with the older lexicon" --data-dir old-data ingest article.txt
expect_exit 0 "claims as JSON" --data-dir old-data query --format json
cp out old.json
old_version=$(python3 -c "import json; print(json.load(open('old.json'))[0]['lexicon_version'])")
rm article.txt  # reextract works from the stored text alone

expect_exit 0 "reextract with the shipped lexicon" reextract
check "one article re-extracted" contains out "1 articles re-extracted"
expect_exit 0 "claims after reextract" query --format json
cp out new.json
check "every claim carries the new version" json_check new.json \
    "len(d) > 0 and all(c['lexicon_version'] != '$old_version' for c in d)"
check "the new version is one version" json_check new.json "len({c['lexicon_version'] for c in d}) == 1"

expect_exit 0 "a second reextract has nothing to do" reextract
check "nothing left to re-extract" contains out "0 articles re-extracted"

finish
