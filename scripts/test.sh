#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite, including the layering contracts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/lint-imports
exec .venv/bin/python -m pytest "$@"
