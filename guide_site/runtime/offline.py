"""Offline use: the service worker at the site's root, versioned by the whole build, and the offline page."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .. import texts
from ..output import with_csp

OFFLINE_PAGES = {"sv": "offline.html", "en": "en/offline.html"}


def write_offline(site_dir: Path, base_path: str = "/") -> str:
    """The service worker at the site's root, versioned by the whole build, and a page for each language that says
    a page not visited before cannot be shown offline, linking home by the site's path (the page stands in for
    any address). The page carries the site's Content-Security-Policy and an empty icon, so that offline it asks
    for nothing more. Returns the version."""
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
    template = (Path(__file__).resolve().parent / "sw.js").read_text(encoding="utf-8")
    (site_dir / "sw.js").write_text(template.replace("__VERSION__", version), encoding="utf-8")
    return version
