#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, once: Debian packages (when missing) and code-server 4.100.3
# into .cache/code-server, by the offline recipe in RECIPES.md (its own install script downloads from GitHub).
set -euo pipefail

VERSION=4.100.3
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="$ROOT/.cache/code-server"
MARKER="$CACHE/.installed-$VERSION"
DEBS=(chromium fonts-noto-cjk libkrb5-dev ripgrep)

log() { printf '[e2e install] %s\n' "$*" >&2; }

missing=()
for pkg in "${DEBS[@]}"; do
  status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
  [ "$status" = installed ] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=(); elif command -v sudo >/dev/null; then SUDO=(sudo -n); else
    log "need root (or sudo) to install: ${missing[*]}"; exit 1
  fi
  "${SUDO[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q "${missing[@]}"
fi

if [ -f "$MARKER" ]; then
  log "code-server $VERSION already installed in ${CACHE#"$ROOT"/}"
  exit 0
fi

# A half-finished earlier attempt leaves no marker: start over from an empty folder.
log "installing code-server $VERSION into ${CACHE#"$ROOT"/} (a few minutes, once)"
rm -rf "$CACHE"
mkdir -p "$CACHE"
cd "$CACHE"
# Its own package.json, or npm would install into the project above.
printf '{ "name": "code-server-cache", "private": true }\n' > package.json
npm install --ignore-scripts --no-audit --no-fund "code-server@$VERSION"
npm rebuild argon2

cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund
# Debian's rg stands in for @vscode/ripgrep's download.
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
# node-pty's build runs npx, which asks for confirmation unless told yes.
npm_config_yes=true npm rebuild kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog @vscode/deviceid
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --no-audit --no-fund)

touch "$MARKER"
log "code-server $VERSION installed"
