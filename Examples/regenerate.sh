#!/usr/bin/env bash
# Regenerates the founding article's graph in every format, and the SVG that Graphviz
# renders from the DOT file. A test (ExamplesTests) fails when these files drift from
# what the code writes: run this script and review the diff when they do.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product newsgraph >&2
newsgraph=.build/debug/newsgraph
base=Examples/esper-soleimani
"$newsgraph" extract "$base.txt" -o "$base.json" -q
for ext in graphml gexf rdf dot; do
    "$newsgraph" convert "$base.json" -o "$base.$ext"
done
"$newsgraph" convert "$base.json" --flavor yed -o "$base.yed.graphml"
dot -Tsvg "$base.dot" -o "$base.svg"
"$newsgraph" validate -q "$base".{json,graphml,yed.graphml,gexf,rdf,dot}
