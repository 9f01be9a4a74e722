#!/usr/bin/env bash
# Install if needed, lint, run the tests.
#   bash scripts/test.sh            the whole suite (including Debian's chromium for the browser test)
#   bash scripts/test.sh --fast     the fast lane: every test not marked slow or browser (minutes on 2 cores)
# Any other arguments go to pytest, e.g. `bash scripts/test.sh --fast tests/test_docs.py -x`.
set -euo pipefail
cd "$(dirname "$0")/.."
fast=0
if [ "${1:-}" = "--fast" ]; then
    fast=1
    shift
fi
bash scripts/setup.sh
if [ "$fast" = 0 ] && [ -f scripts/install_browser.sh ]; then
    bash scripts/install_browser.sh || echo "warning: chromium could not be installed; browser test will skip" >&2
fi
export HF_HUB_OFFLINE=1
.venv/bin/ruff check src tests app.py benchmarks evals
# Two workers (pytest-xdist, tests handed out one by one): much of the suite waits on other processes (CLI
# ingests, a Chroma server, a browser, a killed writer), so two run side by side. (xdist 3.8's per-file and
# per-group modes rename test ids in a way pytest 9 ignores, so they are not used.)
# BOARDBOT_TEST_WORKERS=0 runs in one process.
workers=(-n "${BOARDBOT_TEST_WORKERS:-2}")
# pytest exits 5 when it collects nothing; that is a failure here, not a pass.
if [ "$fast" = 1 ]; then
    exec .venv/bin/python -m pytest "${workers[@]}" -m "not slow and not browser" "$@"
fi
# the slowest tests in the log, so CI shows where the suite's time goes
exec .venv/bin/python -m pytest "${workers[@]}" --durations=15 "$@"
