#!/usr/bin/env bash
# Set up, then serve the site on http://127.0.0.1:8000/ (Swedish at /, English at /en/).
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_MKDOCS_2_WARNING=1  # Material's notice about MkDocs 2; this project pins MkDocs below 2
scripts/setup.sh
exec .venv/bin/mkdocs serve --dev-addr 127.0.0.1:8000 "$@"
