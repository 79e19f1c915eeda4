#!/usr/bin/env bash
# Print the path of a Chromium the browser tests can drive; install Debian's when we can.
# Playwright cannot download its own browser here, so we use one from the system.
set -euo pipefail
for candidate in "${ATLAS_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser \
    /usr/bin/google-chrome /usr/bin/google-chrome-stable \
    "/Applications/Chromium.app/Contents/MacOS/Chromium" \
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  [ -x /usr/bin/chromium ] && { echo /usr/bin/chromium; exit 0; }
fi
cat >&2 <<'MSG'
No Chromium found for the browser tests. Install one, then run the tests again:
  Debian/Ubuntu: sudo apt-get install chromium
  Fedora:        sudo dnf install chromium
  macOS:         brew install --cask chromium
or point ATLAS_CHROMIUM at any Chromium or Chrome binary.
MSG
exit 1
