#!/usr/bin/env bash
# Checks the install of issue 13 item 3 end to end, as a user gets it: Scripts/install.sh
# builds the release binary with the Swift runtime linked statically and installs it with its
# man page and completions under a temporary PREFIX; `ldd` must show only system libraries;
# then the installed binary runs the quick start with the Swift toolchain hidden (a private
# mount namespace puts an empty tmpfs over the toolchain's folder; empty environment, no
# LD_LIBRARY_PATH), as on a machine or Spark worker without Swift.
# Slow (a release build): run on demand, not by Tests/run.sh. Needs root or user namespaces.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
PREFIX="$prefix" bash Scripts/install.sh
binary="$prefix/bin/newsgraph"
echo "== ldd $binary"
ldd "$binary"
if ldd "$binary" | grep -E 'libswift|libFoundation|lib_FoundationICU|libdispatch|libBlocksRuntime|/swift'; then
    echo "error: toolchain libraries are linked dynamically" >&2
    exit 1
fi
toolchain=$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")")
echo "== hiding the toolchain at $toolchain; binary: $(du -h "$binary" | cut -f1)"
unshare_args=(-m)
[ "$(id -u)" -eq 0 ] || unshare_args=(-r -m)
cp Examples/esper-soleimani.txt "$prefix/article.txt"
unshare "${unshare_args[@]}" bash -c '
    set -euo pipefail
    mount -t tmpfs none "$1"
    test -z "$(ls -A "$1")"
    cd "$2"
    env -i PATH=/usr/bin:/bin LD_LIBRARY_PATH= bin/newsgraph extract article.txt -o out.graphml -q
    env -i PATH=/usr/bin:/bin bin/newsgraph validate out.graphml
    env -i PATH=/usr/bin:/bin bin/newsgraph stats out.graphml --top 3
' check "$toolchain" "$prefix"
echo "== ok: the static binary runs without the toolchain"
