#!/usr/bin/env bash
# The main job: install if needed, then the chat app over the sample papers
# (app.py indexes them first when the index is missing or stale).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1
exec .venv/bin/python app.py "$@"
