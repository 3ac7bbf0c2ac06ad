"""The learning platform's Transfer to Ladok, through `handle()` as the browser sends it: each landing state the
department's route gives (not in use, drafts, marked as ready by the integration's user), each refusal in both
languages (a column of points only, a scale that does not match, the course grade, points where they do not move, a
column not posted), and each student it skips with what to do instead (already marked as ready, already certified,
not registered); the whole state checked after each."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from guide_engine import State, all_scenarios, handle
from guide_engine.model import INTEGRATION_USER, Routes
from guide_engine.scenarios import ADMIN, ALVA, BRUNO, CORA, DINO, EXAM_DAY, EXAMINER, TEACHER
from guide_engine.scenarios_routes import GRY, PROJECT_DAY, with_gry
from guide_engine.stateio import state_from_json, to_json

TODAY = "2026-02-02"


def call(request: dict[str, Any]) -> dict[str, Any]:
    answer: dict[str, Any] = json.loads(handle(json.dumps(request)))
    return answer


def start(key: str) -> State:
    return all_scenarios()[key].start


def transfer(state: State, column: str, target: str, day: str = EXAM_DAY, lang: str = "sv", actor: str = TEACHER,
             **more: Any) -> dict[str, Any]:
    params = {"column": column, "target": target, "exam_date": day, **more}
    return call({"op": "act", "state": to_json(state), "actor": actor, "action": "transfer_from_lms",
                 "params": params, "today": TODAY, "lang": lang})


def results(answer: dict[str, Any]) -> list[tuple[str, str, str, str, str, str, str]]:
    """(student, target, grade, status, graded by, marked as ready by, reported by) of every result."""
    state = state_from_json(answer["state"])
    return [(r.student, r.target, r.grade, r.status, r.graded_by, r.marked_ready_by, r.reported_by)
            for r in state.results]


def refused_with(state: State, key: str, column: str, target: str, **more: Any) -> dict[str, str]:
    """The refusal in both languages; the state comes back as it went in."""
    texts = {}
    for lang in ("sv", "en"):
        answer = transfer(state, column, target, lang=lang, **more)
        assert answer["ok"] is False and answer["refusal"]["key"] == key, answer.get("refusal")
        assert replace(state_from_json(answer["state"]), step=state.step) == state  # (a guided step may move on)
        texts[lang] = answer["refusal"]["text"]
    assert texts["sv"] != texts["en"]
    return texts


# --- where results land ---------------------------------------------------------------------------------------------


def test_on_the_draft_route_every_grade_lands_as_a_draft_on_the_module_with_who_transferred_it() -> None:
    answer = transfer(start("lms_draft"), "tenta", "TEN1")
    assert answer["ok"] is True
    assert results(answer) == [
        (ALVA, "TEN1", "VG", "draft", "", "", TEACHER),
        (BRUNO, "TEN1", "G", "draft", "", "", TEACHER),
        (CORA, "TEN1", "U", "draft", "", "", TEACHER),
        (DINO, "TEN1", "G", "draft", "", "", TEACHER),
    ]
    assert [e["key"] for e in answer["events"]] == ["lms_transferred_draft"]
    assert answer["events"][0]["text"] == (
        "Överfört från lärplattformen till Skriftlig tentamen: 4 nya utkast, 0 utkast uppdaterade, med "
        "examinationsdatum 2026-01-15. Fortsätt i Ladok: klarmarkera utkasten och avisera examinator."
    )
    state = state_from_json(answer["state"])
    assert all(r.points == "" and r.source == "lms" and r.exam_date == EXAM_DAY for r in state.results)


def test_a_second_transfer_updates_the_drafts_and_makes_no_new_ones() -> None:
    first = state_from_json(transfer(start("lms_draft"), "tenta", "TEN1", "2026-01-14")["state"])
    again = transfer(first, "tenta", "TEN1")
    assert again["events"][0]["params"]["created"] == 0 and again["events"][0]["params"]["updated"] == 4
    state = state_from_json(again["state"])
    assert [r.id for r in state.results] == [r.id for r in first.results]
    assert {r.exam_date for r in state.results} == {EXAM_DAY}


def test_on_the_ready_route_results_are_marked_as_ready_by_the_integration_user_with_the_grader_and_an_email() -> None:
    answer = transfer(start("lms_ready"), "projekt", "PROJ", PROJECT_DAY, lang="en")
    assert answer["ok"] is True
    assert results(answer) == [
        (pnr, "PROJ", grade, "ready", EXAMINER, INTEGRATION_USER, TEACHER)
        for pnr, grade in ((ALVA, "G"), (BRUNO, "G"), (CORA, "G"), (DINO, "U"))
    ]
    texts = [e["text"] for e in answer["events"]]
    assert texts == [
        "Transferred from the learning platform to Project: 4 results marked as ready, with the examination date "
        "2026-01-27. Ladok shows Ebba Examen and Lea Rättare as graded by and the integration user as having marked "
        "them as ready. The examiner certifies.",
        "E-mail to Lea Rättare: the reporting to Ladok is done, 4 results reported and 0 results not reported.",
    ]
    state = state_from_json(answer["state"])
    assert all(r.notified == "" for r in state.results), "the sources do not say Ladok notifies the examiner"
    # What the gradebook shows of it, as Ladok does: who graded, and who marked it as ready.
    seen = call({"op": "view", "state": answer["state"], "actor": TEACHER, "lang": "sv", "options": {}})["view"]
    ladok = seen["lms"]["columns"][0]["grades"][0]["ladok"]
    assert ladok == {"status": "ready", "grade": "G", "graded_by": ["Ebba Examen", "Lea Rättare"],
                     "marked_ready_by": {"sv": "Integrationsanvändare (Ladoks LIS-adapter)",
                                         "en": "Integration user (Ladok's LIS adapter)"}}
    # and the examiner certifies what arrived: it waits on the certify list
    certified = call({"op": "act", "state": answer["state"], "actor": EXAMINER, "action": "certify",
                      "params": {"student": ALVA, "target": "PROJ"}, "today": TODAY, "lang": "en"})
    assert certified["ok"] is True
    assert state_from_json(certified["state"]).results[0].status == "certified"


def test_where_the_route_is_not_in_use_the_transfer_is_refused_and_the_gradebook_not_offered() -> None:
    state = replace(start("lms_draft"), routes=Routes(lms_transfer="none"))
    texts = refused_with(state, "lms_not_in_use", "tenta", "TEN1")
    assert texts["en"].startswith("The department does not transfer results from the learning platform")


def test_each_route_lands_as_its_setting_says_on_the_same_gradebook() -> None:
    """One gradebook, the department's route changed: drafts, ready, or refused."""
    base = start("lms_draft")
    landed = {}
    for route in ("draft", "ready"):
        answer = transfer(replace(base, routes=Routes(lms_transfer=route)), "tenta", "TEN1")
        landed[route] = {r[3] for r in results(answer)}
    assert landed == {"draft": {"draft"}, "ready": {"ready"}}


# --- what it refuses ------------------------------------------------------------------------------------------------


def test_a_column_whose_scale_does_not_match_the_module_is_refused_naming_both() -> None:
    texts = refused_with(start("lms_ready"), "lms_scale_mismatch", "totalt", "PROJ", exam_date=PROJECT_DAY)
    assert texts["sv"].startswith("Kolumnen Totalt har betygsskalan sjugradig skala A–F (med Fx), men modulen Projekt "
                                  "har skalan underkänd/godkänd (U/G): A, B, C, D, E, Fx, F finns inte på den.")
    # a column on fewer grades than the module's scale goes: U/G onto U/G/VG
    assert transfer(start("lms_draft"), "inl", "TEN1")["ok"] is True


def test_the_course_grade_is_never_a_transfers_target() -> None:
    texts = refused_with(start("lms_ready"), "lms_course_grade", "totalt", "COURSE")
    assert "never to the course grade" in texts["en"]


def test_points_move_only_where_the_department_says_they_do() -> None:
    state = start("lms_draft")
    texts = refused_with(state, "lms_points_not_moved", "tenta", "TEN1", points=True)
    assert "results annotation" in texts["en"]
    moving = replace(state, routes=Routes(lms_transfer="draft", lms_points=True))
    answer = transfer(moving, "tenta", "TEN1", points=True)
    assert [r.points for r in state_from_json(answer["state"]).results] == ["38", "27", "12", "24"]
    answer = transfer(moving, "tenta", "TEN1")  # not asked: none
    assert [r.points for r in state_from_json(answer["state"]).results] == ["", "", "", ""]


def test_a_column_of_points_only_has_no_grade_to_move() -> None:
    texts = refused_with(start("lms_draft"), "lms_no_letter_grades", "poang", "TEN1")
    assert texts["sv"].startswith("Kolumnen Tentamenspoäng har poäng men inga bokstavsomdömen")


def test_a_column_whose_grades_are_not_posted_is_refused() -> None:
    state = start("lms_draft")
    hidden = replace(state, columns=(replace(state.columns[0], posted=False), *state.columns[1:]))
    texts = refused_with(hidden, "lms_not_posted", "tenta", "TEN1")
    assert "not been posted" in texts["en"]


@pytest.mark.parametrize(
    ("actor", "key"), [(ADMIN, "not_authorised"), (ALVA, "not_authorised")],
)
def test_only_those_who_report_press_it(actor: str, key: str) -> None:
    answer = transfer(start("lms_draft"), "tenta", "TEN1", actor=actor)
    assert answer["ok"] is False and answer["refusal"]["key"] == key


def test_a_future_date_and_an_unknown_column_are_refused() -> None:
    assert transfer(start("lms_draft"), "tenta", "TEN1", "2026-03-01")["refusal"]["key"] == "exam_date_in_future"
    assert transfer(start("lms_draft"), "nope", "TEN1")["refusal"]["key"] == "unknown_column"
    assert transfer(start("lms_draft"), "tenta", "TEN1", "")["refusal"]["key"] == "missing_param"


# --- whom it skips, and what it says to do instead -------------------------------------------------------------------


def test_a_result_already_marked_as_ready_or_certified_is_skipped_with_what_to_do_instead() -> None:
    state = start("lms_skipped")
    before = {(r.student, r.status, r.grade) for r in state.results}
    assert before == {(ALVA, "certified", "G"), (BRUNO, "ready", "G")}
    answer = transfer(state, "tenta", "TEN1", lang="en")
    keys = [e["key"] for e in answer["events"]]
    assert keys == ["lms_transferred_draft", "lms_skipped_certified", "lms_skipped_ready"]
    texts = [e["text"] for e in answer["events"]]
    assert texts[1].startswith("Alva Exempel: not transferred, since the result on Written exam is already "
                               "certified in Ladok. A certified result is changed in Ladok: prepare the removal")
    assert texts[2].startswith("Bruno Exempel: not transferred, since the result on Written exam is already marked "
                               "as ready in Ladok. Change it in Ladok: remove the ready mark")
    after = state_from_json(answer["state"])
    assert [(r.student, r.status, r.grade) for r in after.results if r.student in (ALVA, BRUNO)] == [
        (ALVA, "certified", "G"), (BRUNO, "ready", "G")]
    assert {(r.student, r.status) for r in after.results if r.source == "lms"} == {(CORA, "draft"), (DINO, "draft")}


def test_over_a_certified_fail_a_fail_is_skipped_and_a_later_pass_is_transferred() -> None:
    """KTH's page (not its tool's code): a fail is not put over a certified fail; a new pass is, on a later date."""
    state = start("lms_draft")
    for actor, action, params in (
        (TEACHER, "save_draft", {"student": CORA, "target": "TEN1", "grade": "U", "exam_date": "2026-01-10"}),
        (TEACHER, "mark_ready", {"student": CORA, "target": "TEN1", "graded_by": TEACHER, "notify": EXAMINER}),
        (EXAMINER, "certify", {"student": CORA, "target": "TEN1"}),
    ):
        state = state_from_json(call({"op": "act", "state": to_json(state), "actor": actor, "action": action,
                                      "params": params, "today": TODAY, "lang": "sv"})["state"])
    answer = transfer(state, "tenta", "TEN1")  # Cora has U in the column
    assert "lms_skipped_certified" in [e["key"] for e in answer["events"]]
    passing = replace(state, columns=(replace(state.columns[0], grades=((CORA, "G", ""),)),))
    answer = transfer(passing, "tenta", "TEN1")
    assert [(r[0], r[2], r[3]) for r in results(answer) if r[0] == CORA] == [(CORA, "U", "certified"),
                                                                            (CORA, "G", "draft")]
    same_day = transfer(passing, "tenta", "TEN1", "2026-01-10")
    assert [e["key"] for e in same_day["events"]] == ["lms_transferred_draft", "lms_skipped_certified"]


def test_a_student_who_is_not_registered_is_skipped_naming_who_registers() -> None:
    state = with_gry(start("lms_draft"))
    column = replace(state.columns[0], grades=(*state.columns[0].grades, (GRY, "G", "30")))
    answer = transfer(replace(state, columns=(column, *state.columns[1:])), "tenta", "TEN1", lang="sv")
    skipped = [e for e in answer["events"] if e["key"] == "lms_skipped_not_registered"]
    assert [e["text"] for e in skipped] == [
        "Gry Antagen: inte överfört, eftersom studenten inte är registrerad på kurstillfället. Registreringen görs "
        "av studenten själv i Ladok för studenter medan webbregistreringen är öppen, och annars "
        "studieadministrationen; rapportera när studenten är registrerad."
    ]
    assert all(r.student != GRY for r in state_from_json(answer["state"]).results)
