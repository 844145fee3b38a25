# Bad input: each rejected with one line naming it, the rest of the batch stored, exit 3.
source "$(dirname "$0")/suite_lib.bash" "$@"

mkdir batch
cp "$FIXTURES/articles/t01_anthropic_distillation.txt" batch/a_good.txt
printf 'DeepSeek \xff\xfe obtained chips.\n' > batch/b_latin1.txt
printf '\x00\x01\x02binary' > batch/c_binary.txt
: > batch/d_empty.txt
cp "$FIXTURES/articles/t02_zhipu_glm_access.txt" "batch/e name with spaces.md"

expect_exit 3 "a batch with bad files exits 3" ingest batch
check "invalid UTF-8 named" contains err "b_latin1.txt"
check "binary named" contains err "c_binary.txt"
check "empty named" contains err "d_empty.txt"
check "one line per rejected file" test "$(grep -c '^tracker: ' err)" -eq 3
check "the good files are stored" contains out "2 new, 0 unchanged, 0 replaced, 3 rejected"

expect_exit 3 "a missing path exits 3" ingest does-not-exist.txt
check "missing path named" contains err "does-not-exist.txt"

expect_exit 3 "empty standard input is rejected" ingest - --source "Stdin Wire"
check "empty stdin named as -" contains err "tracker: -: empty file"
printf 'Moonshot AI obtained Nvidia H20 chips through a reseller, people familiar with the matter said.\n' |
    "$TRACKER" ingest - --source "Stdin Wire" --date 2026-02-01 >out 2>err
check "stdin ingest stores a claim" contains out "1 new"
"$TRACKER" query --source "Stdin Wire" --format json >out 2>err
check "stdin article's claim is queryable" json_check out "any(c['actor']=='Moonshot AI' and c['allegation']=='acquired_hardware' for c in d)"

expect_exit 2 "overrides need one input" ingest batch --source X

echo "not a database" > broken.db
expect_exit 1 "a file that is not a database fails" --db broken.db stats
check "the error names the database" contains err "broken.db"

finish
