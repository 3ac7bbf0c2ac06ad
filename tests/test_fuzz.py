"""Fuzzing the JSON entry point: arbitrary JSON, mutated valid states and random requests.

For every input `handle()` answers with a JSON object that has "ok", never raises, never shows a traceback and
never falls through to its last guard (`internal_error`): each input meets a check that names what is wrong. A
refusal leaves the state as it was (only the guided step may move, when the step demonstrates that refusal), and
every state that comes back loads again and can be viewed by each of its people.
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from functools import cache
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guide_engine import all_scenarios, handle
from guide_engine.api import OPS
from guide_engine.rules import ACTION_NAMES as ACTIONS
from guide_engine.stateio import state_from_json
from guide_engine.scenarios import ADMIN, ALVA, BRUNO, ELI, EXAMINER, TEACHER
from guide_site.calendar_table import swedish_table

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats(allow_nan=False) | st.text(
    max_size=12
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


def answer_of(raw: str) -> dict[str, Any]:
    out = handle(raw)
    assert "Traceback" not in out
    parsed: dict[str, Any] = json.loads(out)
    assert isinstance(parsed, dict) and isinstance(parsed["ok"], bool)
    error = parsed.get("error")
    assert error is None or error["key"] != "internal_error", error
    return parsed


@cache
def valid_states() -> tuple[str, ...]:
    """Every scenario's start and every state its guided path passes through, as JSON text."""
    out = []
    for key, scenario in all_scenarios().items():
        state = json.loads(handle(json.dumps({"op": "scenario", "scenario": key})))["state"]
        out.append(json.dumps(state))
        for step in scenario.steps:
            if step.action == "search":
                request = {"op": "search", "state": state, "actor": step.actor, "pnr": step.params["pnr"]}
            else:
                request = {"op": "act", "state": state, "actor": step.actor, "action": step.action,
                           "params": step.params, "today": "2026-02-02"}
            state = json.loads(handle(json.dumps(request)))["state"]
            out.append(json.dumps(state))
    return tuple(out)


@cache
def calendar() -> dict[str, Any]:
    return swedish_table(2025, 2027)


def mutate(data: Any, draw: Any) -> Any:
    """Change one place in a JSON tree: replace a value, delete a key, or repeat a list entry."""
    if isinstance(data, dict) and data and draw(st.booleans()):
        key = draw(st.sampled_from(sorted(data)))
        kind = draw(st.sampled_from(["deeper", "replace", "delete"]))
        if kind == "delete":
            del data[key]
        elif kind == "replace":
            data[key] = draw(json_values)
        else:
            data[key] = mutate(data[key], draw)
        return data
    if isinstance(data, list) and data and draw(st.booleans()):
        index = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["deeper", "replace", "repeat"]))
        if kind == "repeat":
            data.append(copy.deepcopy(data[index]))
        elif kind == "replace":
            data[index] = draw(json_values)
        else:
            data[index] = mutate(data[index], draw)
        return data
    return draw(json_values)


people = st.sampled_from([TEACHER, EXAMINER, ADMIN, ALVA, "nobody"])
subjects = st.fixed_dictionaries(
    {"student": st.sampled_from([ALVA, BRUNO, ELI, "x"]), "target": st.sampled_from(["TEN1", "INL1", "COURSE", "DEL1"])}
)
extras = st.dictionaries(
    st.sampled_from(["grade", "exam_date", "points", "points_visible", "graded_by", "notify", "comment", "result",
                     "activity", "grades", "date"]),
    st.sampled_from(["G", "VG", "U", "B", "F", "2026-01-15", "2027-01-01", "x", TEACHER, EXAMINER, 1, 3]) | json_values,
    max_size=5,
)


def _loads_again(state: dict[str, Any]) -> None:
    for person in state["people"]:
        seen = answer_of(json.dumps({"op": "view", "state": state, "actor": person["id"]}))
        assert seen["ok"] is True, seen


def _without_step(state: dict[str, Any]) -> Any:
    """The state as the engine reads it (defaults filled in), apart from the guided step."""
    return replace(state_from_json(state), step=0)


@FUZZ
@given(st.text(max_size=200) | json_values.map(json.dumps))
def test_arbitrary_json_never_breaks_handle(raw: str) -> None:
    answer_of(raw)


@FUZZ
@given(st.data())
def test_a_mutated_valid_state_is_read_whole_or_refused(data: st.DataObject) -> None:
    state = mutate(json.loads(data.draw(st.sampled_from(valid_states()))), data.draw)
    request = {"op": "act", "state": state, "actor": data.draw(people), "action": data.draw(st.sampled_from(ACTIONS)),
               "params": {**data.draw(subjects), **data.draw(extras)}, "today": "2026-02-02",
               "lang": data.draw(st.sampled_from(["sv", "en"]))}
    out = answer_of(json.dumps(request))
    if "error" in out:
        assert "state" not in out
        return
    if not out["ok"]:
        assert _without_step(out["state"]) == _without_step(state)
    _loads_again(out["state"])


@FUZZ
@given(st.data())
def test_random_requests_on_valid_states(data: st.DataObject) -> None:
    state = json.loads(data.draw(st.sampled_from(valid_states())))
    op = data.draw(st.sampled_from(sorted(OPS)))
    request: dict[str, Any] = {"op": op, "state": state, "lang": data.draw(st.sampled_from(["sv", "en", "de", 3]))}
    request |= {"actor": data.draw(people), "action": data.draw(st.sampled_from([*ACTIONS, "fly"])),
                "params": {**data.draw(subjects), **data.draw(extras)}, "today": data.draw(
                    st.sampled_from(["2026-02-02", "2026-13-01", "", None, 5]))}
    if data.draw(st.booleans()):
        request |= {"calendar": calendar(), "exam": data.draw(st.sampled_from(["2026-01-15", "x", None, 1])),
                    "retake": data.draw(st.sampled_from(["2026-02-10", "2026-01-20", "", None])),
                    "finished": data.draw(st.dictionaries(st.sampled_from(["1", "2", "3", "4", "project"]),
                                                          st.sampled_from(["2026-03-20", "x", 5]))),
                    "required_hp": data.draw(st.sampled_from(["5", "x", None, 7.5])), "by": "2026-06-01",
                    "certified": data.draw(st.sampled_from([["DEL1"], [], None]))}
    for name in data.draw(st.lists(st.sampled_from(sorted(request)), max_size=2)):
        request[name] = data.draw(json_values)
    out = answer_of(json.dumps(request))
    if out.get("state") is not None:
        if op == "act" and not out["ok"] and isinstance(state, dict) and request.get("state") is state:
            assert _without_step(out["state"]) == _without_step(state)
        _loads_again(out["state"])
