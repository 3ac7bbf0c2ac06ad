"""The "Where is my result?" page: its two markers render the engine's declaration (the tool's questions, the
decision list) in the page's language, with the department's settings and contact, and a bad marker stops the build."""

from __future__ import annotations

import html
import json
import re

import pytest
from pages import rendered

from guide_engine import Calendar, Settings
from guide_engine.diagnosis import ANSWERS, CAUSES
from guide_site.config import Local
from guide_site.pages.markers import Context, MarkerError, render_markers


def ctx(lang: str, calendar: Calendar, settings: Settings | None = None, contact: str = "") -> Context:
    return Context(lang, settings or Settings(), calendar, 2026, Local(study_admin_contact=contact),
                   "student/where-is-my-result.md")


def test_the_tool_carries_the_engines_questions_and_the_departments_contact(calendar: Calendar) -> None:
    widget = render_markers("<!-- ladok:diagnosis tool -->", ctx("en", calendar, contact='exp@example.org "desk"'))
    questions = re.search(r'data-questions="([^"]*)"', widget)
    assert questions and json.loads(html.unescape(questions.group(1))) == [[q, list(a)] for q, a in ANSWERS.items()]
    assert 'data-contact="exp@example.org &quot;desk&quot;"' in widget, "the contact escaped, as any text in HTML"
    assert 'data-tool="diagnosis"' in widget and 'data-lang="en"' in widget and "<noscript>" in widget


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_list_has_every_cause_in_the_diagnosis_order(calendar: Calendar, lang: str) -> None:
    listed = render_markers("<!-- ladok:diagnosis list -->", ctx(lang, calendar))
    heads = re.findall(r"^(\d+)\. \*\*(.+?):\*\*", listed, re.MULTILINE)
    assert [int(n) for n, _ in heads] == list(range(1, len(CAUSES) + 1))
    otherwise = {"sv": "Annars", "en": "Otherwise"}[lang]
    assert heads[-1][1] == otherwise and all(h != otherwise for _, h in heads[:-1])


def test_the_list_follows_the_departments_rule_and_contact(calendar: Calendar) -> None:
    from markdown import Markdown

    local = Markdown().convert(render_markers(
        "<!-- ladok:diagnosis list -->", ctx("sv", calendar, Settings(working_days=10, retake_margin_days=21),
                                             "exp@example.org")))
    assert "Sista dagen för resultatet är 10 arbetsdagar efter examinationen, och senast 21 dagar före" in local
    assert "Fråga studieadministrationen (exp@example.org)." in local
    plain = render_markers("<!-- ladok:diagnosis list -->", ctx("sv", calendar))
    assert "15 arbetsdagar" in plain and "Fråga din institutions studieadministration." in plain


def test_a_departments_contact_stands_in_the_list_as_typed_never_as_a_link_or_tag(calendar: Calendar) -> None:
    from markdown import Markdown

    contact = "[desk](javascript:alert(1)) <b>*now*</b>"
    listed = render_markers("<!-- ladok:diagnosis list -->", ctx("en", calendar, contact=contact))
    page = Markdown().convert(listed)
    assert "<a " not in page and "<b>" not in page and "<em>" not in page
    assert "Ask the study administration ([desk](javascript:alert(1)) &lt;b&gt;*now*&lt;/b&gt;)." in page


@pytest.mark.parametrize("marker", ["<!-- ladok:diagnosis -->", "<!-- ladok:diagnosis lista -->"])
def test_a_bad_diagnosis_marker_stops_the_build(calendar: Calendar, marker: str) -> None:
    with pytest.raises(MarkerError, match="ladok:diagnosis takes"):
        render_markers(marker, ctx("sv", calendar))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_page_renders_the_tool_the_list_and_the_local_rule(lang: str) -> None:
    page = rendered(lang, "student/where-is-my-result.md")
    assert 'data-tool="diagnosis"' in page and "ladok:" not in page, "every marker rendered"
    assert re.search(r"^8\. \*\*", page, re.MULTILINE)
    words = " ".join(page.split())
    assert {"sv": "senast två veckor före omtentamen", "en": "at least two weeks before the re-take"}[lang] in words
