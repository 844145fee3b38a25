#!/bin/sh
# Fuzzing (issue 6): builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in build-fuzz, replays every input that once broke a target
# (tests/fuzz/regressions/TARGET/), then fuzzes each target for FUZZ_SECONDS seconds (default 20)
# from its seed corpus (tests/fuzz/corpus/TARGET/). Fails on a crash, a sanitizer report, a leak or
# an input that takes over 10 s; the input is kept in build-fuzz/artifacts/: add it to
# tests/fuzz/regressions/TARGET/ with the fix. New corpus entries stay in build-fuzz/corpus/.
#
#   scripts/fuzz.sh                        every target, 20 s each
#   FUZZ_SECONDS=600 scripts/fuzz.sh fuzz_html_text    one target, longer
set -eu
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-20}
targets=${*:-fuzz_front_matter fuzz_article_metadata fuzz_html_text fuzz_feed_parser fuzz_robots_txt fuzz_extractor}
build=build-fuzz
sanitizers="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"

CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRACKER_FUZZ=ON -DTRACKER_TESTS=OFF \
    -DTRACKER_BENCH=OFF -DTRACKER_SANITIZE=OFF -DCMAKE_CXX_FLAGS="$sanitizers" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzzers

mkdir -p "$build/artifacts"
for target in $targets; do
    binary=$build/tests/fuzz/$target
    log=$build/$target.log
    case $target in
        fuzz_html_text) dictionary=-dict=tests/fuzz/html.dict ;;
        fuzz_feed_parser) dictionary=-dict=tests/fuzz/feed.dict ;;
        *) dictionary= ;;
    esac
    if ls "tests/fuzz/regressions/$target/"* >/dev/null 2>&1; then
        if ! "$binary" "tests/fuzz/regressions/$target/"* >"$log" 2>&1; then
            tail -40 "$log"
            echo "fuzz: $target: a regression input fails again (log: $log)" >&2
            exit 1
        fi
    fi
    mkdir -p "$build/corpus/$target"
    # shellcheck disable=SC2086
    if ! "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$target-" $dictionary "$build/corpus/$target" \
        "tests/fuzz/corpus/$target" >"$log" 2>&1; then
        tail -40 "$log"
        echo "fuzz: $target failed; the input is in $build/artifacts/ (log: $log)" >&2
        exit 1
    fi
    echo "fuzz: $target: $(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}') runs in ${seconds} s, no failure"
done
