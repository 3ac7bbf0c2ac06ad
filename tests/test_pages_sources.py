"""Every statement the guide adds to its two source pages carries a visible mark naming its source, in both languages,
and the sources page names every source by address with the date it was read.

The statements are listed in tests/data/additions.yml. A mark is a footnote whose definition links to the source's
entry on the sources page; in a list, an item without its own mark is covered by the mark of the sentence that
introduces the list.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from pages import LANGS, page_names, source

ADDITIONS: list[dict[str, str]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "additions.yml").read_text(encoding="utf-8")
)
SOURCES = "reference/sources.md"
SEEDS = {
    "personalinstruktioner": "https://lusem.lu.se/internal/department-staff-pages/department-informatics/",
    "studentsida": "https://dbwebb.se/kurser/faq/resultatrapportering",
}
READ = {"sv": re.compile(r"[Ll]äst (den )?\d{1,2} \w+ 20\d\d"), "en": re.compile(r"[Rr]ead on \d{1,2} \w+ 20\d\d")}
REF = re.compile(r"\[\^([\w-]+)\](?!:)")
DEFINITION = re.compile(r"^\[\^([\w-]+)\]:(.*)$", re.MULTILINE)
LINK = re.compile(r"sources\.md#([\w-]+)")


def flat(text: str) -> str:
    return " ".join(text.split())


def units(markdown: str) -> list[tuple[str, str]]:
    """Each paragraph, or each item of a list, with the paragraph that introduces it ('' for a plain paragraph)."""
    out: list[tuple[str, str]] = []
    previous = ""
    for block in re.split(r"\n\s*\n", markdown):
        if re.match(r"\s*([-*]|\d+\.)\s", block):
            lead = previous if re.search(r":(\[\^[\w-]+\])?\s*$", previous) else ""
            out += [(flat(item), flat(lead)) for item in re.split(r"\n(?=\s*(?:[-*]|\d+\.)\s)", block)]
        else:
            out.append((flat(block), ""))
        previous = block
    return out


def footnote_sources(markdown: str) -> dict[str, str]:
    """Footnote name -> the sources-page anchor its definition links to."""
    notes = {}
    for name, text in DEFINITION.findall(markdown):
        link = LINK.search(text)
        notes[name] = link.group(1) if link else ""
    return notes


def problems_of(markdown: str, fragment: str, wanted: str) -> list[str]:
    """Why `fragment` on this page is not marked with the source `wanted` ([] when it is)."""
    notes = footnote_sources(markdown)
    found = [(text, lead) for text, lead in units(markdown) if fragment in text]
    if not found:
        return [f"not on the page: {fragment!r}"]
    text, lead = found[0]
    marks = REF.findall(text) or REF.findall(lead)
    if not marks:
        return [f"no mark: {fragment!r}"]
    if wanted not in {notes.get(m, "") for m in marks}:
        return [f"marked, but not with {wanted}: {fragment!r} ({marks})"]
    return []


def source_ids(lang: str) -> dict[str, str]:
    """Each entry on the sources page (id -> its text)."""
    page = source(lang, SOURCES)
    parts = re.split(r"^### .*\{#([\w-]+)\}\s*$", page, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("addition", ADDITIONS, ids=lambda a: f"{a['page']}:{a['source']}")
def test_every_listed_addition_is_marked_with_its_source(lang: str, addition: dict[str, Any]) -> None:
    assert problems_of(source(lang, addition["page"]), addition[lang], addition["source"]) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_sources_page_names_each_source_by_address_and_date_and_no_person(lang: str) -> None:
    entries = source_ids(lang)
    for anchor, start in SEEDS.items():
        assert start in entries[anchor]
    for anchor, text in entries.items():
        assert re.search(r"<https?://[^>\s]+>", text), anchor
        assert READ[lang].search(text), anchor
    page = source(lang, SOURCES)
    for person in ("Rogowski", "Böhme", "mos "):
        assert person not in page


@pytest.mark.parametrize("lang", LANGS)
def test_every_mark_points_to_a_source_that_is_listed_and_every_source_is_used(lang: str) -> None:
    entries = set(source_ids(lang))
    used: set[str] = set()
    for page in page_names():
        markdown = source(lang, page)
        notes = footnote_sources(markdown)
        assert set(REF.findall(markdown)) <= set(notes), page  # every mark has its definition
        assert all(notes.values()), page  # and every definition links to the sources page
        used |= set(notes.values())
    assert used <= entries
    assert entries - set(SEEDS) == used  # no source listed that nothing rests on
    assert {a["source"] for a in ADDITIONS} == used  # and every source in use has its statements in the list


def test_the_check_fails_on_an_unmarked_or_wrongly_marked_addition() -> None:
    page = (
        "Intro.\n\nCSN counts only credits that carry credits.\n\nThe grade may go down.[^x]\n\n"
        "[^x]: Source: see [Sources](../reference/sources.md#kth-betygsdatum).\n"
    )
    assert problems_of(page, "CSN counts only credits", "csn-provning") != []
    assert problems_of(page, "The grade may go down", "hogskoleforordningen") != []
    assert problems_of(page, "The grade may go down", "kth-betygsdatum") == []
    listed = "Reasons:[^x]\n\n- One reason.\n- Another.\n\n[^x]: see [S](sources.md#lu-kom-fragor)\n"
    assert problems_of(listed, "Another.", "lu-kom-fragor") == []
