"""What every renderer of a marker gets: the page's language, the local rule and details, the calendar, and the
page's path; and the few helpers they all use to write a term or a table."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from guide_engine import Calendar, Settings

from .. import texts
from ..config import Local
from ..runtime import bytecode


class MarkerError(ValueError):
    pass


@dataclass(frozen=True)
class Context:
    lang: str
    settings: Settings
    calendar: Calendar
    today_year: int  # the first year of the worked examples, from the build's configuration, not the clock
    local: Local = field(default_factory=Local)
    page: str = ""  # the page's path inside its language folder, such as "student/index.md"

    @property
    def for_students(self) -> bool:
        """Student pages name Ladok's terms in the reader's language only; staff pages add the other language."""
        return self.page.startswith("student/")


def in_both(ctx: Context, key: str) -> tuple[str, str]:
    """A label in the page's language, and in the other one (Ladok's interface can be set to either)."""
    other = "en" if ctx.lang == "sv" else "sv"
    return texts.label(key, ctx.lang), texts.label(key, other)


def button(ctx: Context, key: str) -> str:
    """A button in Ladok, named as the reader sees it, with the other language's name beside it."""
    if not texts.has_label(key):
        raise MarkerError(f"unknown label {key}")
    mine, other = in_both(ctx, key)
    return f"**{mine}** (*{other}*)" if mine != other and not ctx.for_students else f"**{mine}**"


def md_table(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def words(ctx: Context, sv: str, en: str) -> str:
    return sv if ctx.lang == "sv" else en


def joined(ctx: Context, items: list[str], sv: str = "och", en: str = "and") -> str:
    """Items as a sentence lists them: "a, b och c", "a, b and c" (or "eller"/"or" for a choice)."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + words(ctx, f" {sv} ", f" {en} ") + items[-1]


def runtime_hint() -> str:
    """A widget's `data-pyodide`: the folder of the Pyodide this build ships, so that opening a sandbox or tool starts
    downloading the WebAssembly while runtime.json is on its way. runtime.json still decides (engine.js): a page
    kept from an older build only costs a download it does not use."""
    try:
        return f'data-pyodide="{html.escape(bytecode.pyodide_base())}"'
    except bytecode.BytecodeError as exc:
        raise MarkerError(str(exc)) from None
