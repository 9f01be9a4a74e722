#!/usr/bin/env bash
# Debian's Tesseract OCR (with English and orientation data) for scanned papers: pages without a
# text layer are read with it (src/boardbot/parsing/ocr.py, through pytesseract). Safe to re-run.
set -euo pipefail
if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx eng; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo -n"
    else
        echo "install_ocr.sh: need root (or sudo) to apt-get install tesseract-ocr" >&2
        exit 1
    fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_ocr.sh: no apt-get on this system; install tesseract-ocr and its English data by hand" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q tesseract-ocr tesseract-ocr-eng
tesseract --version | head -1
