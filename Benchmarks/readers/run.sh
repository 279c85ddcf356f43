#!/usr/bin/env bash
# Reading benchmark: every verb that reads a graph (stats, convert, merge, validate) on our
# GraphML, JSON and JSON Lines fragments and on a NetworkX-written GraphML, side by side in
# one run with xmllint --stream (libxml2's parse alone), igraph's Read_GraphML and NetworkX's
# read_graphml (+ write_graphml, for convert). `merge` runs on the file with itself and on two
# different files: ours and a copy whose entity ids are shifted by half the node count (the same
# actors, nearly every relation new; bench.py writes it beside ours), with the merged graph read
# as one file for comparison (below 1 GB). Everything is pinned to one CPU.
#
# Usage: bash Benchmarks/readers/run.sh [SIZES] [REPEATS]
#   SIZES: comma-separated NODESxEDGES (default 10000x50000,100000x500000; add 1000000x5000000
#   for the big one: ~2.7 GB of GraphML, ~30 GB of disk in $TMPDIR, an hour)
#   REPEATS: runs per measurement, best time and highest peak kept (default 3; at least 7 for
#   files under 100 MB, whose runs last under a second)
# Env: NEWSGRAPH_BENCH_CPU (default 1), NEWSGRAPH_BENCH_KEEP=DIR keeps the files there,
#   NEWSGRAPH_BENCH_NEWSGRAPH=path measures another newsgraph binary, NEWSGRAPH_BENCH_REUSE_NX=1 uses a
#   NetworkX-written file already in the kept folder instead of rerunning NetworkX's read + write,
#   NEWSGRAPH_BENCH_LOCK=FILE has each measured run (its files warmed, then the command) hold that lock
#   (flock; the wait is not timed): builds that take the same lock never overlap a run, and no run holds
#   it longer than itself. NEWSGRAPH_BENCH_BUILD_LOCK=FILE has the two builds below hold that lock (flock) and nothing
#   else: on a shared machine, take the build lock for the builds and a benchmark lock of your own around the whole run
#   (NetworkX's read + write of 1M/5M runs for over ten minutes and must not hold the build lock).
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/ensure-packages.sh
ensure_packages "${NEWSGRAPH_BUILD_PACKAGES[@]}" time util-linux libxml2-utils python3-networkx python3-lxml python3-igraph
sizes=${1:-10000x50000,100000x500000}
repeats=${2:-3}
if [ -n "${NEWSGRAPH_BENCH_KEEP:-}" ]; then
    work=$NEWSGRAPH_BENCH_KEEP; mkdir -p "$work"
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-readers-bench.XXXXXX")
    trap 'rm -rf "$work"' EXIT
fi
# Built as Scripts/install.sh builds it (the Swift runtime and Foundation linked in): the binary a
# user runs. Linked dynamically, each process start spends ~3 ms more on loading 25 libraries.
# (Its own build folder: the shared .build/release keeps the dynamic binary other scripts use.)
lock=(${NEWSGRAPH_BENCH_BUILD_LOCK:+flock "$NEWSGRAPH_BENCH_BUILD_LOCK"})
"${lock[@]}" swift build -c release --static-swift-stdlib --product newsgraph --scratch-path .build-static >&2
(cd Benchmarks && "${lock[@]}" swift build -c release --product export-benchmark >&2)
newsgraph=${NEWSGRAPH_BENCH_NEWSGRAPH:-$PWD/.build-static/release/newsgraph}
for size in ${sizes//,/ }; do
    nodes=${size%x*}
    if [ ! -s "$work/$nodes.fragments.jsonl" ]; then
        Benchmarks/.build/release/export-benchmark --sizes "$size" --files "$work" >&2
    fi
done
/usr/bin/python3 Benchmarks/readers/bench.py --newsgraph "$newsgraph" --work "$work" --sizes "$sizes" \
    --repeats "$repeats" --cpu "${NEWSGRAPH_BENCH_CPU:-1}" --schema Schemas/graphml.xsd \
    ${NEWSGRAPH_BENCH_REUSE_NX:+--reuse-nx} ${NEWSGRAPH_BENCH_LOCK:+--lock "$NEWSGRAPH_BENCH_LOCK"}
