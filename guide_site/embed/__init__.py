"""The guide inside a learning platform: an embed page for each tool, each guided exercise and the self-check, in
each language (`pages`), the box with the frame code on the pages that hold them (`code`), and the self-check as a
SCORM 1.2 package (`scorm`). Everything is made from the built site, so a widget and its embed are the same HTML and
the package runs the same scripts and runtime as the site."""

from __future__ import annotations

from pathlib import Path

from .code import with_embed_code
from .pages import LANGS, sources, write_pages
from .scorm import write_packages

__all__ = ["with_embed_code", "write_embeds"]


def write_embeds(site_dir: Path, template_dir: Path, site_url: str) -> list[Path]:
    """Every embed page and both SCORM packages, from the built site. Returns the files written."""
    found = {lang: sources(site_dir, lang) for lang in LANGS}
    return [
        *write_pages(site_dir, template_dir, found),
        *write_packages(site_dir, template_dir, site_url, found).values(),
    ]
