"""Small helpers for the story tests: act and insist on success or on one refusal."""

from __future__ import annotations

from typing import Any

from guide_engine import Outcome, State, act
from guide_engine.scenarios import EXAMINER, TEACHER

from conftest import TODAY


def ok(state: State, actor: str, action: str, **params: Any) -> Outcome:
    outcome = act(state, actor, action, params, TODAY)
    assert outcome.refusal is None, outcome.refusal
    return outcome


def refused(state: State, actor: str, action: str, key: str, **params: Any) -> dict[str, Any]:
    outcome = act(state, actor, action, params, TODAY)
    assert outcome.refusal is not None and outcome.refusal.key == key, outcome.refusal
    assert outcome.state is state, "a refused action must hand back the very state it got"
    return outcome.refusal.params


def certified(state: State, pnr: str, target: str, grade: str, day: str = "2026-01-15") -> State:
    state = ok(state, TEACHER, "save_draft", student=pnr, target=target, grade=grade, exam_date=day).state
    state = ok(state, TEACHER, "mark_ready", student=pnr, target=target, graded_by=TEACHER, notify=EXAMINER).state
    return ok(state, EXAMINER, "certify", student=pnr, target=target).state


def statuses(state: State) -> list[tuple[str, str, str, str]]:
    """The whole of a state's results, as (student, target, grade, status), in order."""
    return [(r.student, r.target, r.grade, r.status) for r in state.results]
