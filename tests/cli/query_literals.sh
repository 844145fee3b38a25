# Filter values are data, never code (issue 6): quotes, %, _, FTS5 syntax and SQL fragments given
# to --actor, --text, --source and the other filters match literally (usually nothing) with exit 0,
# and never reach the user as an SQL or FTS error. The store is unchanged afterwards.
source "$(dirname "$0")/suite_lib.bash" "$@"

expect_exit 0 "ingest the fixtures" ingest "$FIXTURES/articles"
expect_exit 0 "all claims" query --format json
cp out all.json
expect_exit 0 "stats before" stats
cp out stats.before

# count_of FILE: the number of records in a JSON array.
count_of() { python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$1"; }
total=$(count_of all.json)
check "the fixtures give claims to query" test "$total" -gt 20

# literal COMMAND FILTER VALUE EXPECTED: `tracker COMMAND FILTER VALUE --format json` exits 0,
# prints nothing on standard error, and finds EXPECTED records ("none", "some" or a number).
literal() {
    local command=$1 filter=$2 value=$3 expected=$4
    local name="$command $filter '$value'"
    expect_exit 0 "$name" "$command" "$filter" "$value" --format json
    if [ -s "$WORK/err" ]; then
        not_ok "$name: printed an error: $(head -1 "$WORK/err")"
        return
    fi
    local found
    found=$(count_of "$WORK/out") || { not_ok "$name: output is not JSON"; return; }
    case $expected in
        none) check "$name finds nothing" test "$found" -eq 0 ;;
        some) check "$name finds something" test "$found" -gt 0 ;;
        *) check "$name finds $expected" test "$found" -eq "$expected" ;;
    esac
}

# The plain values first, so the literal ones below are known to be able to match.
literal query --actor DeepSeek some
literal query --actor deepseek some
literal query --text smuggled some
literal query --text "smuggled chips" some

# SQL LIKE wildcards match themselves only.
for value in "%" "_" "Deep%" "_eepSeek" "D%k" "\\%"; do
    literal query --actor "$value" none
    literal query --source "$value" none
done
for filter in --claimant --hardware; do literal query "$filter" "%" none; done
# Statuses and allegations are closed sets: another value is refused (issue 19).
for filter in --status --allegation; do expect_exit 2 "query $filter %" query "$filter" "%"; done

# SQL fragments are values like any other.
for value in "DeepSeek' OR '1'='1" "DeepSeek\" OR \"1\"=\"1" "x'; DROP TABLE claims; --" "1 OR 1=1" \
    "') UNION SELECT * FROM articles --" "'" "\"" ";" "/*" "\\"; do
    literal query --actor "$value" none
done
for value in "x' OR '1'='1" "x'; DROP TABLE articles; --"; do
    literal query --source "$value" none
    literal articles --source "$value" none
    literal propositions --actor "$value" none
done
# A date filter with SQL in it is refused as no date (exit 2), before any query runs.
for filter in --since --until; do
    expect_exit 2 "query $filter with an injected OR is a usage error" query "$filter" "2999-01-01' OR '1'='1"
    check "query $filter names the value" contains err "is not a date"
done

# FTS5 syntax in --text is taken as words to find, all of them, literally.
literal query --text "DeepSeek OR zzqxj" none  # as FTS5, OR would find every DeepSeek claim
literal query --text "smuggled NOT DeepSeek" none
literal query --text "smuggl*" none             # no prefix search
literal query --text "evidence:smuggled" none   # no column filter
literal query --text "NEAR(DeepSeek smuggled)" none
"$TRACKER" query --text DeepSeek --format json >deepseek.json
literal query --text "^DeepSeek" "$(count_of deepseek.json)"  # no initial-token match: the word
# Lone operators and quotes are not syntax errors.
for value in '"' '""' "'" "*" "(" ")" ":" "+" "-" "{a b}" "AND" "OR" "NOT" "NEAR" "\"smuggled" \
    "a\"b" "%" "\\" "'; DROP TABLE claims_fts; --" "$(printf 'smuggled\tchips')"; do
    expect_exit 0 "query --text '$value'" query --text "$value" --format json
    check "query --text '$value' prints no error" test ! -s "$WORK/err"
    check "query --text '$value' prints JSON" count_of "$WORK/out" >/dev/null
done
for value in '"' "smuggl*" "NEAR(a b)" "x' OR '1'='1"; do
    literal articles --text "$value" none
done

# Nothing was changed by any of it.
expect_exit 0 "all claims after" query --format json
check "the same claims after every query" cmp -s all.json out
expect_exit 0 "stats after" stats
# (A PostgreSQL server's size moves with its own housekeeping, autovacuum and statistics.)
check "the same counts after every query" cmp -s <(grep -Ev '^(last import|size)' stats.before) <(grep -Ev '^(last import|size)' out)

finish
