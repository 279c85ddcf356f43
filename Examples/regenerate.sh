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
# The HTML report, and screenshots of it and of a 1,200-actor synthetic corpus's report in
# headless Chromium (the screenshots are not compared by the tests: pixels differ between
# machines and fonts).
"$newsgraph" report "$base.json" --title "NewsGraph: the founding article" -o "$base.report.html" -q
python=$(bash Tests/browser/setup.sh)
"$python" Tests/browser/check_report.py "$PWD/$base.report.html" --search "Donald Trump" \
    --screenshot Examples/report-founding-article.png >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 Tests/browser/make_graph.py "$work/corpus.json" 1200
"$newsgraph" report "$work/corpus.json" --title "NewsGraph: a synthetic corpus of 1,200 actors" -o "$work/corpus.html" -q
"$python" Tests/browser/check_report.py "$work/corpus.html" \
    --search "$(/usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["nodes"][10]["label"])' "$work/corpus.json")" \
    --screenshot Examples/report-corpus.png >/dev/null
"$newsgraph" validate -q "$base".{json,graphml,yed.graphml,gexf,rdf,dot} "$base".layout.{gexf,dot}
