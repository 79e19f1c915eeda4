#!/usr/bin/env bash
# Set up (if needed) and start the dashboard at http://localhost:8501
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "Starting Relations Atlas at http://localhost:${ATLAS_PORT:-8501} (Ctrl+C stops it)"
exec .venv/bin/streamlit run app.py --server.port "${ATLAS_PORT:-8501}" "$@"
