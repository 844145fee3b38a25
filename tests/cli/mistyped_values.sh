# Mistyped values (issue 19): options that take one of a closed set (allegation ids, statuses,
# formats, shells) refuse another value with exit 2 and the nearest valid one, before anything
# is read; an unknown --actor on a terminal is told which known actors are near, and in a pipe
# it is a filter that matches nothing, silently.
source "$(dirname "$0")/suite_lib.bash" "$@"

expect_exit 0 "ingest" ingest "$FIXTURES/articles"

# refused MESSAGE COMMAND...: exit 2, the message on standard error, nothing
# on standard output.
refused() {
    local message=$1
    shift
    expect_exit 2 "$*" "$@"
    check "$*: says '$message'" contains "$WORK/err" "$message"
    check "$*: prints nothing on standard output" test ! -s "$WORK/out"
}

refused "unknown allegation 'smugling'; did you mean 'smuggling'?" query --allegation smugling
refused "unknown allegation 'distilation'; did you mean 'distillation'?" propositions --allegation distilation
refused "unknown allegation 'Smuggling'; did you mean 'smuggling'?" report --allegation Smuggling --format markdown
refused "unknown allegation 'espionage' (trained_on, acquired_hardware, smuggling," query --allegation espionage
refused "unknown status 'contradicted2'; did you mean 'contradicted'?" query --status contradicted2
refused "unknown status 'single source'; did you mean 'single-source'?" propositions --status "single source"
refused "unknown status 'corobborated'; did you mean 'corroborated'?" query --status corobborated
refused "unknown format 'jsn'; did you mean 'json'?" query --format jsn
refused "unknown format 'tabel'; did you mean 'table'?" articles --format tabel
refused "unknown format 'xml' (table, json, jsonl, csv, markdown)" propositions --format xml
refused "unknown format 'csv' (table, json, jsonl)" parse --format csv "$FIXTURES/articles/t01_anthropic_distillation.txt"
refused "unknown format 'pdf' (html, markdown)" report --format pdf -o x
refused "unknown format 'jsonn'; did you mean 'json'?" stats --format jsonn
refused "unknown format 'yaml' (table, json)" show 1 --format yaml
refused "unknown format 'mardown'; did you mean 'markdown'?" actors --format mardown
refused "unknown format 'csvv'; did you mean 'csv'?" feed list --format csvv
refused "unknown shell 'tcsh' (bash, zsh, fish)" completion tcsh
refused "unknown shell 'bsh'; did you mean 'bash'?" completion bsh

# The valid values still work.
expect_exit 0 "a valid allegation" query --allegation smuggling --format json
check "finds claims" json_check "$WORK/out" "len(d) > 0 and all(c['allegation'] == 'smuggling' for c in d)"
expect_exit 0 "a valid status" propositions --status contradicted --format json
check "finds propositions" json_check "$WORK/out" "len(d) > 0"

# An unknown actor: in a pipe, an empty answer and no word; on a terminal, the near actors.
expect_exit 0 "unknown actor in a pipe" query --actor Deepsek --format json
check "in a pipe: nothing found" json_check "$WORK/out" "d == []"
check "in a pipe: nothing said" test ! -s "$WORK/err"
if script --version >/dev/null 2>&1; then
    script -qec "$TRACKER query --actor Deepsek --format json" /dev/null >terminal.txt 2>&1
    check "on a terminal: the near actor" contains terminal.txt "no known actor 'Deepsek'; near: DeepSeek"
    script -qec "$TRACKER query --actor deepseek --format json" /dev/null >terminal.txt 2>&1
    check "on a terminal: a known actor in any case is no note" bash -c '! grep -q "no known actor" terminal.txt'
    script -qec "$TRACKER --quiet propositions --actor Deepsek --format json" /dev/null >terminal.txt 2>&1
    check "on a terminal with --quiet: nothing said" bash -c '! grep -q "no known actor" terminal.txt'
else
    echo "skipped: the terminal cases need script(1) (util-linux)"
fi

finish
