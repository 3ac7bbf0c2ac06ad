"""Registration and results, through `handle()`: a result is reported only for a student registered on the course
instance for the term, the refusal says so and who registers; the study administration registers (first-time,
continuation, re-registration) and the result is then accepted; a course over two terms needs the registration in
the term of the examination; whether a re-sit needs a re-registration is the department's (Lund's SOL against
Uppsala), and the search says which, naming where to report."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from guide_engine import State, all_scenarios, handle
from guide_engine.model import Course, Module, Routes
from guide_engine.scenarios import ADMIN, ALVA, ELI, EXAM_DAY, EXAMINER, FREJ, TEACHER
from guide_engine.scenarios_routes import GRY
from guide_engine.stateio import state_from_json, to_json

TODAY = "2026-02-02"


def call(request: dict[str, Any]) -> dict[str, Any]:
    answer: dict[str, Any] = json.loads(handle(json.dumps(request)))
    return answer


def act(state: State | dict[str, Any], actor: str, action: str, lang: str = "sv", today: str = TODAY,
        **params: Any) -> dict[str, Any]:
    data = to_json(state) if isinstance(state, State) else state
    return call({"op": "act", "state": data, "actor": actor, "action": action, "params": params, "today": today,
                 "lang": lang})


def report(state: State | dict[str, Any], pnr: str, lang: str = "sv", day: str = EXAM_DAY, target: str = "TEN1",
           today: str = TODAY) -> dict[str, Any]:
    return act(state, TEACHER, "save_draft", lang, today, student=pnr, target=target, grade="G", exam_date=day)


def start(key: str) -> State:
    return replace(all_scenarios()[key].start, scenario="")  # no guided steps: only the rules


def test_a_result_for_a_student_who_is_not_registered_is_refused_naming_the_registration_and_who_registers() -> None:
    state = start("registration")
    for lang, text in (
        ("sv", "Gry Antagen är inte registrerad på INX101 HT2025. Ett resultat rapporteras bara för en student som "
               "är registrerad på kurstillfället för terminen. Registreringen görs av studenten själv i Ladok för "
               "studenter medan webbregistreringen är öppen, och annars studieadministrationen; rapportera när "
               "studenten är registrerad."),
        ("en", "Gry Antagen is not registered on INX101 HT2025. A result is reported only for a student registered on "
               "the course instance for the term. Registration is done by the student in Ladok for students while "
               "web registration is open, and otherwise the study administration; report once the student is "
               "registered."),
    ):
        answer = report(state, GRY, lang)
        assert answer["ok"] is False and answer["refusal"]["key"] == "not_registered"
        assert answer["refusal"]["text"] == text
        assert state_from_json(answer["state"]) == state


def test_the_registration_wording_is_the_departments_setting() -> None:
    """A page passes its department's registrar (extra.ladok_local.registration_by) when it opens an exercise."""
    opened = call({"op": "scenario", "scenario": "registration", "lang": "en", "registration_by": "study_admin"})
    answer = report(opened["state"], GRY, "en")
    assert answer["refusal"]["text"].endswith("Registration is done by the study administration; report once the "
                                              "student is registered.")
    bad = call({"op": "scenario", "scenario": "registration", "lang": "en", "registration_by": "the dean"})
    assert bad["ok"] is False and bad["error"]["key"] == "malformed_request"


def test_after_the_study_administration_registers_the_result_is_accepted() -> None:
    state = start("registration")
    refused = act(state, TEACHER, "register", student=GRY)
    assert refused["refusal"]["key"] == "not_authorised", "the study administration registers"
    registered = act(state, ADMIN, "register", "en", student=GRY)
    assert registered["ok"] is True
    assert registered["events"][0]["text"] == (
        "Gry Antagen is registered on INX101 HT2025, the term HT2025 (first-time registration). Results can now be "
        "reported for the student.")
    after = state_from_json(registered["state"])
    assert [(r.pnr, r.instance, r.term, r.kind) for r in after.registrations] == [(GRY, "HT2025", "HT2025", "first")]
    assert report(after, GRY)["ok"] is True
    again = act(after, ADMIN, "register", "en", student=GRY)
    assert again["refusal"]["key"] == "already_registered"


def test_a_resit_needs_a_re_registration_where_the_department_says_so_and_then_is_accepted() -> None:
    """Lund's SOL: registered every term you are active, re-sits included."""
    state = start("registration")
    assert state.routes.resit_needs_registration
    answer = report(state, ELI, "en")
    assert answer["refusal"]["key"] == "not_registered_resit"
    assert answer["refusal"]["text"].startswith("Eli Tidigare is registered on an earlier instance (HT2024) but not on "
                                                "INX101 HT2025. Here a student re-sitting must be registered")
    assert act(state, ADMIN, "register", student=ELI)["refusal"]["key"] == "not_admitted_here"
    assert act(state, ADMIN, "re_register", student=GRY)["refusal"]["key"] == "no_earlier_registration"
    again = act(state, ADMIN, "re_register", "en", student=ELI)
    assert again["ok"] is True and "(re-registration)" in again["events"][0]["text"]
    assert report(again["state"], ELI)["ok"] is True


def test_where_an_earlier_registration_counts_a_resit_is_reported_without_one() -> None:
    """Uppsala: no re-registration needed to sit an exam; the missing-student exercise's department."""
    state = start("missing_student")
    assert not state.routes.resit_needs_registration
    assert report(state, ELI, target="INL1")["ok"] is True
    needs = replace(state, routes=Routes(resit_needs_registration=True))
    assert report(needs, ELI, target="INL1")["refusal"]["key"] == "not_registered_resit"


@pytest.mark.parametrize(
    ("needs", "found", "says"),
    [
        (False, "earlier_instance", "Eli Tidigare now stands in the list under “Report results” for INX101 HT2025"),
        (True, "earlier_instance_resit", "must be re-registered on the course instance for the term"),
    ],
)
def test_the_search_names_where_to_report_or_what_is_needed_first(needs: bool, found: str, says: str) -> None:
    state = replace(start("missing_student"), routes=Routes(resit_needs_registration=needs))
    answer = call({"op": "search", "state": to_json(state), "actor": TEACHER, "pnr": ELI, "lang": "en"})
    assert answer["found"]["found"] == found and says in answer["text"]
    gry = call({"op": "search", "state": to_json(state), "actor": TEACHER, "pnr": GRY, "lang": "en"})
    assert gry["found"]["found"] == "not_registered" and "admitted to INX101 HT2025 but not registered" in gry["text"]
    frej = call({"op": "search", "state": to_json(state), "actor": TEACHER, "pnr": FREJ, "lang": "en"})
    assert frej["found"]["found"] == "other_course"


# --- a course over two terms ----------------------------------------------------------------------------------------

TWO_TERMS = Course(
    code="INX200",
    instance="HT2025",
    name_sv="Examensarbete",
    name_en="Degree project",
    hp=15.0,
    scale="UG",
    modules=(
        Module("PLAN", "Projektplan", "Project plan", 3.0, "UG"),
        Module("UPPS", "Uppsats", "Thesis", 12.0, "UG"),
    ),
    examiners=(EXAMINER,),
    terms=(("HT2025", "2025-08-25"), ("VT2026", "2026-01-19")),
)


def two_terms() -> State:
    base = start("written_exam")
    return State(course=TWO_TERMS, people=base.people,
                 students=tuple(replace(s, course_code="INX200") for s in base.students if s.instance == "HT2025"))


def test_a_course_over_two_terms_needs_the_registration_in_the_term_of_the_examination() -> None:
    """KTH: register in both terms. The first term's registration carries results examined in it; one examined in
    the second term needs the continuation registration, which the study administration makes once it has begun."""
    state = two_terms()
    assert report(state, ALVA, day="2025-12-12", target="PLAN")["ok"] is True
    later = report(state, ALVA, "en", day="2026-01-30", target="UPPS")
    assert later["refusal"]["key"] == "not_registered_for_term"
    assert later["refusal"]["text"].startswith("Alva Exempel is not registered for VT2026, the term the examination "
                                               "date falls in.")
    early = act(state, ADMIN, "register_continuation", today="2026-01-10", student=ALVA)
    assert early["refusal"]["key"] == "term_not_started"
    continued = act(state, ADMIN, "register_continuation", "en", student=ALVA)
    assert continued["ok"] is True and "(continuation registration)" in continued["events"][0]["text"]
    assert report(continued["state"], ALVA, day="2026-01-30", target="UPPS")["ok"] is True
    assert act(continued["state"], ADMIN, "register_continuation", student=ALVA)["refusal"]["key"] == (
        "registered_every_term")


def test_a_course_of_one_term_has_no_continuation_registration() -> None:
    answer = act(start("written_exam"), ADMIN, "register_continuation", student=ALVA)
    assert answer["refusal"]["key"] == "no_later_term"


def test_the_registration_screen_offers_what_the_engine_accepts_for_each_student() -> None:
    seen = call({"op": "view", "state": to_json(start("registration")), "actor": ADMIN, "lang": "sv",
                 "options": {}, "today": TODAY})["view"]
    offered = {row["name"]: (row["status"], row["actions"]) for row in seen["registration"]["rows"]}
    assert offered["Gry Antagen"] == ("admitted", ["register"])
    assert offered["Eli Tidigare"] == ("earlier", ["re_register"])
    assert offered["Alva Exempel"] == ("registered", [])
    assert "Frej Gammalkod" not in offered, "a student of another course code is registered there"
    teacher = call({"op": "view", "state": to_json(start("registration")), "actor": TEACHER, "lang": "sv",
                    "options": {}, "today": TODAY})["view"]
    assert teacher["registration"] is None and "registration" not in teacher["screens"]
