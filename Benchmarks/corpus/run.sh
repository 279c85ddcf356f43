#!/usr/bin/env bash
# Corpus benchmark: `newsgraph extract` over a large corpus on 1 core and on every core
# (default 2), reporting MB/s, documents/s, peak memory and the speed-up, and checking that
# both runs wrote the same bytes.
#
# Usage: bash Benchmarks/corpus/run.sh [SIZE_MB] [JOBS]   (default 100 MB, 2 jobs)
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/ensure-packages.sh
ensure_packages "${NEWSGRAPH_BUILD_PACKAGES[@]}" time bc
size=${1:-100}
jobs=${2:-2}
work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-corpus-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
swift build -c release --product newsgraph >&2
corpus=$work/corpus.jsonl
python3 Benchmarks/corpus/make_corpus.py "$size" "$corpus"
bytes=$(stat -c %s "$corpus")
documents=$(wc -l < "$corpus")

run() {  # jobs → seconds, KB; the one-job run is pinned to one CPU, so that nothing in it
         # (reading, writing) can borrow a second core
    local pin=()
    if [ "$1" = 1 ]; then pin=(taskset -c 0); fi
    /usr/bin/time -f "%e %M" -o "$work/time.$1" "${pin[@]}" .build/release/newsgraph extract "$corpus" -j "$1" -o "$work/out.$1.graphml" -q
    cat "$work/time.$1"
}
read -r one_s one_kb < <(run 1)
read -r many_s many_kb < <(run "$jobs")
printf '%-22s %8s %10s %12s %10s\n' "run" "time" "MB/s" "documents/s" "peak"
printf '%-22s %7.2fs %10.2f %12.0f %7d MB\n' "1 core" "$one_s" "$(echo "$bytes / 1000000 / $one_s" | bc -l)" "$(echo "$documents / $one_s" | bc -l)" "$((one_kb / 1024))"
printf '%-22s %7.2fs %10.2f %12.0f %7d MB\n' "$jobs cores" "$many_s" "$(echo "$bytes / 1000000 / $many_s" | bc -l)" "$(echo "$documents / $many_s" | bc -l)" "$((many_kb / 1024))"
printf 'speed-up %.2fx on %d cores; outputs %s\n' "$(echo "$one_s / $many_s" | bc -l)" "$jobs" \
    "$(cmp -s "$work/out.1.graphml" "$work/out.$jobs.graphml" && echo identical || echo DIFFERENT)"
