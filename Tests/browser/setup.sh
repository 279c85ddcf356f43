#!/usr/bin/env bash
# Sets up what the HTML report's browser test drives: Debian's chromium and chromium-driver
# (through .ci/ensure-packages.sh) and a virtual environment with Selenium (pinned in
# requirements.txt) on Debian's python3, at .build/browser-venv. Prints the venv's python.
# Called by the test suite (ReportBrowserTests) and by Examples/regenerate.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/ensure-packages.sh
ensure_packages "${NEWSGRAPH_BROWSER_PACKAGES[@]}" >&2
venv=.build/browser-venv
stamp=$venv/.requirements
if ! cmp -s Tests/browser/requirements.txt "$stamp" 2>/dev/null; then
    rm -rf "$venv"
    /usr/bin/python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r Tests/browser/requirements.txt >&2
    cp Tests/browser/requirements.txt "$stamp"
fi
echo "$PWD/$venv/bin/python"
