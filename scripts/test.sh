#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite: lint, unit, app and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ATLAS_CHROMIUM=$(bash scripts/find_chromium.sh)
export ATLAS_CHROMIUM
echo "==> Lint (ruff)"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "==> Dependency audit (pip-audit)"
bash scripts/audit.sh
echo "==> Tests (pytest; browser tests use $ATLAS_CHROMIUM)"
exec .venv/bin/python -m pytest "$@"
