"""Every page of the guide as a reader reads it: the Markdown with every engine marker rendered, in each language.

Rendering goes through the hook's own `render_markers`, so a test of these texts sees what the built site shows,
without running MkDocs.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from guide_engine import Settings
from guide_site.calendar_table import swedish_calendar
from guide_site.pages.markers import Context, render_markers

DOCS = Path(__file__).resolve().parent.parent / "docs"
from guide_engine.catalog import LANGS  # noqa: E402  (defined once, in the catalog)


def page_names() -> list[str]:
    return sorted(p.relative_to(DOCS / "sv").as_posix() for p in (DOCS / "sv").rglob("*.md"))


def source(lang: str, page: str) -> str:
    return (DOCS / lang / page).read_text(encoding="utf-8")


@cache
def rendered(lang: str, page: str) -> str:
    calendar = swedish_calendar(2026, 2027)
    return render_markers(source(lang, page), Context(lang, Settings(), calendar, 2026, page=page))
