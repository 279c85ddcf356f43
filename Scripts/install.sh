#!/usr/bin/env bash
# Installs newsgraph: a release build linked with the Swift runtime statically (one file that
# needs only the system's libc, libstdc++, libm and libxml2, so it runs on a machine without
# the Swift toolchain, or on Spark workers), its man page, and shell completions for bash,
# zsh and fish.
#
#   bash Scripts/install.sh                      # into /usr/local (sudo when not root)
#   PREFIX=$HOME/.local bash Scripts/install.sh  # into ~/.local/bin, ~/.local/share/...
#   DESTDIR=/tmp/pkg PREFIX=/usr bash Scripts/install.sh   # staged, for a package
#
# Installs: $PREFIX/bin/newsgraph, $PREFIX/share/man/man1/newsgraph.1,
# $PREFIX/share/bash-completion/completions/newsgraph, $PREFIX/share/zsh/site-functions/_newsgraph,
# $PREFIX/share/fish/vendor_completions.d/newsgraph.fish.
# NEWSGRAPH_BINARY=path installs that binary instead of building one (the tests use it).
set -euo pipefail
cd "$(dirname "$0")/.."
PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
root="$DESTDIR$PREFIX"

binary=${NEWSGRAPH_BINARY:-}
if [ -z "$binary" ]; then
    source .ci/ensure-packages.sh
    ensure_packages "${NEWSGRAPH_BUILD_PACKAGES[@]}"
    swift build -c release --static-swift-stdlib --product newsgraph >&2
    binary=.build/release/newsgraph
    # One file: no library from the toolchain may remain dynamic.
    if ldd "$binary" | grep -E 'libswift|libFoundation|lib_FoundationICU|libdispatch|libBlocksRuntime|/swift'; then
        echo "error: $binary still links the libraries above dynamically" >&2
        exit 1
    fi
fi

sudo=()
if ! mkdir -p "$root" 2>/dev/null || [ ! -w "$root" ]; then
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
fi
put() { # put MODE SOURCE DEST
    "${sudo[@]}" install -D -m "$1" "$2" "$3"
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

put 755 "$binary" "$root/bin/newsgraph"
put 644 Documentation/newsgraph.1 "$root/share/man/man1/newsgraph.1"
for shell in bash zsh fish; do
    "$binary" --generate-completion-script "$shell" > "$work/$shell"
done
put 644 "$work/bash" "$root/share/bash-completion/completions/newsgraph"
put 644 "$work/zsh" "$root/share/zsh/site-functions/_newsgraph"
put 644 "$work/fish" "$root/share/fish/vendor_completions.d/newsgraph.fish"

echo "installed newsgraph $("$root/bin/newsgraph" --version) in $root/bin" >&2
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) [ -n "$DESTDIR" ] || echo "note: $PREFIX/bin is not on PATH: add it (export PATH=\"$PREFIX/bin:\$PATH\")" >&2 ;;
esac
