# The shell side of tracker (issue 19): completion scripts for bash, zsh and fish, the man page
# the build writes beside the binary, `cmake --install` into a DESTDIR, and the Debian package
# (when dpkg-deb is there). What every script and page must name is read from `--help`, which
# CLI11 prints from the definitions, so a command or option they miss fails here.
source "$(dirname "$0")/suite_lib.bash" "$@"
BUILD=$(dirname "$TRACKER")

# Every command `tracker --help` lists, and every option of every command's --help.
"$TRACKER" --help >help.txt
commands=$(awk '/^Subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }' help.txt)
check "--help lists the commands" test "$(echo "$commands" | wc -w)" -ge 15
check "--help lists changes and completion" bash -c "grep -qx changes <<<'$commands' && grep -qx completion <<<'$commands'"
check "the build's own command is hidden" bash -c "! grep -qx manpage <<<'$commands'"
subcommands() { "$TRACKER" "$@" --help | awk '/^Subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }'; }
feed_commands=$(subcommands feed)
check "feed has its five commands" test "$(echo "$feed_commands" | wc -w)" -eq 5
options_of() { "$TRACKER" "$@" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u; }

# --- completions -----------------------------------------------------------------------------
for shell in bash zsh fish; do
    expect_exit 0 "completion $shell" completion "$shell"
    cp "$WORK/out" "completion.$shell"
    check "completion $shell is the file the build wrote" bash -c \
        "cmp -s completion.$shell '$BUILD/completions/$(case $shell in bash) echo tracker ;; zsh) echo _tracker ;; fish) echo tracker.fish ;; esac)'"
done
check "the bash script parses (bash -n)" bash -n completion.bash
if command -v zsh >/dev/null; then check "the zsh script parses (zsh -n)" zsh -n completion.zsh; else echo "skipped: zsh -n (no zsh)"; fi
if command -v fish >/dev/null; then check "the fish script parses (fish -n)" fish -n completion.fish; else echo "skipped: fish -n (no fish)"; fi
check "zsh: a #compdef file" grep -qx '#compdef tracker' completion.zsh
for c in $commands; do
    check "bash names $c" grep -q -- "$c" completion.bash
    check "zsh names $c with its description" grep -qE -- "(^|')$c:[a-z]" completion.zsh
    check "fish names $c" grep -q -- "-a '$c' -d" completion.fish
done
for c in $feed_commands; do check "fish names feed $c" grep -q -- "-a '$c' -d" completion.fish; done

# What bash completes, from the script alone: COMP_WORDS as bash would set them.
completes() {
    bash -c 'source ./completion.bash; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _tracker; printf "%s\n" "${COMPREPLY[@]}"' \
        _ "$@" | sort | tr '\n' ' ' | sed 's/ $//'
}
check "bash: the commands" test "$(completes tracker '')" = "$(echo "$commands" | sort | tr '\n' ' ' | sed 's/ $//')"
check "bash: feed's commands" test "$(completes tracker feed '')" = "add list remove show update"
check "bash: allegation ids" test "$(completes tracker query --allegation smu)" = "smuggling"
check "bash: statuses" test "$(completes tracker propositions --status co)" = "contradicted corroborated"
check "bash: the formats of changes" test "$(completes tracker changes --format '')" = "html json jsonl markdown table"
check "bash: the formats of report" test "$(completes tracker report --format '')" = "html markdown"
check "bash: options of query" test "$(completes tracker query --al)" = "--allegation"
check "bash: a global option's value is skipped" test "$(completes tracker --db x.db changes --for)" = "--format"
check "bash: global options after the command" test "$(completes tracker query --qu)" = "--quiet"
check "bash: the shells" test "$(completes tracker completion '')" = "bash fish zsh"
check "fish: the shells" grep -q -- "__fish_seen_subcommand_from completion' -a 'bash zsh fish'" completion.fish
check "fish: formats as a closed set" grep -q -- "__fish_seen_subcommand_from changes' -l format -x -a 'table json jsonl markdown html'" completion.fish

# --- the man page ----------------------------------------------------------------------------
check "the build wrote tracker.1 beside the binary" test -s "$BUILD/tracker.1"
expect_exit 0 "manpage" manpage
check "tracker.1 is what tracker manpage prints" cmp -s "$WORK/out" "$BUILD/tracker.1"
sed 's/\\-/-/g' "$BUILD/tracker.1" >man.txt
check "a man(7) page" grep -q '^\.TH TRACKER 1' man.txt
for c in $commands; do check "the man page has a section for $c" grep -q "^\.SS \"tracker $c\"" man.txt; done
for c in $feed_commands; do check "the man page has a section for feed $c" grep -q "^\.SS \"tracker feed $c\"" man.txt; done
for option in $(options_of); do check "the man page lists $option" grep -q -- "$option" man.txt; done
for c in $commands; do
    for option in $(options_of "$c"); do check "the man page lists $c $option" grep -qF -- "\\fB$option\\fR" man.txt; done
done
for c in $feed_commands; do
    for option in $(options_of feed "$c"); do check "the man page lists feed $c $option" grep -q -- "$option" man.txt; done
done
check "the man page lists the allegation ids" grep -q "export_restriction" man.txt
if command -v groff >/dev/null; then
    groff -man -Tutf8 -ww -z "$BUILD/tracker.1" 2>groff.err
    check "groff renders it without a warning" test ! -s groff.err
fi

# --- install ---------------------------------------------------------------------------------
if command -v cmake >/dev/null && [ -f "$BUILD/cmake_install.cmake" ]; then
    DESTDIR=$WORK/stage cmake --install "$BUILD" --prefix /usr/local >install.log 2>&1
    check "cmake --install into a DESTDIR" test $? -eq 0
    S=$WORK/stage/usr/local
    check "installs the binary" test -x "$S/bin/tracker"
    check "installs the man page" cmp -s "$S/share/man/man1/tracker.1" "$BUILD/tracker.1"
    check "installs the bash completion" cmp -s "$S/share/bash-completion/completions/tracker" completion.bash
    check "installs the zsh completion in site-functions" cmp -s "$S/share/zsh/site-functions/_tracker" completion.zsh
    check "installs the fish completion" cmp -s "$S/share/fish/vendor_completions.d/tracker.fish" completion.fish
    check "the installed binary runs" bash -c "'$S/bin/tracker' --version | grep -q 'tracker 0.1.0'"
    DESTDIR=$WORK/usr-stage cmake --install "$BUILD" --prefix /usr >install.log 2>&1
    check "under /usr, zsh's vendor-completions" test -s "$WORK/usr-stage/usr/share/zsh/vendor-completions/_tracker"
else
    echo "skipped: install (no cmake, or no cmake_install.cmake beside $TRACKER)"
fi

# --- the Debian package ----------------------------------------------------------------------
if command -v dpkg-deb >/dev/null && command -v cpack >/dev/null && [ -f "$BUILD/CPackConfig.cmake" ]; then
    (cd "$BUILD" && cpack -G DEB -B "$WORK/package" >"$WORK/cpack.log" 2>&1)
    check "cpack -G DEB builds a package" test $? -eq 0
    deb=$(ls "$WORK"/package/*.deb 2>/dev/null | head -1)
    check "a .deb" test -n "$deb"
    if [ -n "$deb" ]; then
        dpkg-deb -c "$deb" >contents.txt
        for f in ./usr/bin/tracker ./usr/share/man/man1/tracker.1 ./usr/share/bash-completion/completions/tracker \
            ./usr/share/zsh/vendor-completions/_tracker ./usr/share/fish/vendor_completions.d/tracker.fish; do
            check "the package holds $f" grep -q -- " $f\$" contents.txt
        done
        check "the package is named tracker" test "$(dpkg-deb -f "$deb" Package)" = tracker
        check "the package depends on the libraries it links" bash -c "dpkg-deb -f '$deb' Depends | grep -q libsqlite3"
    fi
else
    echo "skipped: the Debian package (needs dpkg-deb and cpack)"
fi

finish
