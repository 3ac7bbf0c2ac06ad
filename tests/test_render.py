"""Markers render the engine's facts in the page's language, and a bad marker fails the build."""

from __future__ import annotations

import pytest

from guide_engine import Calendar, Settings
from guide_site.pages.markers import Context, MarkerError, render_markers


def ctx(lang: str, calendar: Calendar, **settings: object) -> Context:
    return Context(lang, Settings(**settings), calendar, 2026)  # type: ignore[arg-type]


def test_who_may_do_an_action_comes_from_the_permission_table(calendar: Calendar) -> None:
    text = "Bara kursens <!-- ladok:who certify --> kan attestera; <!-- ladok:who prepare_removal -->."
    assert render_markers(text, ctx("sv", calendar)) == (
        "Bara kursens examinator kan attestera; studieadministratör och examinator."
    )
    assert render_markers("<!-- ladok:who certify -->", ctx("en", calendar)) == "examiner"


def test_settings_and_buttons_follow_the_language_and_the_local_rule(calendar: Calendar) -> None:
    assert render_markers("<!-- ladok:setting working-days -->", ctx("sv", calendar, working_days=10)) == "10"
    assert render_markers("<!-- ladok:setting retake-margin -->", ctx("en", calendar)) == "two weeks"
    assert render_markers("<!-- ladok:button action.mark_ready -->", ctx("en", calendar)) == (
        "**Mark as ready and notify** (*Klarmarkera och avisera*)"
    )


@pytest.mark.parametrize("marker", ["<!-- ladok:nonsense -->", "<!-- ladok:who fly -->",
                                    "<!-- ladok:button action.fly -->", "<!-- ladok:walkthrough nope -->"])
def test_a_bad_marker_is_an_error(calendar: Calendar, marker: str) -> None:
    with pytest.raises(MarkerError):
        render_markers(marker, ctx("sv", calendar))


@pytest.mark.parametrize("marker", ["<!--ladok:who certify-->x", "<!-- LADOK:who certify -->", "<!-- ladok :who certify -->",
                                    "<!-- ladok-who certify -->", "<!--  Ladok: who certify -->"])
def test_a_near_miss_marker_stops_the_build_and_is_named(calendar: Calendar, marker: str) -> None:
    """Something that starts like a marker either renders or fails: it never vanishes as an HTML comment."""
    page = f"Intro.\n\nWho certifies: {marker}\n"
    try:
        rendered = render_markers(page, ctx("en", calendar))
    except MarkerError as exc:
        assert "line 3" in str(exc) and "looks like a marker" in str(exc)
    else:
        assert "ladok" not in rendered.lower() and "examiner" in rendered, rendered


def test_mark_as_ready_steps_are_in_the_staff_pages_order(calendar: Calendar) -> None:
    """Mark as ready, then Graded by and Notify, then Mark as ready and notify: as Ladok's screen and the source."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "docs"
    for lang, opener, graded, notify, sender in (
        ("sv", "**Klarmarkera** (*Mark as ready*)", "**Rättande lärare**", "**Avisera till**",
         "**Klarmarkera och avisera** (*Mark as ready and notify*)"),
        ("en", "**Mark as ready** (*Klarmarkera*)", "**Graded by teacher**", "**Notify**",
         "**Mark as ready and notify** (*Klarmarkera och avisera*)"),
    ):
        page = (root / lang / "teacher" / "report.md").read_text(encoding="utf-8")
        section = page[page.index("{#steg-4-klarmarkera}"):page.index("{#om-nagot-ska-andras}")]
        text = render_markers(section, Context(lang, Settings(), calendar, 2026, page="teacher/report.md"))
        places = [text.index(opener), text.index(graded), text.index(notify), text.index(sender)]
        assert places == sorted(places), text


def test_the_removal_order_starts_with_the_course_grade(calendar: Calendar) -> None:
    sv = render_markers("<!-- ladok:change-order -->", ctx("sv", calendar)).splitlines()
    en = render_markers("<!-- ladok:change-order -->", ctx("en", calendar)).splitlines()
    assert sv[0].startswith("1. Har studenten ett attesterat betyg på hel kurs tas det bort först")
    assert en[0].startswith("1. If the student has a certified course grade, it is removed first")
    assert "Förbered borttag" in sv[1] and "Prepare removal" in en[1]


def test_student_pages_name_ladok_terms_in_one_language_and_staff_pages_in_both(calendar: Calendar) -> None:
    marker = "<!-- ladok:button ui.decision_date -->"
    student = Context("sv", Settings(), calendar, 2026, page="student/index.md")
    staff = Context("sv", Settings(), calendar, 2026, page="teacher/report.md")
    assert render_markers(marker, student) == "**Beslutsdatum**"
    assert render_markers(marker, staff) == "**Beslutsdatum** (*Decision date*)"


def test_who_transfers_from_inspera_follows_the_local_routine(calendar: Calendar) -> None:
    from guide_site.config import Local

    marker = "<!-- ladok:routine transfer_from_inspera -->"
    assert render_markers(marker, ctx("sv", calendar)) == "studieadministrationen"
    routine = Context("en", Settings(), calendar, 2026, local=Local(inspera_transfer_by="teacher"))
    assert render_markers(marker, routine) == "the teacher"
    assert "✓ ★" in render_markers("<!-- ladok:permissions -->", routine)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_walkthrough_and_the_sandbox_give_the_same_decision_dates(lang: str) -> None:
    """Both play the exercise on its own made-up day: the page's walkthrough, and the sandbox, which is told that
    day by the guide and sends it with every action."""
    import json
    import re

    from guide_engine import all_scenarios, handle
    from guide_site.pages.examples import walkthrough

    for key, scenario in all_scenarios().items():
        started = json.loads(handle(json.dumps({"op": "scenario", "scenario": key, "lang": lang})))
        assert started["guide"]["today"] == scenario.today.isoformat()
        state, said = started["state"], []
        for step in started["guide"]["steps"]:
            if step["action"] == "search":
                continue
            answer = json.loads(handle(json.dumps({"op": "act", "state": state, "actor": step["actor"], "lang": lang,
                                                   "action": step["action"], "params": step["params"],
                                                   "today": started["guide"]["today"]})))
            said += [e["text"] for e in answer.get("events", [])]
            state = answer["state"]
        day = scenario.today.isoformat()
        in_sandbox = set(re.findall(r"\d{4}-\d{2}-\d{2}", " ".join(t for t in said if day in t)))
        on_page = set(re.findall(r"\d{4}-\d{2}-\d{2}", walkthrough(key, lang)))
        assert in_sandbox <= on_page, (key, in_sandbox - on_page)
        if any(s["action"] == "certify" and s["expect"] == "ok" for s in started["guide"]["steps"]):
            assert scenario.today.isoformat() in on_page, key
