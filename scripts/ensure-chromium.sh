#!/usr/bin/env bash
# Makes sure what the end-to-end tests need is present: Debian's Chromium at /usr/bin/chromium
# (Playwright's own browser download is not used) and poppler-utils (pdftotext, pdfinfo), with
# which the tests read the printed steering report. Installs what is missing with apt.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
echo "Installing Debian packages the browser tests need: ${missing[*]}..."
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Cannot install ${missing[*]} without root. Run: apt-get install -y ${missing[*]} (or set CHROMIUM_PATH)." >&2
  exit 1
fi
[ -x "$CHROMIUM" ] || { echo "Chromium is still missing at $CHROMIUM" >&2; exit 1; }
command -v pdftotext >/dev/null 2>&1 || { echo "pdftotext is still missing (poppler-utils)" >&2; exit 1; }
