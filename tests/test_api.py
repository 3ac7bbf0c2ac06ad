"""The JSON entry point: structured answers for everything, a versioned state, guided steps."""

from __future__ import annotations

import json
from typing import Any

import pytest

from guide_engine import handle
from guide_engine.scenarios import ALVA, BRUNO, EXAMINER, TEACHER
from transcript import call


def started(key: str = "written_exam") -> dict[str, Any]:
    return call({"op": "scenario", "scenario": key})


@pytest.mark.parametrize(
    "raw",
    ["", "{", "null", "[]", '"x"', "42", '{"op": 5}', '{"op": "act"}', '{"op": "act", "state": []}',
     '{"op": "act", "state": {"format": 1}}', '{"op": "deadline", "calendar": 5}', "\udcff"],
)
def test_malformed_input_gets_a_structured_error_not_a_traceback(raw: str) -> None:
    answer = json.loads(handle(raw))
    assert answer["ok"] is False and answer["error"]["key"] in {"malformed_request", "malformed_state"}
    assert answer["error"]["text"]


def test_every_error_is_told_in_the_readers_language() -> None:
    sv = call({"op": "view", "state": {"format": 1}, "actor": "x", "lang": "sv"})["error"]["text"]
    en = call({"op": "view", "state": {"format": 1}, "actor": "x", "lang": "en"})["error"]["text"]
    assert "skadat" in sv and "damaged" in en


def test_a_state_from_a_newer_version_says_so_and_an_unknown_format_is_refused() -> None:
    from guide_engine.stateio import STATE_FORMAT

    state = started()["state"] | {"format": STATE_FORMAT + 1}
    answer = call({"op": "view", "state": state, "actor": TEACHER, "lang": "en"})
    assert answer["error"]["key"] == "newer_state_version" and "newer version" in answer["error"]["text"]
    answer = call({"op": "view", "state": state | {"format": 0}, "actor": TEACHER, "lang": "sv"})
    assert answer["error"]["key"] == "unsupported_state_version"
    assert answer["error"]["params"] == {"found": "0", "expected": str(STATE_FORMAT)}


@pytest.mark.parametrize("version", [1.5, 2.5, "1", "2", "x", True, None, [2], {"v": 2}])
def test_a_format_that_is_not_a_whole_number_is_damaged_not_newer(version: Any) -> None:
    """No version of the guide writes 1.5 or "1": such a state was altered, whatever it claims; it is neither from
    a newer version (which would advise a reload) nor of an old format."""
    state = started()["state"] | {"format": version}
    answer = call({"op": "view", "state": state, "actor": TEACHER, "lang": "en"})
    assert answer["error"]["key"] == "malformed_state", answer
    assert answer["error"]["params"] == {"detail": "the format is not a whole number"} and "state" not in answer


def test_a_format_1_state_reads_with_its_inspera_planner_as_study_administrator() -> None:
    """Format 1 knew an "Inspera planner" role; such a saved state still opens, and that person may transfer."""
    state = started("inspera")["state"]
    state["format"] = 1
    state["people"].append({"id": "i-iris", "name": "Iris", "roles": ["inspera_planner"]})
    answer = call({"op": "view", "state": state, "actor": "i-iris", "lang": "en"})
    assert answer["ok"] is True and answer["view"]["roles"] == ["study_admin"]


@pytest.mark.parametrize(
    "tamper",
    [
        lambda s: s["results"].append({"id": 1, "student": ALVA, "target": "TEN1", "grade": "Q", "exam_date": "x",
                                       "status": "draft"}),
        lambda s: s["results"].append({"id": 99, "student": ALVA, "target": "TEN1", "grade": "G",
                                       "exam_date": "2026-01-01", "status": "flying"}),
        lambda s: s["course"]["modules"][0].update(hp=100),
        lambda s: s["people"].append("x"),
        lambda s: s.update(next_id="1"),
        lambda s: s["course"].pop("examiners"),
    ],
)
def test_a_tampered_state_is_refused(tamper: Any) -> None:
    state = started()["state"]
    tamper(state)
    answer = call({"op": "act", "state": state, "actor": TEACHER, "action": "save_draft", "params": {},
                   "today": "2026-02-02"})
    assert answer["error"]["key"] == "malformed_state"


def test_a_guided_step_moves_on_only_when_the_reader_does_what_it_asks() -> None:
    first = started()
    state = first["state"]
    assert first["guide"]["step"] == 0 and len(first["guide"]["steps"]) == 4
    wrong = call({"op": "act", "state": state, "actor": TEACHER, "action": "save_draft",
                  "params": {"student": "20020202-T002", "target": "TEN1", "grade": "G", "exam_date": "2026-01-15"},
                  "today": "2026-02-02"})
    assert wrong["ok"] and wrong["guide"]["step"] == 0, "leaving the path is allowed and does not advance it"
    right = call({"op": "act", "state": state, "actor": TEACHER, "action": "save_draft",
                  "params": {"student": ALVA, "target": "TEN1", "grade": "VG", "exam_date": "2026-01-15"},
                  "today": "2026-02-02", "lang": "en"})
    assert right["guide"]["step"] == 1 and right["events"][0]["text"].startswith("Alva Exempel: VG")
    refusal = call({"op": "act", "state": right["state"], "actor": EXAMINER, "action": "certify",
                    "params": {"student": ALVA, "target": "TEN1"}, "today": "2026-02-02", "lang": "en"})
    assert refusal["ok"] is False and refusal["refusal"]["key"] == "wrong_state"
    assert refusal["refusal"]["text"] == (
        "“Certify” cannot be used on a result whose status is “Draft”. Mark the draft as ready first."
    )
    assert refusal["guide"]["step"] == 2, "a step that demonstrates a refusal is done when the refusal comes"
    assert refusal["state"]["results"] == right["state"]["results"]


def test_a_guided_step_does_not_move_on_when_the_outcome_is_not_the_one_it_expects() -> None:
    """The right action on the right row, with another outcome than the step's, leaves the guide where it was: a
    refused report where the step wants it saved, a certification done where the step wants Ladok's no."""
    state = started()["state"]
    report = {"student": ALVA, "target": "TEN1", "exam_date": "2026-01-15"}
    wrong = call({"op": "act", "state": state, "actor": TEACHER, "action": "save_draft",
                  "params": {**report, "grade": "Q"}, "today": "2026-02-02"})
    assert wrong["refusal"]["key"] == "invalid_grade" and wrong["guide"]["step"] == 0
    state = call({"op": "act", "state": state, "actor": TEACHER, "action": "save_draft",
                  "params": {**report, "grade": "VG"}, "today": "2026-02-02"})["state"]
    ready = call({"op": "act", "state": state, "actor": TEACHER, "action": "mark_ready", "today": "2026-02-02",
                  "params": {"student": ALVA, "target": "TEN1", "graded_by": TEACHER, "notify": EXAMINER}})
    assert ready["ok"] and ready["guide"]["step"] == 1, "marking as ready is not this step"
    certified = call({"op": "act", "state": ready["state"], "actor": EXAMINER, "action": "certify",
                      "params": {"student": ALVA, "target": "TEN1"}, "today": "2026-02-02"})
    assert certified["ok"] and certified["guide"]["step"] == 1, "the step wants the refusal, and it did not come"


def test_the_act_needs_a_real_date_for_today() -> None:
    answer = call({"op": "act", "state": started()["state"], "actor": TEACHER, "action": "certify", "params": {},
                   "today": "yesterday", "lang": "en"})
    assert answer["error"]["key"] == "invalid_date"


def test_unknown_scenario_and_search() -> None:
    assert call({"op": "scenario", "scenario": "nope"})["error"]["key"] == "unknown_scenario"
    found = call({"op": "search", "state": started("missing_student")["state"], "actor": TEACHER,
                  "pnr": "19990909-T005", "lang": "en"})
    assert found["found"]["found"] == "earlier_instance" and "earlier course instance" in found["text"]
    assert found["guide"]["step"] == 1


def test_an_act_can_bring_the_actors_view_of_the_new_state() -> None:
    """One request instead of two per action: the view equals what a separate view request gives."""
    state = started()["state"]
    params = {"student": ALVA, "target": "TEN1", "grade": "G", "exam_date": "2026-01-15"}
    answer = call({"op": "act", "state": state, "actor": TEACHER, "action": "save_draft", "params": params,
                   "today": "2026-02-02", "view": True})
    assert answer["view"] == call({"op": "view", "state": answer["state"], "actor": TEACHER})["view"]
    refused = call({"op": "act", "state": state, "actor": TEACHER, "action": "certify", "params": params,
                    "today": "2026-02-02", "view": True})
    assert refused["ok"] is False and refused["view"]["rows"]
    assert "view" not in call({"op": "act", "state": state, "actor": TEACHER, "action": "save_draft",
                               "params": params, "today": "2026-02-02"})


def test_a_search_can_bring_the_searchers_view_of_the_new_state() -> None:
    """One request instead of two per search, as per action: the view that comes with it (the student found, now in
    the list) equals what a separate view request of the answer's state gives; a refused search brings the view too,
    and without "view" none comes."""
    eli, state = "19990909-T005", started("missing_student")["state"]
    asked = {"op": "search", "state": state, "actor": TEACHER, "pnr": eli, "lang": "en", "today": "2026-02-02",
             "options": {"target": "INL1", "screen": "report"}}
    answer = call({**asked, "view": True})
    separate = call({"op": "view", "state": answer["state"], "actor": TEACHER, "today": "2026-02-02",
                     "options": asked["options"]})
    assert answer["ok"] and answer["view"] == separate["view"]
    listed = [r["student"] for r in answer["view"]["report"]["rows"]]
    before = call({**separate, "op": "view", "state": state, "actor": TEACHER, "options": asked["options"]})
    assert eli in listed and eli not in [r["student"] for r in before["view"]["report"]["rows"]]
    refused = call({**asked, "actor": ALVA, "view": True})
    assert refused["ok"] is False and refused["view"]["actor"] == ALVA
    assert "view" not in call(asked)


def test_a_view_of_the_screen_shown_is_smaller_than_a_whole_one() -> None:
    """The option `screen` keeps the answer to what the page draws: a view of the report screen leaves out the
    other screens' rows (here the activity session's)."""
    state = started("inspera")["state"]
    whole = handle(json.dumps({"op": "view", "state": state, "actor": EXAMINER, "options": {}}))
    one = handle(json.dumps({"op": "view", "state": state, "actor": EXAMINER, "options": {"screen": "report"}}))
    assert json.loads(one)["view"]["built"] == ["report", "search"] and "activity" not in json.loads(one)["view"]
    left_out = json.dumps(json.loads(whole)["view"]["activity"], ensure_ascii=False)
    assert len(one) + len(left_out) < len(whole)


def test_a_student_may_not_search_for_students() -> None:
    """A search is a staff look-up: a student's search is refused like any action the role may not take."""
    state = started()["state"]
    answer = call({"op": "search", "state": state, "actor": ALVA, "pnr": BRUNO, "lang": "en"})
    assert answer["ok"] is False and answer["refusal"]["key"] == "not_authorised"
    assert "Find student" in answer["refusal"]["text"] and "Bruno" not in answer["refusal"]["text"]
    assert answer["state"] == state
    staff = call({"op": "search", "state": state, "actor": TEACHER, "pnr": BRUNO, "lang": "en"})
    assert staff["ok"] is True and staff["found"]["name"] == "Bruno Exempel"


def test_a_late_certification_is_certified_and_says_how_late() -> None:
    """With the calendar and the local rule, a certification after the deadline carries a note; in time, none."""
    from guide_site.calendar_table import swedish_table

    calendar = swedish_table(2025, 2028)
    state = started()["state"]
    for action, params, actor in (
        ("save_draft", {"student": ALVA, "target": "TEN1", "grade": "G", "exam_date": "2026-01-15"}, TEACHER),
        ("mark_ready", {"student": ALVA, "target": "TEN1", "graded_by": TEACHER, "notify": EXAMINER}, TEACHER),
    ):
        state = call({"op": "act", "state": state, "actor": actor, "action": action, "params": params,
                      "today": "2026-02-02"})["state"]
    certify = {"op": "act", "state": state, "actor": EXAMINER, "action": "certify", "lang": "en",
               "params": {"student": ALVA, "target": "TEN1"}, "calendar": calendar, "settings": {}}
    in_time = call({**certify, "today": "2026-02-05"})
    late = call({**certify, "today": "2026-02-10"})
    assert in_time["ok"] and [e["key"] for e in in_time["events"]] == ["certified"]
    assert late["ok"] and [e["key"] for e in late["events"]] == ["certified", "certified_late"]
    assert late["events"][1]["text"].startswith("Certified 3 working days after the last day")
