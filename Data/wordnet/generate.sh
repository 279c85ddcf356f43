#!/usr/bin/env bash
# Regenerates the tables NewsGraph reads from WordNet 3.0 (Debian package wordnet-base):
#   Sources/NewsGraphExtraction/Generated/WordNetWordTable.swift   parts of speech and irregular forms
#   Sources/NewsGraphExtraction/Generated/WordNetVerbClasses.swift verb classes for the frames (@attack …)
# The build and the tests read only the generated files, never /usr/share/wordnet.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/ensure-packages.sh
ensure_packages wordnet-base
/usr/bin/python3 Data/wordnet/generate_words.py /usr/share/wordnet > Sources/NewsGraphExtraction/Generated/WordNetWordTable.swift
echo "wrote Sources/NewsGraphExtraction/Generated/WordNetWordTable.swift" >&2
/usr/bin/python3 Data/wordnet/generate_classes.py /usr/share/wordnet > Sources/NewsGraphExtraction/Generated/WordNetVerbClasses.swift
echo "wrote Sources/NewsGraphExtraction/Generated/WordNetVerbClasses.swift" >&2
