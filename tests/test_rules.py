"""Round 2 of the rules: the course grade, the decision date, comments, who transfers from Inspera, the removal
order, refusal texts without internal codes, and names hidden behind anonymisation codes."""

from __future__ import annotations

import re

import pytest

from guide_engine import State, act, all_scenarios, credits, describe, message, view
from guide_engine.catalog import GLOSSARY, LABELS, ROLE_GLOSSARY
from guide_engine.model import COURSE_TARGET, ROLES
from guide_engine.rules import PERMISSIONS, ROUTINES
from guide_engine.scenarios import ADMIN, ALVA, BRUNO, EXAMINER, SEED, TEACHER, _fresh
from story import certified, ok, refused, statuses

from conftest import TODAY


def both_texts(key: str, params: dict[str, object]) -> tuple[str, str]:
    return message(key, params, "sv"), message(key, params, "en")


# --- the course grade is a passing grade ---------------------------------------------------------------------------


@pytest.mark.parametrize("grade", ["U"])
def test_a_failing_course_grade_is_refused_on_a_ug_course(written: State, grade: str) -> None:
    """Every module passed, then U as the course grade: refused, and the text says why in both languages."""
    state = certified(certified(written, ALVA, "TEN1", "G"), ALVA, "INL1", "G")
    params = refused(state, TEACHER, "save_draft", "course_grade_must_pass", student=ALVA, target=COURSE_TARGET,
                     grade=grade)
    sv, en = both_texts("course_grade_must_pass", params)
    assert "Betyg på hel kurs måste vara ett godkänt betyg" in sv and "U är ett underkänt betyg" in sv
    assert "The course grade must be a passing grade" in en and "U is a fail" in en


@pytest.mark.parametrize("grade", ["F", "Fx"])
def test_a_failing_course_grade_is_refused_on_an_a_to_f_course(grade: str) -> None:
    state = _fresh(SEED, "")
    for module in ("DEL1", "DEL2", "PROJ"):
        state = certified(state, ALVA, module, "G", "2026-01-12")
    refused(state, TEACHER, "save_draft", "course_grade_must_pass", student=ALVA, target=COURSE_TARGET, grade=grade)
    state = ok(state, TEACHER, "save_draft", student=ALVA, target=COURSE_TARGET, grade="B").state
    state = ok(state, TEACHER, "mark_ready", student=ALVA, target=COURSE_TARGET, graded_by=TEACHER,
               notify=EXAMINER).state
    # Nor can the examiner change it to a fail just before certifying.
    refused(state, EXAMINER, "certify", "course_grade_must_pass", student=ALVA, target=COURSE_TARGET, grade=grade)
    assert credits(ok(state, EXAMINER, "certify", student=ALVA, target=COURSE_TARGET).state, ALVA) == 7.5


# --- the decision date ---------------------------------------------------------------------------------------------


def test_certifying_records_the_decision_date_beside_the_examination_date(written: State) -> None:
    import datetime as dt

    state = ok(written, TEACHER, "save_draft", student=ALVA, target="TEN1", grade="VG", exam_date="2026-01-15").state
    state = ok(state, TEACHER, "mark_ready", student=ALVA, target="TEN1", graded_by=TEACHER, notify=EXAMINER).state
    later = dt.date(2026, 2, 9)
    outcome = act(state, EXAMINER, "certify", {"student": ALVA, "target": "TEN1"}, later)
    record = outcome.state.results[0]
    assert (record.exam_date, record.decision_date) == ("2026-01-15", "2026-02-09")
    assert "2026-02-09" in message(outcome.events[0].key, outcome.events[0].params, "en")
    student_row = view(outcome.state, ALVA)["rows"][0]
    assert (student_row["exam_date"], student_row["decision_date"]) == ("2026-01-15", "2026-02-09")
    staff_row = next(r for r in view(outcome.state, TEACHER)["rows"] if r["student"] == ALVA and r["target"] == "TEN1")
    assert staff_row["decision_date"] == "2026-02-09"
    # Ladok shows the credits from the decision on, though they were earned on the examination date.
    assert credits(outcome.state, ALVA, on="2026-02-08") == 0
    assert credits(outcome.state, ALVA, on="2026-02-09") == 4.5


def test_a_certified_removal_records_its_date(written: State) -> None:
    import datetime as dt

    state = certified(written, ALVA, "TEN1", "G")
    state = ok(state, ADMIN, "prepare_removal", student=ALVA, target="TEN1").state
    removed = act(state, EXAMINER, "certify_removal", {"student": ALVA, "target": "TEN1"}, dt.date(2026, 2, 20))
    assert removed.state.results[0].status == "removed" and removed.state.results[0].removal_date == "2026-02-20"
    assert removed.state.results[0].decision_date == TODAY.isoformat()


# --- a comment on a result -----------------------------------------------------------------------------------------


def test_a_comment_is_seen_by_staff_and_never_by_the_student(written: State) -> None:
    state = ok(written, TEACHER, "save_draft", student=ALVA, target="TEN1", grade="G", exam_date="2026-01-15").state
    outcome = ok(state, TEACHER, "comment", student=ALVA, target="TEN1", comment="Rättad av två lärare.")
    assert [e.key for e in outcome.events] == ["comment_saved"]
    assert "studenten gör det inte" in message("comment_saved", outcome.events[0].params, "sv")
    state = ok(outcome.state, TEACHER, "mark_ready", student=ALVA, target="TEN1", graded_by=TEACHER,
               notify=EXAMINER).state
    # The examiner removes the ready mark and says why; the comment travels with the result.
    state = ok(state, EXAMINER, "unmark_ready", student=ALVA, target="TEN1", comment="Fel datum, se över.").state
    assert statuses(state) == [(ALVA, "TEN1", "G", "draft")] and state.results[0].comment == "Fel datum, se över."
    assert next(r for r in view(state, EXAMINER)["rows"] if r["student"] == ALVA)["comment"] == "Fel datum, se över."
    state = ok(state, TEACHER, "mark_ready", student=ALVA, target="TEN1", graded_by=TEACHER, notify=EXAMINER).state
    state = ok(state, EXAMINER, "certify", student=ALVA, target="TEN1").state
    assert all("comment" not in row for row in view(state, ALVA)["rows"])
    refused(state, TEACHER, "comment", "wrong_state", student=ALVA, target="TEN1", comment="Efteråt")
    refused(state, ALVA, "comment", "not_authorised", student=ALVA, target="TEN1", comment="Jag")


def test_an_empty_or_overlong_comment_is_refused_in_both_languages(written: State) -> None:
    state = ok(written, TEACHER, "save_draft", student=ALVA, target="TEN1", grade="G", exam_date="2026-01-15").state
    params = refused(state, TEACHER, "comment", "missing_param", student=ALVA, target="TEN1", comment=" ")
    assert both_texts("missing_param", params) == ("Uppgiften ”Kommentar” saknas. Fyll i den och försök igen.",
                                                   "“Comment” is missing. Fill it in and try again.")
    params = refused(state, TEACHER, "comment", "comment_too_long", student=ALVA, target="TEN1", comment="x" * 501)
    assert "500" in both_texts("comment_too_long", params)[0] and "500" in both_texts("comment_too_long", params)[1]


# --- who transfers from Inspera ------------------------------------------------------------------------------------


def test_the_study_administrator_who_follows_the_staff_page_may_transfer() -> None:
    """The teacher holds the authorisation; by routine the study administration transfers and marks as ready."""
    scenario = all_scenarios()["inspera"]
    assert scenario.steps[0].actor == ADMIN and scenario.steps[0].action == "transfer_from_inspera"
    assert set(PERMISSIONS["transfer_from_inspera"]) == {"teacher", "examiner", "study_admin"}
    assert ROUTINES["transfer_from_inspera"] == "study_admin"
    assert describe()["routines"] == {"transfer_from_inspera": "study_admin"}
    state = scenario.start
    for step in scenario.steps:
        outcome = act(state, step.actor, step.action, step.params, TODAY)
        assert outcome.refusal is None, outcome.refusal
        state = outcome.state


def test_every_role_the_engine_knows_is_explained_in_the_glossary() -> None:
    assert set(ROLE_GLOSSARY) == set(ROLES) == set(describe()["roles"])
    for role, key in ROLE_GLOSSARY.items():
        term_sv, term_en, about_sv, about_en = GLOSSARY[key]
        assert (term_sv, term_en) == LABELS[f"role.{role}"] and about_sv and about_en
    assert all(role in ROLES for roles in PERMISSIONS.values() for role in roles)


# --- the removal order ---------------------------------------------------------------------------------------------


def test_preparing_a_module_removal_under_a_certified_course_grade_is_refused_at_once(written: State) -> None:
    state = certified(certified(written, ALVA, "TEN1", "G"), ALVA, "INL1", "G")
    state = certified(state, ALVA, COURSE_TARGET, "G")
    params = refused(state, ADMIN, "prepare_removal", "course_grade_must_be_removed_first", student=ALVA,
                     target="TEN1")
    sv, en = both_texts("course_grade_must_be_removed_first", params)
    assert "Ta bort kursbetyget först" in sv and "Remove the course grade first" in en
    refused(state, EXAMINER, "remove", "course_grade_must_be_removed_first", student=ALVA, target="TEN1")
    state = ok(state, EXAMINER, "remove", student=ALVA, target=COURSE_TARGET).state
    state = ok(state, ADMIN, "prepare_removal", student=ALVA, target="TEN1").state
    assert statuses(state)[0] == (ALVA, "TEN1", "G", "prepared_for_removal")


# --- refusal texts never show internal codes -----------------------------------------------------------------------

INTERNAL = re.compile(r"COURSE|\b[a-z]+_[a-z_]+\b|\b(?:action|role|state|hint|scale)\.[a-z]")


def test_no_refusal_text_shows_an_internal_code(written: State) -> None:
    state = ok(written, ADMIN, "setup_activity", target="TEN1", date="2026-01-15").state
    attempts = [
        (ADMIN, "setup_activity", {"target": COURSE_TARGET, "date": "2026-01-15"}, "activity_on_module_only"),
        (ADMIN, "setup_activity", {"target": "NOPE", "date": "2026-01-15"}, "unknown_target"),
        (TEACHER, "save_draft", {"student": ALVA, "target": "NOPE", "grade": "G"}, "unknown_target"),
        ("nobody", "save_draft", {}, "unknown_actor"),
        (TEACHER, "fly", {}, "unknown_action"),
        (ADMIN, "transfer_from_inspera", {"activity": "x", "grades": {}}, "unknown_activity"),
        (TEACHER, "certify", {"student": ALVA, "target": "TEN1"}, "not_authorised"),
        (EXAMINER, "certify", {"student": ALVA, "target": COURSE_TARGET}, "wrong_state"),
        (TEACHER, "save_draft", {"student": ALVA, "target": COURSE_TARGET, "grade": "G"}, "modules_not_passed"),
    ]
    for actor, action, params, key in attempts:
        outcome = act(state, actor, action, params, TODAY)
        assert outcome.refusal is not None and outcome.refusal.key == key, (action, outcome.refusal)
        for lang in ("sv", "en"):
            text = message(outcome.refusal.key, outcome.refusal.params, lang)
            assert not INTERNAL.search(text), text


# --- names beside codes --------------------------------------------------------------------------------------------


def test_a_teacher_sees_no_name_anywhere_on_an_anonymous_exam_before_certification(written: State) -> None:
    """Signed up to the activity session but with nothing transferred yet: still a code, not a name."""
    state = ok(written, ADMIN, "setup_activity", target="TEN1", date="2026-01-15").state
    codes = dict((pnr, code) for code, pnr in state.activities[0].codes)
    seen = view(state, TEACHER)
    ten1 = [r for r in seen["rows"] if r["target"] == "TEN1" and r["code"]]
    assert {r["code"] for r in ten1} == set(codes.values())
    assert all(r["name"] is None and r["student"] is None and r["actions"] == ["save_draft"] for r in ten1)
    assert all(c["name"] is None for c in view(state, TEACHER, {})["activity"]["rows"])
    names_anywhere = {r["name"] for r in seen["rows"] if r["target"] == "TEN1"}
    assert "Alva Exempel" not in names_anywhere and "Bruno Exempel" not in names_anywhere
    # The assignment is not anonymous: names there as usual.
    assert "Alva Exempel" in {r["name"] for r in seen["rows"] if r["target"] == "INL1"}
    # The examiner and the study administration see code and name side by side.
    for actor in (EXAMINER, ADMIN):
        row = next(r for r in view(state, actor)["rows"] if r["target"] == "TEN1" and r["student"] == BRUNO)
        assert row["name"] == "Bruno Exempel" and row["code"] == codes[BRUNO]


def test_a_course_grade_dated_before_its_latest_module_is_saved_with_a_hint(written: State) -> None:
    state = certified(written, ALVA, "TEN1", "VG", "2026-01-15")
    state = certified(state, ALVA, "INL1", "G", "2026-01-20")
    early = ok(state, TEACHER, "save_draft", student=ALVA, target="COURSE", grade="G", exam_date="2026-01-16")
    assert [e.key for e in early.events] == ["saved_as_draft", "course_date_before_module"]
    assert "2026-01-20" in message("course_date_before_module", early.events[1].params, "en")
    usual = ok(state, TEACHER, "save_draft", student=ALVA, target="COURSE", grade="G", exam_date="2026-01-20")
    assert [e.key for e in usual.events] == ["saved_as_draft"]
