#!/usr/bin/env bash
# Runs Examples/spark/run.py in its own virtual environment (pyspark from PyPI; Spark needs
# Java 17 or later, installed from Debian's openjdk-17-jre-headless when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/ensure-packages.sh
command -v java >/dev/null || ensure_packages openjdk-17-jre-headless
ensure_packages "${NEWSGRAPH_BUILD_PACKAGES[@]}" python3-venv
swift build -c release --product newsgraph >&2
venv=Examples/spark/.venv
[ -x "$venv/bin/python" ] || /usr/bin/python3 -m venv "$venv"
"$venv/bin/pip" install -q pyspark >&2
exec "$venv/bin/python" Examples/spark/run.py
