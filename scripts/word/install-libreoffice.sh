#!/usr/bin/env bash
# Installs what the Word rendering tests need, once: LibreOffice (headless) to render a .docx to PDF, poppler's
# pdftotext/pdftoppm to measure and picture it, and free CJK faces to stand in for the 公文 fonts (fonts.conf).
set -euo pipefail

DEBS=(libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-ukai)

log() { printf '[word install] %s\n' "$*" >&2; }

missing=()
for pkg in "${DEBS[@]}"; do
  status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
  [ "$status" = installed ] || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  log "LibreOffice, poppler-utils and the CJK fonts are installed"
  exit 0
fi
log "installing Debian packages: ${missing[*]} (about a minute, once)"
if [ "$(id -u)" = 0 ]; then SUDO=(); elif command -v sudo >/dev/null; then SUDO=(sudo -n); else
  log "need root (or sudo) to install: ${missing[*]}"; exit 1
fi
"${SUDO[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
