#!/usr/bin/env bash
# Create .venv with the pinned dependencies; safe to run repeatedly (a stamp skips
# the install when pyproject.toml has not changed since the last successful one).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
step() { echo "[setup $((SECONDS - start))s] $*" >&2; }
# pip's package lines as progress; with pipefail a failed install still fails the script
pip_install() { .venv/bin/python -m pip install --progress-bar off "$@" | { grep -E "^(Collecting|Successfully)" >&2 || true; }; }
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [ ! -x .venv/bin/python ]; then
    step "creating .venv with $PY"
    "$PY" -m venv .venv
fi
stamp=.venv/.boardbot-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    # a first install downloads about 1 GB and takes 3-5 minutes: say what is happening as it goes
    step "1/3 upgrading pip"
    .venv/bin/python -m pip install -q --upgrade pip
    # torch first and exactly: an unpinned resolve would pull a multi-GB CUDA build.
    step "2/3 installing torch 2.13.0 (CPU build, about 200 MB)"
    pip_install torch==2.13.0
    step "3/3 installing boardbot and its dependencies (llama-index, chromadb, sentence-transformers, gradio, ...)"
    pip_install -e ".[dev]"
    echo "$want" > "$stamp"
    step "installed"
fi
step "checking Tesseract (OCR for scanned pages)"
bash scripts/install_ocr.sh || echo "warning: Tesseract could not be installed; scanned pages will not be read" >&2
