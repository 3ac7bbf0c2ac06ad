"""The last of the build: the site's scripts named for their content (scripts.py), the offline page, and the service
worker at the site's root, versioned by the whole build."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from .. import texts
from ..output import with_csp
from . import names
from .scripts import MARKER, write_scripts

OFFLINE_PAGES = {"sv": "offline.html", "en": "en/offline.html"}
# What never changes under its name, so the service worker answers it from its cache: Pyodide's versioned folder,
# the engine's and the wheel's content-named files, the scripts (scripts.py) and the tools' first answers (answers.py).
IMMUTABLE = (
    rf"/({re.escape(names.PYODIDE_DIR)}[^/]+|{re.escape(names.ENGINE_DIR.rstrip('/'))}|"
    rf"{re.escape(names.WHEELS_DIR)}[^/]+)/[^/]+$|/{re.escape(names.ASSETS)}[\w-]+\.[0-9a-f]{{12}}\.js$"
    rf"|/{re.escape(names.ASSETS)}answers-\w+-[0-9a-f]{{12}}\.json$"
)

# Pyodide's two scripts, stored before they are answered, so that they run from the cache already on a first visit.
STORED_FIRST = rf"/{re.escape(names.PYODIDE_DIR)}[^/]+/[^/]+\.m?js$"


def write_offline(site_dir: Path, base_path: str = "/") -> str:
    """The site's scripts under their content names (a page then never runs another build's), a page for each
    language that says a page not visited before cannot be shown offline, linking home by the site's path (the page
    stands in for any address), and the service worker at the site's root, versioned by the whole build. The page
    carries the site's Content-Security-Policy and an empty icon, so that offline it asks for nothing more. Returns
    the version."""
    runtime = json.loads((site_dir / names.RUNTIME_JSON).read_text(encoding="utf-8"))
    start = runtime["start"]
    scripts = write_scripts(site_dir, built(runtime))
    for lang, path in OFFLINE_PAGES.items():
        title, heading, text, home = (texts.label(f"offline.{k}", lang) for k in ("title", "heading", "text", "home"))
        page = (
            f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,">'
            f'<title>{title}</title></head>\n<body style="font-family: system-ui, sans-serif; max-width: 40em; '
            f'margin: 3em auto; padding: 0 1em; line-height: 1.5">\n<main><h1>{heading}</h1>\n<p>{text}</p>\n'
            f'<p><a href="{base_path}{"en/" if lang == "en" else ""}">{home}</a></p></main>\n</body></html>\n'
        )
        (site_dir / path).write_text(with_csp(page), encoding="utf-8")
    digest = hashlib.sha256()
    for file in sorted(p for p in site_dir.rglob("*") if p.is_file() and p.name != "sw.js"):
        digest.update(file.relative_to(site_dir).as_posix().encode() + b"\0" + file.read_bytes())
    version = digest.hexdigest()[:16]
    (site_dir / "sw.js").write_text(
        service_worker(version, start, scripts, runtime.get("answers", {})), encoding="utf-8"
    )
    return version


def built(runtime: dict[str, Any]) -> dict[str, Any]:
    """What the scripts are told of this build in place of their `/* ladok:built */ null` (scripts.py): its id, where
    runtime.json is, Pyodide's files and each tool's first answers. The SCORM package's copies are told the same."""
    start = runtime["start"]
    return {
        "build": runtime["build"],
        "runtime": names.RUNTIME_JSON,
        "wasm": start["wasm"],
        "scripts": [start["script"], start["core"]],
        "answers": runtime.get("answers", {}),
    }


def service_worker(version: str, start: dict[str, Any], scripts: list[str], answers: dict[str, str]) -> str:
    """sw.js with what it must know of this build filled in."""
    built = {
        "version": version,
        "prefix": names.SITE_CACHE_PREFIX,
        "offline": OFFLINE_PAGES,
        "immutable": IMMUTABLE,
        "storedFirst": STORED_FIRST,
        # what the build uses of what never changes: kept when a new build replaces an older one's cache
        "used": [start["pyodide"], start["stdlib"], start["engine"], start["wheel"]]
        + [names.ASSETS + name for name in scripts]
        + list(answers.values()),
    }
    template = (Path(__file__).resolve().parent / "sw.js").read_text(encoding="utf-8")
    if MARKER not in template:
        raise RuntimeError(f"sw.js lacks {MARKER}")
    return template.replace(MARKER, json.dumps(built, sort_keys=True))
