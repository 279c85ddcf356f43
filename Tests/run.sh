#!/usr/bin/env bash
# The whole NewsGraph test suite, as CI runs it: installs the Debian packages the
# build and the tests need (when missing), builds everything and runs every test.
# Usage: bash Tests/run.sh [extra swift test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/ensure-packages.sh
ensure_packages "${NEWSGRAPH_BUILD_PACKAGES[@]}" "${NEWSGRAPH_TEST_PACKAGES[@]}" "${NEWSGRAPH_BROWSER_PACKAGES[@]}"
bash Tests/setup-python.sh
swift build --build-tests
swift test --skip-build "$@"
