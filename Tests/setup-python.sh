#!/usr/bin/env bash
# Sets up what the tests run in Python besides Debian's packages: NetworkX 3 in a virtual
# environment (.build/networkx3), so that our files are read by NetworkX 3.x as well as by
# Debian 12's python3-networkx 2.8. Pinned; installed from PyPI once, then reused.
# Sourced or run by Tests/run.sh. Usage: bash Tests/setup-python.sh
set -euo pipefail
cd "$(dirname "$0")/.."
NETWORKX3_VERSION=3.6.1
venv=.build/networkx3
if [ -x "$venv/bin/python3" ] && "$venv/bin/python3" -c "import networkx, sys; sys.exit(networkx.__version__ != '$NETWORKX3_VERSION')" 2>/dev/null; then
    exit 0
fi
echo "Setting up NetworkX $NETWORKX3_VERSION in $venv (for the tests)" >&2
rm -rf "$venv"
mkdir -p .build
# Debian's python3 with python3-venv (installed by .ci/ensure-packages.sh).
/usr/bin/python3 -m venv "$venv"
"$venv/bin/python3" -m pip install --quiet --disable-pip-version-check "networkx==$NETWORKX3_VERSION" >&2
