#!/usr/bin/env bash
# Pathological inputs at 1, 4, 16 and 64 times their size: the cost per MB must stay flat
# (the 64x run at most 2x the 1x run's CPU seconds per MB, start-up subtracted) and the
# output must grow at most linearly (output bytes per input byte at most 2x the 1x run's).
#
# Usage: bash Benchmarks/pathological/run.sh [SCALES...]     (default: 1 4 16 64)
#        NEWSGRAPH_SHAPES="cr list" bash Benchmarks/pathological/run.sh    (some shapes only)
# Prints one row per shape and scale, then one verdict per shape. Each shape is described
# in make_shape.py. Other work sharing the machine shifts absolute times, not the verdicts
# much: every row of a shape is measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/ensure-packages.sh
ensure_packages "${NEWSGRAPH_BUILD_PACKAGES[@]}" time bc
scales=("$@")
[ ${#scales[@]} -eq 0 ] && scales=(1 4 16 64)
swift build -c release --product newsgraph >&2
ng=.build/release/newsgraph
work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-pathological.XXXXXX")
trap 'rm -rf "$work"' EXIT

# CPU seconds (user + sys) and peak KB of one command; its exit code is ignored (a refused
# input is an expected outcome here), a crash (signal) is not.
measure() {
    local code=0
    /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || code=$?
    if [ $code -gt 128 ]; then echo "CRASH (exit $code): $*" >&2; cat "$work/stderr" >&2; exit 1; fi
    # (time writes "Command exited with non-zero status N" first when the command fails.)
    read -r user sys kb < <(tail -n 1 "$work/time")
    echo "$(echo "$user + $sys" | bc -l) $kb"
}
echo 'Kalo Miten met Orlan Vetrov.' > "$work/tiny.txt"
read -r startup _ <<< "$(measure "$ng" extract "$work/tiny.txt" -o "$work/tiny.json" -q -j 1)"
printf 'start-up (a one-line text): %.3f s CPU\n\n' "$startup"

shapes=(${NEWSGRAPH_SHAPES:-cr u2028 long headlines list passive cooccur ofchain andof dot-nest json-nest html-nest fnv-flood fnv-words})
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
        read -r cpu kb <<< "$(measure "${cmd[@]}")"
        in_bytes=$(stat -c %s "$input.$ext")
        out_bytes=$( [ -f "$out" ] && stat -c %s "$out" || echo 0)
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$shape" "$scale" "$in_bytes" "$cpu" "$out_bytes" "$kb" >> "$rows"
        rm -f "$input.$ext" "$out"
    done
done
# The table and the verdicts: cost per MB (start-up subtracted) of the largest scale against
# the smallest (under 0.05 s/MB is start-up noise and counts as 0.05), and the most output
# bytes per input byte at any scale against the smallest scale's; each at most 2x.
python3 - "$rows" "$startup" << 'PY'
import sys, collections
rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]
startup = float(sys.argv[2])
print("%-10s %5s %10s %9s %10s %11s %10s %9s" % ("shape", "scale", "input MB", "CPU s", "s/MB", "output MB", "out/in", "peak MB"))
by = collections.defaultdict(list)
for shape, scale, inb, cpu, outb, kb in rows:
    inb, cpu, outb, kb = int(inb), float(cpu), int(outb), int(kb)
    rate = max(cpu - startup, 0) / (inb / 1e6)
    ratio = outb / inb
    by[shape].append((rate, ratio))
    print("%-10s %4sx %10.3f %9.2f %10.3f %11.3f %10.2f %9d" % (shape, scale, inb / 1e6, cpu, rate, outb / 1e6, ratio, kb // 1024))
print()
failed = False
for shape, values in by.items():
    first, last = max(values[0][0], 0.05), max(values[-1][0], 0.05)
    ratios = [r for _, r in values]
    # Output may shrink relative to the input (a constant error report), never grow faster.
    spread = max(ratios) / ratios[0] if ratios[0] > 0 else (0.0 if max(ratios) == 0 else float("inf"))
    ok = last / first <= 2 and spread <= 2
    failed |= not ok
    print("%-10s cost per MB, largest/smallest scale: %.2fx   output per input byte, largest/smallest scale's: %.2f   %s" % (shape, last / first, spread, "ok" if ok else "FAIL"))
sys.exit(1 if failed else 0)
PY
