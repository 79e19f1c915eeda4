#!/usr/bin/env bash
# Set up (if needed) and start the dashboard at http://localhost:8501
# Listens on this machine only; set ATLAS_ADDRESS=0.0.0.0 to share it on your network (it has
# no login: see SECURITY.md). ATLAS_PORT picks another port.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
address=${ATLAS_ADDRESS:-localhost}
echo "Starting Relations Atlas at http://${address}:${ATLAS_PORT:-8501} (Ctrl+C stops it)"
exec .venv/bin/streamlit run app.py --server.port "${ATLAS_PORT:-8501}" \
  --server.address "$address" "$@"
