"""The certify screens and Inspera's screen in headless Chromium, in both languages at a laptop's and a phone's size:
a prepared removal on the examiner's list, a grade changed and a row sent back before certifying, an activity
session's own certify view with codes and its status filter, and a second Inspera transfer without re-entering."""

from __future__ import annotations

from typing import Any

import pytest

from guide_engine import all_scenarios
from guide_engine.scenarios import ALVA, BRUNO, EXAMINER, TEACHER, Step
from guide_site import texts
from tests.browser.driver import (
    SCREEN_LABELS,
    SIZES,
    choose_role,
    click,
    do_step,
    label,
    people_and_modules,
    play,
    row_for,
    scenario_page,
    screen,
    seeded_codes,
    status_line,
)

LANGS = ["sv", "en"]


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("lang", LANGS)
def test_the_examiners_list_shows_a_prepared_removal_for_what_it_is(browser: Any, server: str, lang: str,
                                                                    size: str) -> None:
    with scenario_page(browser, server, "change_grade", lang, size, keyboard=False) as page:
        play(page, "change_grade", lang, 3)  # the course grade removed, the exam result prepared for removal
        choose_role(page, EXAMINER)
        screen(page, SCREEN_LABELS["certify"](lang))
        view = page.locator(".ladok-view")
        row = view.locator("tr.ladok-row", has_text="Alva Exempel")
        assert label("ui.awaits.certify_removal", lang) in row.inner_text()
        assert any(label(key, lang) in row.inner_text() for key in ("ui.notified_you", "ui.notified_other"))
        assert view.get_by_text(label("ui.select_all", lang), exact=True).count() == 1, "Select all appears once"
        click(page, view.get_by_label(label("ui.select_row", lang, name="Alva Exempel", target=modules_name(lang)),
                                      exact=True))
        click(page, view.get_by_role("button", name=label("action.certify", lang), exact=True))
        assert view.get_by_role("button", name=label("ui.confirm_button.certify", lang), exact=True).count() == 0
        click(page, view.get_by_role("button", name=label("ui.confirm_button.certify_removal", lang), exact=True))
        assert page.locator(".ladok-view .ladok-outcome-done").count() == 1
        assert "Alva Exempel" in status_line(page) and modules_name(lang) in status_line(page)
        assert view.locator("tr.ladok-row", has_text="Alva Exempel").count() == 0, "the removal is certified"


def modules_name(lang: str) -> str:
    return "Skriftlig tentamen" if lang == "sv" else "Written exam"


def ready(page: Any, lang: str, pnr: str, grade: str) -> None:
    names, modules = people_and_modules("written_exam")
    target = {"student": pnr, "target": "TEN1"}
    for step in (Step(TEACHER, "save_draft", {**target, "grade": grade, "exam_date": "2026-01-15"}, "", ""),
                 Step(TEACHER, "mark_ready", {**target, "graded_by": TEACHER, "notify": EXAMINER}, "", "")):
        do_step(page, step, lang, names, modules)


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("lang", LANGS)
def test_on_the_certify_screen_a_grade_is_changed_and_a_row_sent_back(browser: Any, server: str, lang: str,
                                                                     size: str) -> None:
    with scenario_page(browser, server, "written_exam", lang, size, keyboard=False) as page:
        ready(page, lang, ALVA, "VG")
        ready(page, lang, BRUNO, "G")
        choose_role(page, EXAMINER)
        screen(page, SCREEN_LABELS["certify"](lang))
        view = page.locator(".ladok-view")
        alva = view.locator("tr.ladok-row", has_text="Alva Exempel")
        assert label("ui.notified_you", lang) in alva.inner_text()
        alva.locator("select").select_option("G")
        alva.locator("input[type=text]").fill("2026-01-16")
        click(page, alva.locator("input[type=checkbox]"))  # ticking redraws: the changes must survive it
        assert view.locator("tr.ladok-row", has_text="Alva Exempel").locator("select").input_value() == "G"
        click(page, view.get_by_role("button", name=label("action.certify", lang), exact=True))
        click(page, view.get_by_role("button", name=label("ui.confirm_button.certify", lang), exact=True))
        assert f"G {'på' if lang == 'sv' else 'on'} {modules_name(lang)}" in status_line(page)
        bruno = view.locator("tr.ladok-row", has_text="Bruno Exempel")
        actions = bruno.locator("xpath=following-sibling::tr[1]")
        actions.locator("input[type=text]").fill("Fel betyg, se över." if lang == "sv" else "Wrong grade, check.")
        click(page, actions.get_by_role("button", name=label("action.unmark_ready", lang), exact=True))
        assert page.locator(".ladok-view .ladok-outcome-done").count() == 1
        waiting = page.locator(".ladok-view > .ladok-table tr.ladok-row", has_text="Bruno Exempel")
        assert waiting.count() == 0, "sent back: no longer waiting"
        assert view.locator(".ladok-not-listed tr.ladok-row", has_text="Bruno Exempel").count() == 1, "a draft again"
        choose_role(page, TEACHER)
        row = row_for(page, "Bruno Exempel", modules_name(lang))
        assert label("state.draft", lang) in row.inner_text()
        comment = row.locator("xpath=following-sibling::tr[1]").locator("input[type=text]")
        assert comment.input_value().startswith("Fel betyg" if lang == "sv" else "Wrong grade")
        choose_role(page, ALVA)
        cells = page.locator(".ladok-view tbody tr").first.locator("td").all_inner_texts()
        assert [c.strip() for c in cells[1:3]] == ["G", "2026-01-16"], "certified with the grade and date changed"


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("lang", LANGS)
def test_the_activity_sessions_certify_view_finds_a_code_while_and_after_certifying(browser: Any, server: str,
                                                                                     lang: str, size: str) -> None:
    activity = all_scenarios()["inspera"].start.activities[0]
    with scenario_page(browser, server, "inspera", lang, size, keyboard=False) as page:
        codes = seeded_codes(page)  # the codes of this exercise, drawn from the page's seed
        code = codes[next(c for c, pnr in activity.codes if pnr == ALVA)]
        play(page, "inspera", lang, 3)  # transferred twice, Alva's result marked as ready
        choose_role(page, EXAMINER)
        screen(page, SCREEN_LABELS["activities"](lang))
        view = page.locator(".ladok-view")
        filters = view.locator(".ladok-filter")
        click(page, filters.get_by_role("button", name=label("ui.filter_ready", lang), exact=True))
        rows = view.locator("tr.ladok-row")
        assert rows.count() == 1 and code in rows.first.inner_text() and "Alva Exempel" in rows.first.inner_text()
        click(page, rows.first.locator("input[type=checkbox]"))
        click(page, view.get_by_role("button", name=label("action.certify", lang), exact=True))
        click(page, view.get_by_role("button", name=label("ui.confirm_button.certify", lang), exact=True))
        assert page.locator(".ladok-view .ladok-outcome-done").count() == 1
        assert view.locator("tr.ladok-row").count() == 0, "nothing is marked as ready any longer"
        click(page, filters.get_by_role("button", name=label("ui.filter_certified", lang), exact=True))
        rows = view.locator("tr.ladok-row")
        assert rows.count() == 1
        found = rows.first.inner_text()
        assert code in found and "Alva Exempel" in found and label("state.certified", lang) in found
        choose_role(page, TEACHER)  # the teacher sees the session by code; the certified result by name as well
        screen(page, SCREEN_LABELS["activities"](lang))
        click(page, filters.get_by_role("button", name=label("ui.filter_all", lang), exact=True))
        texts = view.locator("tr.ladok-row").all_inner_texts()
        assert len(texts) == 4 and all(codes[c] in "".join(texts) for c, _ in activity.codes)
        assert sum("Exempel" in t for t in texts) == 1, "only the certified result shows a name"


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("lang", LANGS)
def test_a_second_inspera_transfer_needs_no_grade_entered_again(browser: Any, server: str, lang: str,
                                                                size: str) -> None:
    activity = all_scenarios()["inspera"].start.activities[0]
    with scenario_page(browser, server, "inspera", lang, size, keyboard=False) as page:
        code = seeded_codes(page)[next(c for c, pnr in activity.codes if pnr == ALVA)]
        assert page.locator(".ladok-tabs button[aria-pressed=true]").inner_text() == SCREEN_LABELS["inspera"](lang)
        view = page.locator(".ladok-view")
        transfer = view.get_by_role("button", name=label("action.transfer_from_inspera", lang), exact=True)
        view.locator(f"select[data-code='{code}']").select_option("U")  # a grade changed in Inspera
        view.locator(f"input[data-points='{code}']").fill("12")
        click(page, transfer)
        assert page.locator(".ladok-view .ladok-outcome-done").count() == 1
        screen(page, SCREEN_LABELS["report"](lang))
        screen(page, SCREEN_LABELS["inspera"](lang))
        assert view.locator(f"select[data-code='{code}']").input_value() == "U", "what Inspera holds stays filled in"
        assert view.locator(f"input[data-points='{code}']").input_value() == "12"
        click(page, transfer)  # nothing entered again
        counts = {"created": 0, "updated": 2, "skipped_passed": 0, "skipped_working": 0}
        assert texts.message("transferred", counts, lang) in status_line(page)
        row = row_for(page, "Alva Exempel", modules_name(lang))
        assert row.locator("select").input_value() == "U"
        assert row.locator("input[type=text]").nth(1).input_value() == "12", "the points came over as an annotation"
        assert not row.locator("input[type=checkbox]").is_checked(), "hidden from the student, as the department sets"
