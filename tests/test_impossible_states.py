"""No state the engine could not make: a state whose results name someone who could not have taken a step, or
whose dates and source do not fit its steps, is refused whole when it is read, through handle() as a saved
sandbox and as a link are opened (the page asks for a view of the state, and keeps its own work unless the answer
is a view), and an action on it is refused the same way. Each case below is one the engine cannot make."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from guide_engine.scenarios import ADMIN, ALVA, EXAMINER, FREJ, TEACHER
from guide_engine.stateio import MalformedState, state_from_json
from transcript import call

OTHER_EXAMINER = {"id": "e-olle", "name": "Olle Annanstans", "roles": ["examiner"]}


def certified_state() -> dict[str, Any]:
    """The Inspera exercise after its guided steps: Alva's exam result certified from the session, Bruno's a draft
    from it, and an examiner of another course among the people."""
    started = call({"op": "scenario", "scenario": "inspera"})
    state, guide = started["state"], started["guide"]
    for step in guide["steps"]:
        state = call({"op": "act", "state": state, "actor": step["actor"], "action": step["action"],
                      "params": step["params"], "today": guide["today"]})["state"]
    state["people"].append(OTHER_EXAMINER)
    assert [(r["student"], r["status"]) for r in state["results"]][:1] == [(ALVA, "certified")]
    return dict(state)


def _certified(state: dict[str, Any]) -> dict[str, Any]:
    return next(r for r in state["results"] if r["status"] == "certified")  # type: ignore[no-any-return]


def _draft(state: dict[str, Any]) -> dict[str, Any]:
    return next(r for r in state["results"] if r["status"] == "draft")  # type: ignore[no-any-return]


IMPOSSIBLE: dict[str, Callable[[dict[str, Any]], None]] = {
    "certified by a teacher": lambda s: _certified(s).update(certified_by=TEACHER),
    "certified by the student": lambda s: _certified(s).update(certified_by=ALVA),
    "certified by nobody": lambda s: _certified(s).update(certified_by=""),
    "certified by another course's examiner": lambda s: _certified(s).update(certified_by=OTHER_EXAMINER["id"]),
    "graded by a study administrator": lambda s: _certified(s).update(graded_by=ADMIN),
    "a teacher notified as the examiner": lambda s: _certified(s).update(notified=TEACHER),
    "from Inspera with no activity session": lambda s: _certified(s).update(activity=""),
    "a session named on a result reported by hand": lambda s: _certified(s).update(source="manual"),
    "a removal date on a certified result": lambda s: _certified(s).update(removal_date="2026-02-02"),
    "a removal date on a deleted draft": lambda s: _draft(s).update(status="removed", removal_date="2026-02-02"),
    "a decision date on a draft": lambda s: _draft(s).update(decision_date="2026-02-02"),
    "a certifier on a draft": lambda s: _draft(s).update(certified_by=EXAMINER),
    "certified without being marked as ready": lambda s: _certified(s).update(graded_by="", notified=""),
    "a course grade set from its module on a two-module course": lambda s: _certified(s).update(
        source="derived", activity=""),
    "a code for a student registered on another course": lambda s: s["activities"][0]["codes"].append(
        ["INX-9999", FREJ]),
}


@pytest.mark.parametrize("case", sorted(IMPOSSIBLE))
def test_a_state_the_engine_could_not_make_is_refused_with_the_readers_work_untouched(case: str) -> None:
    """Opened as a saved sandbox or a link (a view of it), or acted on: a clear message in the reader's language,
    no state handed back to replace the reader's own, and the same state unchanged reads again."""
    whole = certified_state()
    assert call({"op": "view", "state": whole, "actor": EXAMINER, "options": {}})["ok"] is True
    tampered = copy.deepcopy(whole)
    IMPOSSIBLE[case](tampered)
    with pytest.raises(MalformedState):
        state_from_json(tampered)
    for lang, says in (("sv", "Ditt nuvarande arbete är orört"), ("en", "Your current work is untouched")):
        for request in (
            {"op": "view", "state": tampered, "actor": EXAMINER, "options": {}, "lang": lang},
            {"op": "act", "state": tampered, "actor": EXAMINER, "action": "certify", "today": "2026-02-02",
             "params": {"student": ALVA, "target": "TEN1"}, "lang": lang},
        ):
            answer = call(request)
            assert answer["ok"] is False and answer["error"]["key"] == "malformed_state", (case, answer)
            assert says in answer["error"]["text"] and "state" not in answer and "view" not in answer
    assert call({"op": "view", "state": whole, "actor": EXAMINER, "options": {}})["ok"] is True


def test_the_state_the_cases_start_from_is_whole_and_each_case_breaks_one_thing() -> None:
    """Each impossible state differs from a state the engine made in the one place its case names."""
    whole = certified_state()
    state_from_json(whole)
    for case, change in IMPOSSIBLE.items():
        tampered = copy.deepcopy(whole)
        change(tampered)
        assert tampered != whole, case
