#!/usr/bin/env bash
# Validation benchmark: newsgraph validate against xmllint --stream --schema on the same
# GraphML file and the same schema (Schemas/graphml.xsd, with its identity constraints:
# unique ids and edge endpoints, the checks newsgraph validate makes).
#
# Usage: bash Benchmarks/validation/run.sh [NODES EDGES]   (default 1000000 5000000, about 1.3 GB)
# Needs: python3, xmllint (libxml2-utils), GNU time (/usr/bin/time). Writes its file to
# $TMPDIR (default /tmp) and removes it at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/ensure-packages.sh
ensure_packages "${NEWSGRAPH_BUILD_PACKAGES[@]}" time bc libxml2-utils
nodes=${1:-1000000}
edges=${2:-5000000}
work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-validation-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

swift build -c release --product newsgraph >&2
newsgraph=.build/release/newsgraph
file=$work/graph.graphml
python3 Benchmarks/validation/generate_graphml.py "$nodes" "$edges" "$file"
size=$(stat -c %s "$file")
echo "file: $nodes nodes, $edges edges, $((size / 1000000)) MB" >&2

measure() {  # label command...
    local label=$1; shift
    local out=$work/time.txt
    # Both tools must accept the valid file: a run that stopped early would give a false speed.
    if ! /usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null 2>"$work/stderr.txt"; then
        echo "$label failed:" >&2
        head -5 "$work/stderr.txt" >&2
        exit 1
    fi
    read -r seconds kb < <(tail -1 "$out")
    printf '%-40s %8.2f s %8.1f MB/s %8d MB peak\n' "$label" "$seconds" \
        "$(echo "$size / 1000000 / $seconds" | bc -l)" "$((kb / 1024))"
    echo "$seconds $kb" > "$work/$label.result"
}

python3 Benchmarks/validation/generate_graphml.py 1 0 "$work/tiny.graphml"
/usr/bin/time -f "%M" -o "$work/baseline.txt" "$newsgraph" validate -q "$work/tiny.graphml" >/dev/null
baseline_kb=$(tail -1 "$work/baseline.txt")

printf '%-40s %10s %13s %13s\n' "tool" "time" "speed" "memory"
measure newsgraph "$newsgraph" validate -q "$file"
measure xmllint-stream-schema xmllint --noout --stream --schema Schemas/graphml.xsd "$file"
read -r ours_s ours_kb < "$work/newsgraph.result"
read -r lint_s lint_kb < "$work/xmllint-stream-schema.result"
printf 'newsgraph is %.1fx as fast as xmllint, with %.2fx its memory; %.0f bytes per id above its %d MB baseline\n' \
    "$(echo "$lint_s / $ours_s" | bc -l)" "$(echo "$ours_kb / $lint_kb" | bc -l)" \
    "$(echo "($ours_kb - $baseline_kb) * 1024 / ($nodes + $edges)" | bc -l)" "$((baseline_kb / 1024))"
