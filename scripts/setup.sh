#!/usr/bin/env bash
# Set up everything the dashboard needs, on a fresh clone or again after a pull.
# Idempotent and quick when nothing changed: each step is skipped when its inputs are unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
# sha256sum on Linux, shasum on macOS
hash_of() { if command -v sha256sum >/dev/null; then sha256sum "$1"; else shasum -a 256 "$1"; fi | cut -d' ' -f1; }

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Relations Atlas needs Python 3.11 or newer (tried: $PYTHON). Set PYTHON=/path/to/python3.11." >&2
  exit 1
fi
command -v npm >/dev/null || { echo "npm (Node.js) is needed to install the map's front-end libraries." >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  say "Creating the virtual environment in .venv"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.requirements.sha256
want=$(hash_of requirements.txt)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "Installing Python packages (requirements.txt)"
  .venv/bin/python -m pip install --disable-pip-version-check -q -r requirements.txt
  echo "$want" > "$stamp"
fi

lock=assets/node_modules/.atlas-lock.sha256
want=$(hash_of assets/package-lock.json)
if [ "$(cat "$lock" 2>/dev/null)" != "$want" ]; then
  say "Installing front-end libraries (assets/package-lock.json)"
  npm ci --prefix assets --no-audit --no-fund --loglevel=error
  echo "$want" > "$lock"
fi
.venv/bin/python scripts/build_static.py >/dev/null

if ! .venv/bin/python scripts/build_reference.py --check >/dev/null 2>&1; then
  say "Building reference data (countries, country shapes, gazetteer)"
  .venv/bin/python scripts/build_reference.py
fi
