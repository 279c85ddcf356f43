#!/usr/bin/env bash
# Memory per document (issue 14: at most 10 bytes of peak memory per byte of text): the peak
# resident size of `newsgraph extract` on one document of ~16 MiB of each shape that has been the
# worst, in bytes per input byte (B/B), start-up included.
#
# Usage: bash Benchmarks/pathological/memory.sh [NEWSGRAPH_BINARY]
#        NEWSGRAPH_MEMORY_SHAPES="list:350 commas:64" bash Benchmarks/pathological/memory.sh
# Without a binary it builds the release CLI. The peak is the largest resident size of the
# process (wait4's ru_maxrss, as /usr/bin/time -f %M reports it: allocator overhead included,
# which heaptrack does not count). One run per shape: memory does not move with the machine's
# load, as times do. Shapes (make_shape.py): `list 350` (one sentence "A, B, … and Z signed" of
# 700k names), `andof 245` ("A of B and C of D …"), `commas 64` (16 Mi commas, a token per
# byte), `long 167` (news paragraphs in one document, the ordinary case), `relatives 595` and
# `blame 790` (one sentence of ~600k and ~200k clauses: the worst measured, 2026-12-05),
# `appositions 450`, `organs 500` (250k short sentences, each giving the same relation), `asides 1000`
# and `reporters 900` (one sentence of ~900k "and urged …": the worst measured, 2026-12-06).
set -euo pipefail
cd "$(dirname "$0")/../.."
ng=${1:-}
if [ -z "$ng" ]; then
    swift build -c release --product newsgraph >&2
    ng=.build/release/newsgraph
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-memory.XXXXXX")
trap 'rm -rf "$work"' EXIT
printf '%-10s %10s %12s %8s %8s\n' shape "input MB" "peak MiB" "B/B" "CPU s"
for item in ${NEWSGRAPH_MEMORY_SHAPES:-list:350 andof:245 commas:64 long:167 relatives:595 blame:790 appositions:450 organs:500 asides:1000 reporters:900}; do
    shape=${item%%:*}
    scale=${item##*:}
    python3 Benchmarks/pathological/make_shape.py "$shape" "$scale" "$work/in.txt"
    read -r cpu kb <<< "$(python3 Benchmarks/pathological/measure.py 0 1 1 "$ng" extract "$work/in.txt" -o "$work/out.json" -q -j 1 --max-document-size 20000000)"
    bytes=$(stat -c %s "$work/in.txt")
    python3 -c "import sys; b, kb, cpu = int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]); print('%-10s %10.2f %12.1f %8.2f %8.2f' % (sys.argv[1], b / 1e6, kb / 1024, kb * 1024 / b, cpu))" \
        "$shape $scale" "$bytes" "$kb" "$cpu"
    rm -f "$work/in.txt" "$work/out.json"
done
