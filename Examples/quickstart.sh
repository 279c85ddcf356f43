#!/usr/bin/env bash
# NewsGraph's main job on the bundled example: installs what the build needs (when
# missing), builds the `newsgraph` tool, extracts the actor graph of the founding
# article and prints its summary. Outputs go to Examples/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/ensure-packages.sh
ensure_packages "${NEWSGRAPH_BUILD_PACKAGES[@]}"
swift build --product newsgraph
newsgraph=.build/debug/newsgraph
mkdir -p Examples/out
"$newsgraph" extract Examples/esper-soleimani.txt -o Examples/out/esper-soleimani.json
"$newsgraph" stats Examples/out/esper-soleimani.json
echo
echo "Wrote Examples/out/esper-soleimani.json"
