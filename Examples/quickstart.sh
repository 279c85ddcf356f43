#!/usr/bin/env bash
# NewsGraph's main job on the bundled example: installs what the build needs (when
# missing), builds the `newsgraph` tool, extracts the actor graph of the founding article
# to GraphML (for Gephi, yEd, NetworkX), validates it and prints its summary.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/ensure-packages.sh
ensure_packages "${NEWSGRAPH_BUILD_PACKAGES[@]}"
swift build --product newsgraph
newsgraph=.build/debug/newsgraph
mkdir -p Examples/out
"$newsgraph" extract Examples/esper-soleimani.txt -o Examples/out/esper-soleimani.graphml
"$newsgraph" validate Examples/out/esper-soleimani.graphml
echo
"$newsgraph" stats Examples/out/esper-soleimani.graphml
echo
echo "Open Examples/out/esper-soleimani.graphml in Gephi or yEd; every other format: $newsgraph convert … -o graph.gexf|.rdf|.dot|.json"
echo "(To put a release build of newsgraph on your PATH: bash Scripts/install.sh, see README.md, Install.)"
