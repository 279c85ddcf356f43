#!/usr/bin/env bash
# Pathological inputs at 1, 4, 16 and 64 times their size: the cost per MB must stay flat
# (at every scale at most 2x the cost per MB of any smaller scale, start-up subtracted) and
# the output must grow at most linearly (output bytes per input byte at most 2x the 1x run's).
#
# Usage: bash Benchmarks/pathological/run.sh [SCALES...]     (default: 1 4 16 64)
#        NEWSGRAPH_SHAPES="cr list" bash Benchmarks/pathological/run.sh    (some shapes only)
#        MAX_RUNS=5 bash Benchmarks/pathological/run.sh    (runs of 1 s of CPU or more; default 3)
#        NEWSGRAPH_BINARY=.build/release/newsgraph bash …   (a built binary; else it builds one)
# Prints one row per shape and scale, then one verdict per shape. Each shape is described
# in make_shape.py. CPU times come from wait4(2) (microseconds, not /usr/bin/time's 10 ms)
# and every row is the least CPU time of several runs (measure.py): up to 5 runs while they
# stay under 1 s of CPU, up to MAX_RUNS (default 3) once one is longer; the start-up up to 7.
# Long rows were single runs until 2026-12-07, when one slow run of ofchain at 64x (10.2 s
# against a least of 5.4 s on the same input) made a FAIL of a flat shape. A scale whose CPU
# time, start-up subtracted, is under 0.1 s counts as 0.1 s when it is the smaller side of a
# comparison: below that the time is start-up noise (the 1x rows of the text shapes are
# 0.05 MB, a few hundredths of a second of work), and a verdict drawn from it flipped between
# runs. Other work sharing the machine shifts absolute times, not the verdicts much: every
# row of a shape is measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/ensure-packages.sh
ensure_packages "${NEWSGRAPH_BUILD_PACKAGES[@]}" python3
scales=("$@")
[ ${#scales[@]} -eq 0 ] && scales=(1 4 16 64)
max_runs=${MAX_RUNS:-3}
ng=${NEWSGRAPH_BINARY:-}
if [ -z "$ng" ]; then
    swift build -c release --product newsgraph >&2
    ng=.build/release/newsgraph
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-pathological.XXXXXX")
trap 'rm -rf "$work"' EXIT

# CPU seconds (user + sys, the least of up to MAX_RUNS runs while they are shorter than
# MIN_CPU, of up to LONG_RUNS in all once one is not) and peak KB of one command; its exit
# code is ignored (a refused input is an expected outcome here), a crash (signal) is not.
measure() {
    local min_cpu=$1 max_runs=$2 long_runs=$3
    shift 3
    MEASURE_STDERR="$work/stderr" python3 Benchmarks/pathological/measure.py "$min_cpu" "$max_runs" "$long_runs" "$@" \
        || { cat "$work/stderr" >&2; exit 1; }
}
echo 'Kalo Miten met Orlan Vetrov.' > "$work/tiny.txt"
read -r startup _ <<< "$(measure 1000 7 7 "$ng" extract "$work/tiny.txt" -o "$work/tiny.json" -q -j 1)"
printf 'start-up (a one-line text): %.3f s CPU; each row the least of up to 5 runs under 1 s CPU, of up to %s longer\n\n' "$startup" "$max_runs"

shapes=(${NEWSGRAPH_SHAPES:-cr u2028 long headlines list passive cooccur ofchain andof organs blame titles relatives appositions asides reporters judgements commas dot-nest json-nest html-nest fnv-flood fnv-words})
rows=$work/rows.tsv
: > "$rows"
for shape in "${shapes[@]}"; do
    for scale in "${scales[@]}"; do
        input=$work/$shape-$scale
        case $shape in dot-nest) ext=dot ;; json-nest) ext=json ;; html-nest) ext=html ;; fnv-flood) ext=graphml ;; *) ext=txt ;; esac
        python3 Benchmarks/pathological/make_shape.py "$shape" "$scale" "$input.$ext"
        out=$work/out.json
        rm -f "$out"
        case $shape in
            dot-nest | json-nest) cmd=(bash -c '"$0" validate "$1" --json > "$2"' "$ng" "$input.$ext" "$out") ;;
            cooccur) cmd=("$ng" extract "$input.$ext" -o "$out" -q -j 1 --cooccurrence) ;;
            fnv-flood) cmd=(bash -c '"$0" stats "$1" > "$2"' "$ng" "$input.$ext" "$out") ;;
            *) cmd=("$ng" extract "$input.$ext" -o "$out" -q -j 1) ;;
        esac
        read -r cpu kb <<< "$(measure 1 5 "$max_runs" "${cmd[@]}")"
        in_bytes=$(stat -c %s "$input.$ext")
        out_bytes=$( [ -f "$out" ] && stat -c %s "$out" || echo 0)
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$shape" "$scale" "$in_bytes" "$cpu" "$out_bytes" "$kb" >> "$rows"
        rm -f "$input.$ext" "$out"
    done
done
# The table and the verdicts: for every pair of scales, the cost per MB (start-up subtracted)
# of the larger against the smaller (whose CPU time counts as at least 0.1 s: shorter is
# start-up noise), the worst pair at most 2x; and the most output bytes per input byte at any
# scale against the smallest scale's, at most 2x.
python3 - "$rows" "$startup" << 'PY'
import sys, collections
NOISE = 0.1
rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]
startup = float(sys.argv[2])
print("%-10s %5s %10s %9s %10s %11s %10s %9s" % ("shape", "scale", "input MB", "CPU s", "s/MB", "output MB", "out/in", "peak MB"))
by = collections.defaultdict(list)
for shape, scale, inb, cpu, outb, kb in rows:
    inb, cpu, outb, kb = int(inb), float(cpu), int(outb), int(kb)
    net, mb = max(cpu - startup, 0), inb / 1e6
    by[shape].append((scale, net, mb, outb / inb))
    print("%-10s %4sx %10.3f %9.3f %10.3f %11.3f %10.2f %9d" % (shape, scale, mb, cpu, net / mb, outb / 1e6, outb / inb, kb // 1024))
print()
failed = False
for shape, values in by.items():
    worst, pair = 0.0, ""
    for i, (small, net_i, mb_i, _) in enumerate(values):
        for large, net_j, mb_j, _ in values[i + 1:]:
            ratio = (net_j / mb_j) / (max(net_i, NOISE) / mb_i)
            if ratio > worst:
                worst, pair = ratio, "%sx/%sx" % (large, small)
    ratios = [r for *_, r in values]
    # Output may shrink relative to the input (a constant error report), never grow faster.
    spread = max(ratios) / ratios[0] if ratios[0] > 0 else (0.0 if max(ratios) == 0 else float("inf"))
    ok = worst <= 2 and spread <= 2
    failed |= not ok
    print("%-10s cost per MB, worst larger/smaller scale: %.2fx (%s)   output per input byte, largest/smallest scale's: %.2f   %s"
          % (shape, worst, pair or "-", spread, "ok" if ok else "FAIL"))
sys.exit(1 if failed else 0)
PY
