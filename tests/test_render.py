"""Markers render the engine's facts in the page's language, and a bad marker fails the build."""

from __future__ import annotations

import pytest

from guide_engine import Calendar, Settings
from guide_site.render import Context, MarkerError, render_markers


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
