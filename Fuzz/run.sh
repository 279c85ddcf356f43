#!/usr/bin/env bash
# Builds every fuzz target with libFuzzer and AddressSanitizer and runs each in turn.
#
# Usage: bash Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     (default 30 s, all targets)
#
# Seeds come from the repository (Examples/, the test fixtures, Tests/Regressions); each
# target's corpus grows in Fuzz/.corpus/TARGET (not in git) and persists between runs. A
# crash, trap, sanitizer report, leak, timeout (-timeout=20 s) or out-of-memory (2 GB) stops
# that target, leaves its reproducer in Fuzz/.artifacts/ and makes this script exit non-zero.
# Prints one line per target: executions per second, corpus size, findings.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-30}
shift || true
all=(fuzz-graphml fuzz-gexf fuzz-json fuzz-dot fuzz-extract fuzz-lexicon fuzz-html fuzz-jsonl-corpus fuzz-validate)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
root=..
build=${NEWSGRAPH_FUZZ_SCRATCH:-.build}
# Both sanitizers in ONE flag: `swift build --sanitize fuzzer --sanitize address` passes
# `-sanitize=fuzzer -sanitize=address` to the compiler, and swiftc keeps only the last of
# two -sanitize= flags (in the order of SwiftPM's unordered set), so each build had either
# coverage or AddressSanitizer, never both. The check below refuses a build without both.
flags=(-c release --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address --scratch-path "$build")
swift build "${flags[@]}" >&2
bin=$(swift build "${flags[@]}" --show-bin-path)
for target in "${targets[@]}"; do
    # (Outputs captured first: `cmd | grep -q` fails under pipefail when grep's early exit
    # kills cmd with SIGPIPE.)
    symbols=$(nm "$bin/$target")
    if ! grep -q ' __asan_init$' <<<"$symbols"; then
        echo "$target: built without AddressSanitizer" >&2; exit 2
    fi
    banner=$(SWIFT_BACKTRACE=enable=no "$bin/$target" -runs=0 2>&1 || true)
    if ! grep -q 'inline 8-bit counters' <<<"$banner"; then
        echo "$target: built without coverage instrumentation (libFuzzer would fuzz blind)" >&2; exit 2
    fi
done

seeds() {  # seeds TARGET: the repository's files of that target's format
    case $1 in
        fuzz-graphml) ls "$root"/Examples/*.graphml "$root"/Tests/Reference/samples/*.graphml "$root"/Tests/Regressions/*.graphml 2>/dev/null ;;
        fuzz-gexf) ls "$root"/Examples/*.gexf "$root"/Tests/Reference/samples/*.gexf 2>/dev/null ;;
        fuzz-json) ls "$root"/Examples/*.json "$root"/Tests/Regressions/*.json* 2>/dev/null ;;
        fuzz-dot) ls "$root"/Examples/*.dot "$root"/Tests/Regressions/*.dot 2>/dev/null ;;
        fuzz-extract) { ls "$root"/Tests/Regressions/*.txt; ls "$root"/Examples/*.txt "$root"/Tests/NewsGraphExtractionTests/Fixtures/{corpus,dev}/*.txt | head -40; } 2>/dev/null ;;
        fuzz-lexicon) printf '%s\n' "$root"/Sources/NewsGraphExtraction/LEXICON.md ;;
        fuzz-html) ls "$root"/Tests/Regressions/*.html 2>/dev/null ;;
        fuzz-jsonl-corpus) ls "$root"/Tests/Regressions/*.jsonl 2>/dev/null ;;
        fuzz-validate) ls "$root"/Examples/*.{graphml,gexf,rdf,dot,json} "$root"/Tests/Reference/samples/* "$root"/Tests/Regressions/* 2>/dev/null | grep -v '\.tsv$' ;;
    esac
}
dictionary() {
    case $1 in
        fuzz-graphml | fuzz-gexf) echo xml ;; fuzz-json) echo json ;; fuzz-dot) echo dot ;; fuzz-extract) echo text ;;
        fuzz-lexicon) echo lexicon ;; fuzz-html) echo html ;; fuzz-jsonl-corpus) echo jsonl ;; fuzz-validate) echo validate ;;
    esac
}

status=0
mkdir -p .artifacts
for target in "${targets[@]}"; do
    corpus=.corpus/$target
    mkdir -p "$corpus"
    # Seeds of at most 64 KiB (libFuzzer's -max_len below); an HTML seed from a text.
    while read -r seed; do
        [ -f "$seed" ] && [ "$(stat -c %s "$seed")" -le 65536 ] && cp "$seed" "$corpus/seed-$(basename "$seed")"
    done < <(seeds "$target")
    if [ "$target" = fuzz-html ]; then
        { echo '<html><head><title>t</title></head><body><article><p>'; head -c 4000 "$root"/Examples/esper-soleimani.txt; echo '</p></article></body></html>'; } > "$corpus/seed-article.html"
    fi
    if [ "$target" = fuzz-jsonl-corpus ]; then
        printf '{"id":"a","text":"Norway and Sweden signed an agreement.","title":"t","date":"2020-01-01"}\n{"id":"b","text":"x"}\n' > "$corpus/seed-corpus.jsonl"
    fi
    log=.artifacts/$target.log
    set +e
    # Swift's own crash backtracer off: on a trap it reads the crashed process's memory,
    # which AddressSanitizer reports as an overflow of its own (hiding the real fault), and
    # it can outlive the target. libFuzzer's deadly-signal report and ASan's stack say enough.
    SWIFT_BACKTRACE=enable=no "$bin/$target" "$corpus" -dict="dictionaries/$(dictionary "$target").dict" -max_total_time="$seconds" \
        -max_len=65536 -timeout=20 -rss_limit_mb=2048 -artifact_prefix=".artifacts/$target-" -print_final_stats=1 \
        > "$log" 2>&1
    code=$?
    set -e
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    files=$(find "$corpus" -type f | wc -l)
    bytes=$(du -sk "$corpus" | cut -f1)
    finding=none
    if [ $code -ne 0 ]; then
        finding="exit $code: $(grep -m1 -E 'ERROR|SUMMARY|deadly signal|timeout|out-of-memory' "$log" || echo see $log)"
        status=1
    fi
    printf '%-18s %6s s %10s runs %8s exec/s %6s files %7s KB  findings: %s\n' "$target" "$seconds" "$runs" "$rate" "$files" "$bytes" "$finding"
done
exit $status
