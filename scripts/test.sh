#!/usr/bin/env bash
# Set up, then run every check: lint and types, the strict site build, the engine under pytest, the same engine
# under Pyodide in Node, and the built site in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_MKDOCS_2_WARNING=1  # Material's notice about MkDocs 2; this project pins MkDocs below 2
scripts/setup.sh --browser

echo "== ruff and mypy"
.venv/bin/ruff check guide_engine guide_site hooks
.venv/bin/ruff format --check guide_engine guide_site hooks
.venv/bin/mypy

echo "== pytest (engine, Pyodide in Node, site build, Chromium)"
.venv/bin/python -m pytest "$@"
