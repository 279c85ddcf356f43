#!/usr/bin/env bash
# Layout benchmark: NewsGraph's ForceAtlas2 (all cores) against Graphviz sfdp and igraph's C
# layouts layout_drl and layout_fruchterman_reingold (single-threaded, as they are), on the
# same synthetic actor-like graphs, side by side in one run; time, and the quality of every
# drawing (normalised stress; neighbourhood preservation up to 5,000 nodes) measured by the
# same code, NewsGraphLayout.LayoutQuality.
#
# Usage: bash Benchmarks/layout/run.sh [SIZES] [PEERS]
#   SIZES  nodes:edges,...  (default 1000:5000,2000:10000,5000:25000,10000:50000,100000:500000)
#   PEERS  sfdp,drl,fr      (default all three; at 100k nodes sfdp and drl take minutes each)
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/ensure-packages.sh
ensure_packages "${NEWSGRAPH_BUILD_PACKAGES[@]}" graphviz python3-igraph
sizes=${1:-1000:5000,2000:10000,5000:25000,10000:50000,100000:500000}
peers=${2:-sfdp,drl,fr}
work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-layout-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd Benchmarks
swift build -c release --product layout-benchmark >&2
.build/release/layout-benchmark --sizes "$sizes" --peers "$peers" --work "$work"
