# parse stores nothing; eval scores our own gold.
source "$(dirname "$0")/suite_lib.bash" "$@"

expect_exit 0 "parse as JSON" parse "$FIXTURES/articles/t04_deepseek_blackwell_dispute.txt" --format json
check "parse prints the article and its claims" json_check out \
    "len(d) == 1 and set(d[0]) >= {'title','source','url','date','author','text','claims'} and len(d[0]['claims']) > 0"
check "parse stored nothing" test ! -e "$TRACKER_DB"

expect_exit 0 "eval on our gold reaches precision 0.9, recall 0.85" eval "$FIXTURES/gold.jsonl" "$FIXTURES/articles" --min-precision 0.9 --min-recall 0.85
check "eval prints precision and recall" grep -q '^precision=[0-9.]* recall=[0-9.]*' out
check "eval prints per allegation" contains out "by allegation:"
check "eval prints per polarity" contains out "denied"

finish
