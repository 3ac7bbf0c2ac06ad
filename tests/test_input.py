"""No input breaks the engine: every request gets a structured answer, and a state loads only if it is whole."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from guide_engine import handle
from guide_engine.api import MAX_REQUEST_CHARS
from guide_engine.scenarios import ALVA, EXAMINER, TEACHER
from guide_site.calendar_table import swedish_table
from transcript import call


def answer(raw: str) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(handle(raw))
    assert out["ok"] is False, out
    assert "Traceback" not in json.dumps(out)
    return out


def started(key: str = "written_exam") -> dict[str, Any]:
    return call({"op": "scenario", "scenario": key})["state"]


@pytest.mark.parametrize(
    ("request_", "key", "params"),
    [
        ({"op": ["act"]}, "malformed_request", {"detail": "unknown op"}),
        ({"op": {"a": 1}}, "malformed_request", {"detail": "unknown op"}),
        ({"op": "scenario", "scenario": ["x"]}, "unknown_scenario", {"scenario": "['x']"}),
        ({"op": "scenario", "scenario": {"x": 1}}, "unknown_scenario", {"scenario": "{'x': 1}"}),
        ({"op": "search", "state": None, "pnr": ["x"]}, "malformed_state", {"detail": "not an object"}),
    ],
)
def test_unhashable_op_or_scenario_is_a_malformed_request(request_: dict[str, Any], key: str,
                                                          params: dict[str, Any]) -> None:
    out = answer(json.dumps(request_))
    assert (out["error"]["key"], out["error"]["params"]) == (key, params)
    assert "state" not in out


def test_deeply_nested_json_is_refused_not_raised() -> None:
    assert answer("[" * 100_000 + "]" * 100_000)["error"]["key"] == "malformed_request"
    nested = '{"op": "view", "state": ' + '{"a": ' * 5000 + "1" + "}" * 5000 + "}"
    assert answer(nested)["error"]["params"] == {"detail": "nested deeper than 64 levels"}


def test_an_input_over_the_limit_is_refused_up_front_with_its_own_message() -> None:
    raw = json.dumps({"op": "view", "pad": "x" * MAX_REQUEST_CHARS})
    out = answer(raw)
    assert out["error"]["key"] == "request_too_large"
    assert "för stor" in out["error"]["text"]
    # The language is read from the request's edges without parsing it.
    out = json.loads(handle(json.dumps({"op": "describe", "pad": "x" * (MAX_REQUEST_CHARS + 1), "lang": "en"})))
    assert "too large" in out["error"]["text"]


def _tampered(change: Callable[[dict[str, Any]], None], key: str = "written_exam") -> str:
    state = started(key)
    change(state)
    out = answer(json.dumps({"op": "view", "state": state, "actor": TEACHER, "lang": "en"}))
    assert "state" not in out and "view" not in out, "nothing replaces the reader's own work"
    return str(out["error"]["key"])


def _result(**extra: Any) -> dict[str, Any]:
    return {"id": 1, "student": ALVA, "target": "TEN1", "grade": "G", "exam_date": "2026-01-15",
            "status": "certified", **extra}


@pytest.mark.parametrize(
    "change",
    [
        lambda s: s["people"].append({"id": "x", "name": "X", "roles": []}),
        lambda s: s["people"].append({"id": "x", "name": "X", "roles": ["wizard"]}),
        lambda s: s["people"].append({"id": "x", "name": "X", "roles": ["inspera_planner"]}),
        lambda s: s["people"].append({"id": "x", "name": "X", "roles": ["student"]}),  # no such student
        lambda s: s["people"].append(dict(s["people"][0])),  # two people, one id
        lambda s: s.update(step=-1),
        lambda s: s.update(step=99),
        lambda s: s.update(step=10**30),
        lambda s: s.update(next_id=10**30),
        lambda s: s.update(scenario="nope"),
        lambda s: s["course"]["modules"][0].update(hp=1e308),
        lambda s: s["course"]["modules"][0].update(hp=float("nan")),
        lambda s: s["course"].update(examiners=["nobody"]),
        lambda s: s.update(found=["nobody"]),
        lambda s: s["people"].pop(0),  # the guide's teacher is gone
        lambda s: s.update(results=[_result(), _result()], next_id=3),  # two results with one id
        lambda s: s.update(results=[_result(graded_by="nobody")], next_id=2),
        lambda s: s.update(results=[_result(activity="nowhere")], next_id=2),
        lambda s: s.update(results=[_result(decision_date="yesterday")], next_id=2),
        lambda s: s.update(results=[_result(points="1e999")], next_id=2),
        lambda s: s.update(results=[_result(target="COURSE", grade="U")], next_id=2),
        lambda s: s.update(results=[_result(id=True)], next_id=2),
        lambda s: s.update(activities=[{"id": "A", "target": "TEN1", "date": "2026-01-15",
                                        "codes": [["C-1", ALVA, "extra"]]}]),
        lambda s: s.update(activities=[{"id": "A", "target": "TEN1", "date": "2026-01-15",
                                        "codes": [["C-1", ALVA], ["C-1", "20020202-T002"]]}]),
        lambda s: s.update(activities=[{"id": "A", "target": "COURSE", "date": "2026-01-15", "codes": []}]),
        lambda s: s["course"]["modules"].append(dict(s["course"]["modules"][0], hp=0.5)),
    ],
)
def test_a_state_that_is_not_whole_is_refused(change: Callable[[dict[str, Any]], None]) -> None:
    assert _tampered(change) == "malformed_state"


def test_two_results_with_one_id_are_refused_never_merged() -> None:
    state = started()
    state["results"] = [_result(), _result(grade="VG")]
    state["next_id"] = 5
    out = answer(json.dumps({"op": "act", "state": state, "actor": TEACHER, "action": "save_draft",
                             "params": {"student": ALVA, "target": "TEN1", "grade": "G"}, "today": "2026-02-02"}))
    assert out["error"]["key"] == "malformed_state" and "state" not in out


def test_a_whole_state_passes_and_every_returned_state_loads_again() -> None:
    state = started("inspera")
    assert call({"op": "view", "state": state, "actor": TEACHER})["ok"]
    for role in (TEACHER, EXAMINER, ALVA):
        assert call({"op": "view", "state": copy.deepcopy(state), "actor": role})["ok"]


CALENDAR = swedish_table(2025, 2027)


HP = {"sv": "”Poäng (hp)”", "en": "“Credits (hp)”"}
REQUIRED = {"sv": "”Antal hp som krävs”", "en": "“Credits required”"}


@pytest.mark.parametrize(
    ("request_", "kind", "key", "params"),
    [
        ({"op": "deadline", "calendar": CALENDAR, "exam": 20260115}, "refusal", "invalid_date", {"value": "20260115"}),
        ({"op": "deadline", "calendar": CALENDAR, "exam": ["2026-01-15"]}, "refusal", "invalid_date",
         {"value": "['2026-01-15']"}),
        ({"op": "deadline", "calendar": CALENDAR, "exam": "2026-01-15", "settings": "x"}, "error", "malformed_request",
         {"detail": "settings"}),
        ({"op": "deadline", "calendar": CALENDAR, "exam": "2026-01-15", "settings": {"working_days": True}}, "error",
         "malformed_request", {"detail": "settings"}),
        ({"op": "deadline", "calendar": CALENDAR, "exam": "2026-01-15", "settings": {"working_days": 10**30}},
         "error", "malformed_request", {"detail": "settings"}),
        ({"op": "deadline", "calendar": CALENDAR, "exam": "2026-01-15", "settings": {"bogus": 1}}, "error",
         "malformed_request", {"detail": "settings"}),
        ({"op": "deadline", "calendar": {"first": 1, "last": 2, "days": []}, "exam": "2026-01-15"}, "error",
         "malformed_request", {"detail": "calendar"}),
        ({"op": "deadline", "calendar": {"first": "2026-01-01", "last": "2026-12-31", "days": [["2026-01-06"]]},
          "exam": "2026-01-15"}, "error", "malformed_request", {"detail": "calendar"}),
        ({"op": "deadline", "calendar": [], "exam": "2026-01-15"}, "error", "malformed_request", {"detail": "calendar"}),
        ({"op": "instalments", "calendar": CALENDAR, "finished": "x", "lang": "en"}, "error", "malformed_request",
         {"detail": "finished or certified"}),
        ({"op": "instalments", "calendar": CALENDAR, "finished": {"1": 5, "2": {"x": 1}}}, "refusal", "invalid_date",
         {"value": "5"}),
        ({"op": "instalments", "calendar": CALENDAR, "finished": {}, "certified": 5, "required_hp": "5",
          "by": "2026-06-01"}, "error", "malformed_request", {"detail": "finished or certified"}),
        ({"op": "instalments", "calendar": CALENDAR, "finished": {}, "required_hp": "1e999", "by": "2026-06-01"},
         "refusal", "invalid_number", {"param": REQUIRED, "minimum": 0, "maximum": 1000, "value": "1e999"}),
        ({"op": "instalments", "calendar": CALENDAR, "finished": {}, "required_hp": "5", "by": 7}, "error",
         "invalid_date", {"value": "7"}),
        ({"op": "instalments", "calendar": CALENDAR, "structure": [{"hp": "2", "moments": 5}]}, "refusal",
         "part_without_moments", {"name": "1"}),
        ({"op": "instalments", "calendar": CALENDAR, "structure": [{"hp": "2", "moments": [[1]]}]}, "refusal",
         "part_without_moments", {"name": "1"}),
        ({"op": "instalments", "calendar": CALENDAR, "structure": "abc"}, "refusal", "structure_empty", {}),
        ({"op": "instalments", "calendar": CALENDAR, "structure": [{"hp": "9" * 500}]}, "refusal", "invalid_number",
         {"param": HP, "minimum": {"sv": "0,5", "en": "0.5"}, "maximum": 60, "value": "9" * 20}),
    ],
)
def test_wrong_types_in_a_tool_request_get_a_message(request_: dict[str, Any], kind: str, key: str,
                                                     params: dict[str, Any]) -> None:
    """Each bad value gets its own answer: the refusal or error that names it, with what it says about it."""
    out = answer(json.dumps(request_))
    assert kind in out and (out[kind]["key"], out[kind]["params"]) == (key, params), out
    assert out[kind]["text"] and "{" not in out[kind]["text"]


BAD_ACTS = [
    ("save_draft", {"student": ALVA, "target": "TEN1", "grade": "Q", "exam_date": "2026-01-15"}, "invalid_grade"),
    ("save_draft", {"student": ALVA, "target": "TEN1", "grade": ["G"], "exam_date": "2026-01-15"}, "invalid_grade"),
    ("save_draft", {"student": ALVA, "target": "TEN1", "grade": "G", "exam_date": "2026-02-30"}, "invalid_date"),
    ("save_draft", {"student": ALVA, "target": "TEN1", "grade": "G", "exam_date": "2027-01-15"},
     "exam_date_in_future"),
    ("save_draft", {"student": ALVA, "target": "TEN1", "grade": "G", "exam_date": "2026-01-15", "points": "-3"},
     "invalid_points"),
    ("save_draft", {"student": ALVA, "target": "TEN9", "grade": "G", "exam_date": "2026-01-15"}, "unknown_target"),
    ("save_draft", {"student": "19000101-0000", "target": "TEN1", "grade": "G", "exam_date": "2026-01-15"},
     "student_not_found"),
    ("save_draft", {"target": "TEN1", "grade": "G", "exam_date": "2026-01-15"}, "missing_param"),
    ("save_draft", {"result": 999, "target": "TEN1", "grade": "G"}, "missing_param"),
    ("mark_ready", {"student": ALVA, "target": "TEN1", "graded_by": TEACHER, "notify": EXAMINER}, "wrong_state"),
    ("comment", {"student": ALVA, "target": "TEN1", "comment": "x" * 501}, "wrong_state"),
    ("certify", {"student": ALVA, "target": "TEN1"}, "not_authorised"),
    ("fly", {"student": ALVA, "target": "TEN1"}, "unknown_action"),
]


@pytest.mark.parametrize(("action", "params", "key"), BAD_ACTS)
def test_a_bad_action_gets_its_refusal_and_leaves_the_state_as_it_was(action: str, params: dict[str, Any],
                                                                      key: str) -> None:
    state = started()
    out = answer(json.dumps({"op": "act", "state": state, "actor": TEACHER, "action": action, "params": params,
                             "today": "2026-02-02", "lang": "en"}))
    assert out["refusal"]["key"] == key and out["state"] == state and out["guide"]["step"] == 0


def test_a_bad_value_on_a_draft_leaves_the_draft_as_it_was() -> None:
    state = started()
    report = {"student": ALVA, "target": "TEN1", "grade": "G", "exam_date": "2026-01-15"}
    state = call({"op": "act", "state": state, "actor": TEACHER, "action": "save_draft", "params": report,
                  "today": "2026-02-02"})["state"]
    for params, key in (({**report, "grade": "Q"}, "invalid_grade"), ({**report, "points": "abc"}, "invalid_points"),
                        ({"student": ALVA, "target": "TEN1", "comment": "x" * 501}, "comment_too_long"),
                        ({"student": ALVA, "target": "TEN1", "comment": "  "}, "missing_param")):
        action = "comment" if "comment" in params else "save_draft"
        out = answer(json.dumps({"op": "act", "state": state, "actor": TEACHER, "action": action, "params": params,
                                 "today": "2026-02-02"}))
        assert out["refusal"]["key"] == key and out["state"] == state


def test_a_calendar_that_reaches_year_9999_answers() -> None:
    """Counting working days up to the end of all dates stops at the calendar's edge instead of overflowing."""
    edge = {"first": "9999-12-01", "last": "9999-12-31", "days": []}
    out = json.loads(handle(json.dumps({"op": "deadline", "calendar": edge, "exam": "9999-12-30", "lang": "en"})))
    assert out["refusal"]["key"] == "date_outside_calendar"
    start = {"first": "0001-01-01", "last": "0001-01-31", "days": []}
    out = json.loads(handle(json.dumps({"op": "deadline", "calendar": start, "exam": "0001-01-20",
                                        "retake": "0001-01-30", "lang": "en"})))
    assert out["ok"] is False and "refusal" in out


@pytest.mark.parametrize("depth", [1000, 1500, 3000])
def test_deep_nesting_is_refused_before_parsing_with_the_same_answer_at_every_depth(depth: int) -> None:
    """The transcript runs the same requests in Pyodide, where a deep parse can crash the runtime."""
    arrays = json.loads(handle('{"op": "view", "lang": "en", "state": ' + "[" * depth + "]" * depth + "}"))
    objects = json.loads(handle('{"lang": "en", "op": "view", "x": ' + '{"a": ' * depth + "1" + "}" * depth + "}"))
    for answer in (arrays, objects):
        assert answer["ok"] is False and answer["error"]["key"] == "malformed_request"
        assert answer["error"]["params"]["detail"] == "nested deeper than 64 levels"
        assert answer["error"]["text"].startswith("The request")
    shallow = json.loads(handle('{"op": "describe", "lang": "en", "pad": "[[[[[[{{{"}'))
    assert shallow["ok"] is True  # brackets inside a string are not nesting
