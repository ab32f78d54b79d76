#!/usr/bin/env bash
# Set up (if needed) and start SKP Desk on the default database. Extra arguments go to `skpdesk`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/skpdesk "$@"
