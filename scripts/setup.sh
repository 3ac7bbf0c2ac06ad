#!/usr/bin/env bash
# Install what the project needs on a fresh machine: a virtual environment with the pinned Python packages,
# the pinned npm packages (the Pyodide runtime the site serves itself, axe-core for the tests) and, with
# --browser, Debian's chromium and faketime for the tests. Safe to run again: it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt

if [ ! -d node_modules/pyodide ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

# For the tests: Debian's chromium (the browser tests) and faketime (builds on two different days).
if [ "${1:-}" = "--browser" ] && { ! command -v chromium >/dev/null 2>&1 || ! command -v faketime >/dev/null 2>&1; }; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium faketime >/dev/null
fi
