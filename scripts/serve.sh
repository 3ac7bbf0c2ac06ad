#!/usr/bin/env bash
# Set up, then serve the site on http://127.0.0.1:8000/ (Swedish at /, English at /en/).
# Arguments go to `mkdocs serve`; for another port: scripts/serve.sh --dev-addr 127.0.0.1:8001
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_MKDOCS_2_WARNING=1  # Material's notice about MkDocs 2; this project pins MkDocs below 2
scripts/setup.sh

for arg in "$@"; do
  case "$arg" in
    -a | --dev-addr | --dev-addr=*) exec .venv/bin/mkdocs serve "$@" ;;
  esac
done
if ! .venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 8000)); s.close()' 2>/dev/null; then
  echo "Port 8000 on 127.0.0.1 is already in use (perhaps the guide is already being served)." >&2
  echo "Stop that program, or serve on another port: scripts/serve.sh --dev-addr 127.0.0.1:8001" >&2
  exit 1
fi
exec .venv/bin/mkdocs serve --dev-addr 127.0.0.1:8000 "$@"
