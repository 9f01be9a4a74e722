#!/usr/bin/env bash
# apt-get install the Debian packages named, as root or through sudo; used by the install_*.sh
# scripts so each says only what it needs. Usage: apt_install.sh CALLER PACKAGE...
set -euo pipefail
caller=$1
shift
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo -n"
    else
        echo "$caller: need root (or sudo) to apt-get install $*" >&2
        exit 1
    fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "$caller: no apt-get on this system; install $* by hand" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q "$@"
