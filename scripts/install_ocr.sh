#!/usr/bin/env bash
# Debian's Tesseract OCR (with English and orientation data) for scanned papers: pages without a
# text layer are read with it (src/boardbot/parsing/ocr.py, through pytesseract). Safe to re-run.
set -euo pipefail
if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx eng; then
    exit 0
fi
bash "$(dirname "$0")/apt_install.sh" install_ocr.sh tesseract-ocr tesseract-ocr-eng
tesseract --version | head -1
