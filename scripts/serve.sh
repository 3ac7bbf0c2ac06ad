#!/usr/bin/env bash
# Set up, then serve the site on http://127.0.0.1:8000/ (Swedish at /, English at /en/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/mkdocs serve --dev-addr 127.0.0.1:8000 "$@"
