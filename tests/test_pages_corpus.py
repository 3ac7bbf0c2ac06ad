"""The question corpus (corpus/questions.yml): real questions from public pages, each answered by a section of the
guide in both languages. Every question's page and anchor are found in the pages as a reader gets them (markers
rendered), and the corpus keeps its size: at least 100 questions from at least 20 sources and 12 universities."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from pages import DOCS, LANGS, rendered

from guide_site.pages.parity import heading_ids

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "questions.yml"
QUESTIONS: list[dict[str, Any]] = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
ASKERS = {"student", "teacher", "examiner", "study_admin"}
ID_ATTRIBUTE = re.compile(r"""\bid=["']([\w-]+)["']""")


def anchors(lang: str, page: str) -> set[str]:
    """Every id a link can land on in a page: its headings' ids and any element's id, as rendered."""
    text = rendered(lang, page)
    return {i for i in heading_ids(text) if i} | set(ID_ATTRIBUTE.findall(text))


def unresolved(questions: list[dict[str, Any]]) -> list[str]:
    problems = []
    for q in questions:
        for lang in LANGS:
            page, anchor = q[f"page_{lang}"], q[f"anchor_{lang}"]
            if not (DOCS / lang / page).is_file():
                problems.append(f"{q['id']}: no page {lang}/{page}")
            elif anchor not in anchors(lang, page):
                problems.append(f"{q['id']}: no #{anchor} in {lang}/{page}")
    return problems


def test_every_question_lands_on_a_section_that_exists_in_both_languages() -> None:
    assert unresolved(QUESTIONS) == []


def test_a_broken_anchor_or_page_is_found() -> None:
    """The check itself can fail: a misspelt anchor and a missing page are both reported."""
    broken = dict(QUESTIONS[0], anchor_en="no-such-section")
    gone = dict(QUESTIONS[1], page_sv="student/no-such-page.md")
    assert unresolved([broken, gone]) == [
        f"{broken['id']}: no #no-such-section in en/{broken['page_en']}",
        f"{gone['id']}: no page sv/student/no-such-page.md",
    ]


def test_the_corpus_is_large_and_wide_enough() -> None:
    urls = {q["source"]["url"] for q in QUESTIONS}
    universities = {q["source"]["university"] for q in QUESTIONS if q["source"]["university"]}
    print(f"{len(QUESTIONS)} questions, {len(urls)} sources, {len(universities)} universities")
    assert len(QUESTIONS) >= 100
    assert len(urls) >= 20
    assert len(universities) >= 12
    assert {q["asks"] for q in QUESTIONS} == ASKERS


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q["id"])
def test_each_question_is_whole(q: dict[str, Any]) -> None:
    """Who asks, the question and the source's answer in both languages, the source's address and the day it was
    read; a question answered differently by different universities also says what is common and what is local."""
    assert q["asks"] in ASKERS
    for field in ("question_sv", "question_en", "answer_sv", "answer_en"):
        assert q[field].strip(), field
    assert q["question_sv"] != q["question_en"]
    source = q["source"]
    assert source["publisher"].strip() and source["title"].strip()
    assert re.match(r"https?://\S+$", source["url"]), source["url"]
    assert re.match(r"20\d\d-\d\d-\d\d$", source["read"])
    if q["local"]:
        assert q.get("common_rule_en", "").strip()


def test_ids_are_unique() -> None:
    ids = [q["id"] for q in QUESTIONS]
    assert len(ids) == len(set(ids))
