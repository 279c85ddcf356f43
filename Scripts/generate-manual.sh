#!/usr/bin/env bash
# Regenerates Documentation/newsgraph.1, the man page Scripts/install.sh installs, with
# swift-argument-parser's generate-manual plugin (from the commands' own help texts, so it
# says what --help says). A test (InstallTests) fails when a verb or option of --help is
# missing from it: run this script then.
set -euo pipefail
cd "$(dirname "$0")/.."
swift package plugin --allow-writing-to-package-directory generate-manual \
    --date "$(git log -1 --format=%cs 2>/dev/null || date +%F)" --section 1 \
    --authors "the NewsGraph developers" --output-directory Documentation >&2
ls Documentation/newsgraph.1
