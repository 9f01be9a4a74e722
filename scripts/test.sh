#!/usr/bin/env bash
# Install if needed (including Debian's chromium for the browser test), lint, run the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -f scripts/install_browser.sh ]; then
    bash scripts/install_browser.sh || echo "warning: chromium could not be installed; browser test will skip" >&2
fi
export HF_HUB_OFFLINE=1
.venv/bin/ruff check src tests app.py benchmarks
# pytest exits 5 when it collects nothing; that is a failure here, not a pass.
exec .venv/bin/python -m pytest "$@"
