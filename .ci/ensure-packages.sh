# Sourced by Examples/quickstart.sh, Examples/spark/run.sh, Tests/run.sh and the Benchmarks/*/run.sh scripts: installs the Debian packages
# NewsGraph needs, when they are missing. Usage: ensure_packages pkg...
ensure_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; return 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# What building NewsGraph needs: libxml2's headers and pkg-config to find them.
NEWSGRAPH_BUILD_PACKAGES=(libxml2-dev pkg-config)
# What the test suite drives besides: real clients of our formats.
# python3-lxml: NetworkX writes GraphML through lxml when it is there; without it, its
# fallback writer puts a raw CR in attributes, which the round-trip tests would catch.
# python3-venv: Tests/setup-python.sh puts NetworkX 3 in a virtual environment beside
# Debian's NetworkX 2.8, so that our files are read by both.
NEWSGRAPH_TEST_PACKAGES=(libxml2-utils graphviz raptor2-utils python3-networkx python3-lxml python3-jsonschema python3-rdflib python3-igraph python3-venv)
# The HTML report's browser test: Debian's Chromium and its WebDriver, and venv for Selenium
# (Tests/browser/setup.sh installs the pinned PyPI packages).
NEWSGRAPH_BROWSER_PACKAGES=(chromium chromium-driver python3-venv)

command -v swift >/dev/null || { echo "error: swift is not on PATH; install Swift 6 first (https://www.swift.org/install/linux/)" >&2; exit 1; }
