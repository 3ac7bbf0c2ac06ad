"""Checks that keep the two languages in step; the hook runs them before every build and fails it on a problem.

- every page exists in both language trees;
- every heading has an explicit id, and the two versions of a page have the same ids in the same order, so a link
  to a section works in either language and the language switch lands on the same section;
- both versions of a page use the same engine markers, and every marker is known.
"""

from __future__ import annotations

import re
from pathlib import Path

from guide_engine.catalog import LANGS

from .markers import RENDERERS, markers_in

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
EXPLICIT_ID = re.compile(r"\{[^}]*#([A-Za-z][\w-]*)[^}]*\}\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")


def heading_ids(markdown: str) -> list[str | None]:
    """The explicit id of each heading, in order (None for a heading without one); fenced code is skipped."""
    ids: list[str | None] = []
    fenced = False
    for line in markdown.splitlines():
        if FENCE.match(line):
            fenced = not fenced
            continue
        heading = None if fenced else HEADING.match(line)
        if heading:
            found = EXPLICIT_ID.search(heading.group(2))
            ids.append(found.group(1) if found else None)
    return ids


def check_docs(docs_dir: Path) -> list[str]:
    problems: list[str] = []
    trees = {
        lang: {p.relative_to(docs_dir / lang).as_posix() for p in (docs_dir / lang).rglob("*.md")} for lang in LANGS
    }
    for lang in LANGS:
        other = "en" if lang == "sv" else "sv"
        for page in sorted(trees[lang] - trees[other]):
            problems.append(f"{lang}/{page} has no {other} version")
    for page in sorted(trees["sv"] & trees["en"]):
        texts = {lang: (docs_dir / lang / page).read_text(encoding="utf-8") for lang in LANGS}
        ids = {lang: heading_ids(texts[lang]) for lang in LANGS}
        for lang in LANGS:
            if None in ids[lang]:
                problems.append(f"{lang}/{page}: a heading has no explicit {{#id}}")
        if ids["sv"] != ids["en"]:
            problems.append(f"{page}: heading ids differ: sv {ids['sv']} / en {ids['en']}")
        markers = {lang: markers_in(texts[lang]) for lang in LANGS}
        if markers["sv"] != markers["en"]:
            problems.append(f"{page}: engine markers differ: sv {markers['sv']} / en {markers['en']}")
        for name in set(markers["sv"]) | set(markers["en"]):
            if name not in RENDERERS:
                problems.append(f"{page}: unknown marker ladok:{name}")
    return problems
