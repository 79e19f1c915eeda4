#!/usr/bin/env bash
# Check the pinned Python dependencies against published vulnerability data with pip-audit.
# pip-audit lives in its own venv (.venv-audit) so its dependencies never mix with the app's.
# Where this machine cannot reach the vulnerability data, the audit says so and does not fail:
# a closed network is not a vulnerability. Any known vulnerability fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
AUDIT_VERSION=2.10.1
PYTHON=${PYTHON:-python3}
if [ ! -x .venv-audit/bin/pip-audit ] || ! .venv-audit/bin/pip-audit --version | grep -q "$AUDIT_VERSION"; then
  "$PYTHON" -m venv .venv-audit
  .venv-audit/bin/python -m pip install --disable-pip-version-check -q "pip-audit==$AUDIT_VERSION" 2>&1 \
    | grep -v "^WARNING: Location" || true
fi
report=$(mktemp)
trap 'rm -f "$report"' EXIT
status=0
# Audit what setup.sh installed from requirements.txt (the pins), not a fresh resolution.
site=$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
.venv-audit/bin/pip-audit --path "$site" --progress-spinner off --format json \
  --output "$report" >/dev/null 2>&1 || status=$?
exec .venv/bin/python scripts/audit_report.py "$report" "$status"
