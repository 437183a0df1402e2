#!/usr/bin/env bash
# Installs code-server (VS Code's server + web workbench) into .vscode-test/code-server/ so the
# integration tests can run a real extension host offline. `npm test` runs it when code-server is missing
# (scripts/prerequisites.mjs). Idempotent: does nothing when the pinned version is already there.
set -euo pipefail

# 4.100.x is the newest line that still runs on Node 20 (VS Code 1.100.3).
VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$ROOT/.vscode-test/code-server"
PKG_JSON="$DEST/node_modules/code-server/package.json"

installed_version() {
  [ -f "$PKG_JSON" ] && node -p "require(process.argv[1]).version" "$PKG_JSON" 2>/dev/null || true
}

# The postinstall step builds VS Code's native modules and places ripgrep; check its results too, so an
# interrupted install is redone rather than taken for a good one.
complete() {
  local vscode="$DEST/node_modules/code-server/lib/vscode/node_modules"
  [ "$(installed_version)" = "$VERSION" ] && [ -x "$DEST/node_modules/.bin/code-server" ] &&
    [ -x "$vscode/@vscode/ripgrep/bin/rg" ] && [ -f "$vscode/node-pty/build/Release/pty.node" ]
}

# --check: exit 0 when installed, 1 when not; installs nothing.
if [ "${1:-}" = "--check" ]; then
  complete
  exit
fi
if complete; then
  echo "code-server $VERSION already installed in $DEST"
  exit 0
fi
rm -rf "$DEST"

# @vscode/ripgrep downloads a binary from GitHub during install, which fails offline. It looks in
# this cache first, so seed it with the system's rg (Debian package `ripgrep`).
RG="$(command -v rg || true)"
if [ -z "$RG" ]; then
  echo "install-code-server: ripgrep (rg) is required; install it with: apt-get install -y ripgrep" >&2
  exit 1
fi
CACHE_DIR="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
CACHE_TAR="$CACHE_DIR/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$CACHE_TAR" ]; then
  mkdir -p "$CACHE_DIR"
  STAGE="$(mktemp -d)"
  cp "$RG" "$STAGE/rg"
  tar -czf "$CACHE_TAR.tmp" -C "$STAGE" rg
  mv "$CACHE_TAR.tmp" "$CACHE_TAR"
  rm -rf "$STAGE"
fi

mkdir -p "$DEST"
cd "$DEST"
# A package.json of its own keeps this ~300 MB install out of the project's dependency tree.
[ -f package.json ] || echo '{ "name": "code-server-host", "private": true }' > package.json

echo "Installing code-server@$VERSION into $DEST (takes a minute or two)..."
# npm_config_yes: code-server's postinstall runs `npx node-gyp`, which would otherwise prompt.
# --unsafe-perm: as root, npm otherwise runs install scripts as nobody and the postinstall refuses.
npm_config_yes=true npm_config_unsafe_perm=true \
  npm install --unsafe-perm --no-audit --no-fund --no-save --loglevel=error "code-server@$VERSION"

if ! complete; then
  echo "install-code-server: code-server $VERSION did not install correctly (see npm's output above)" >&2
  exit 1
fi
echo "code-server $(installed_version) installed in $DEST"
