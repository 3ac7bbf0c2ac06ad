"""A saved state with the routes, registrations and gradebook is read back only if the engine could have made it: a
state of the format before them still opens (the learning platform's route not in use, everyone registered where
they were), and each kind of damage to the new parts is refused with what is wrong."""

from __future__ import annotations

from typing import Any

import pytest

from guide_engine import all_scenarios, act
from guide_engine.model import INTEGRATION_USER, Routes
from guide_engine.scenarios import ALVA, EXAM_DAY, TEACHER
from guide_engine.stateio import MalformedState, state_from_json, to_json

TODAY = all_scenarios()["lms_ready"].today


def transferred() -> dict[str, Any]:
    scenario = all_scenarios()["lms_ready"]
    params = {"column": "projekt", "target": "PROJ", "exam_date": "2026-01-27"}
    outcome = act(scenario.start, TEACHER, "transfer_from_lms", params, TODAY)
    assert outcome.refusal is None
    return to_json(outcome.state)


def registered() -> dict[str, Any]:
    scenario = all_scenarios()["registration"]
    outcome = act(scenario.start, "a-stig", "re_register", {"student": "19990909-T005"}, TODAY)
    assert outcome.refusal is None
    return to_json(outcome.state)


def test_a_state_of_the_format_before_the_routes_opens_with_them_not_in_use() -> None:
    data = to_json(all_scenarios()["missing_student"].start)
    for key in ("routes", "registrations", "columns"):
        del data[key]
    for student in data["students"]:
        student.pop("registered")
    data["format"] = 2
    state = state_from_json(data)
    assert state.routes == Routes() and state.columns == () and state.registrations == ()
    assert all(s.registered for s in state.students), "format 2 knew registered students only"


def test_what_the_engine_makes_reads_back_the_same() -> None:
    for data in (transferred(), registered()):
        assert to_json(state_from_json(data)) == data


def _damaged(data: dict[str, Any], change: Any) -> str:
    change(data)
    with pytest.raises(MalformedState) as caught:
        state_from_json(data)
    return caught.value.detail


@pytest.mark.parametrize(
    ("make", "change", "says"),
    [
        (registered, lambda d: d["registrations"][0].update(kind="twice"), "unknown kind"),
        (registered, lambda d: d["registrations"][0].update(term="VT2030"), "does not run in"),
        (registered, lambda d: d["registrations"].append(dict(d["registrations"][0])), "registered twice"),
        (registered, lambda d: d["registrations"][0].update(pnr=ALVA), "re-registered without an earlier"),
        (transferred, lambda d: d["columns"][0].update(scheme="ABC"), "unknown grading scheme"),
        (transferred, lambda d: d["columns"][0]["grades"][0].__setitem__(1, "VG"), "grade off its scheme"),
        (transferred, lambda d: d["columns"][0].update(graded_by="a-stig"), "not a teacher"),
        (transferred, lambda d: d["routes"].update(lms_transfer="sideways"), "unknown route"),
        (transferred, lambda d: d["results"][0].update(reported_by=""), "without its reporter"),
        (transferred, lambda d: d["results"][0].update(source="manual", reported_by=""),
         "by an integration, yet did not come by one"),
        (transferred, lambda d: d["results"][0].update(marked_ready_by="nobody"), "unknown person"),
        (transferred, lambda d: d["results"][0].update(marked_ready_by="", notified=""), "without a grader or"),
    ],
)
def test_damage_to_the_new_parts_is_refused_with_what_is_wrong(make: Any, change: Any, says: str) -> None:
    assert says in _damaged(make(), change)


def test_an_integration_marks_as_ready_only_what_it_transferred() -> None:
    data = to_json(all_scenarios()["written_exam"].start)
    outcome = act(all_scenarios()["written_exam"].start, TEACHER, "save_draft",
                  {"student": ALVA, "target": "TEN1", "grade": "G", "exam_date": EXAM_DAY}, TODAY)
    data = to_json(outcome.state)
    data["results"][0].update(status="ready", graded_by=TEACHER, notified="e-ebba", marked_ready_by=INTEGRATION_USER)
    with pytest.raises(MalformedState, match="by an integration"):
        state_from_json(data)
