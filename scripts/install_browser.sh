#!/usr/bin/env bash
# Debian's chromium for the headless browser test (tests/test_browser.py). Playwright drives
# this binary through executable_path, so no browser is ever downloaded. Safe to re-run.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
    exit 0
fi
bash "$(dirname "$0")/apt_install.sh" install_browser.sh chromium
chromium --version
