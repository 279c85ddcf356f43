#!/usr/bin/env bash
# Regenerates the founding article's graph in every format, laid out in GEXF and DOT, and
# the SVGs that Graphviz renders from the DOT files. A test (ExamplesTests) fails when these files drift from
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
# Laid out (ForceAtlas2): GEXF that opens drawn in Gephi, DOT that neato -n2 draws as is.
"$newsgraph" layout "$base.json" -o "$base.layout.gexf"
"$newsgraph" layout "$base.json" -o "$base.layout.dot"
dot -Tsvg "$base.dot" -o "$base.svg"
neato -n2 -Tsvg "$base.layout.dot" -o "$base.layout.svg"
"$newsgraph" validate -q "$base".{json,graphml,yed.graphml,gexf,rdf,dot} "$base".layout.{gexf,dot}
