"""Apply one action to a state: ask the one decision (`decision.decide`), then make the change it allowed.

`act()` is the only way a state changes. It never raises for a reader's mistake: a forbidden or malformed action
comes back as an `Outcome` whose `refusal` is set and whose state is the very state that came in. Its events name
the student as the actor sees the student: by anonymisation code where the actor sees only codes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from . import inspera
from .actions import Action
from .decision import Allowed, decide
from .model import COURSE_TARGET, SCALES, Person, Result, State, is_pass
from .outcome import Event, Outcome, Refusal
from .privacy import student_label
from .results import latest_module_date, param_name, passed, standing_result, target_name


def act(state: State, actor_id: str, action: str, params: dict[str, Any], today: dt.date) -> Outcome:
    """Perform `action` as the person `actor_id` on `today`."""
    if not isinstance(params, dict):
        return Outcome(state, refusal=Refusal("unknown_action", {}))
    decided = decide(state, actor_id, action, params, params, today)
    if isinstance(decided, Refusal):
        return Outcome(state, refusal=decided)
    if decided.action.on_course:
        return inspera.apply(state, action, decided.values)
    return _apply(state, decided)


# --- making the change ---------------------------------------------------------------------------------------------


def _apply(state: State, allowed: Allowed) -> Outcome:
    actor, action, record, pnr, target = allowed.actor, allowed.action, allowed.record, allowed.pnr, allowed.target
    values = allowed.values
    new_status = action.moves_from(record.status if record else "none")
    assert new_status is not None
    base = {"name": student_label(state, actor, pnr, target), "target": target_name(state, target)}
    events: list[Event] = []
    if record is None:
        record = Result(id=state.next_id, student=pnr, target=target, status=new_status, **values)
        state = replace(state, next_id=state.next_id + 1)
        events.append(Event("saved_as_draft", {**base, "grade": record.grade}))
        events.extend(_course_date_hint(state, record))
    else:
        before = record
        record = replace(record, status=new_status, **values)
        events.append(_event_for(action, before, record, base, state, actor))
        if action.name == "certify":
            record = replace(record, certified_by=actor.id)
            changed = [f for f in ("grade", "exam_date") if getattr(before, f) != getattr(record, f)]
            events.extend(Event("adjusted_before_certifying", {"field": param_name(f)}) for f in changed)
    state = state.with_result(record)
    if action.name == "certify":
        state, more = _after_certify(state, actor, record, base)
        events.extend(more)
    return Outcome(state, tuple(events))


def _event_for(
    action: Action, before: Result, after: Result, base: dict[str, Any], state: State, actor: Person
) -> Event:
    """The action's declared event; reporting again over a draft tells that the draft changed."""
    if action.name == "mark_ready":
        grader, notified = state.person(after.graded_by), state.person(after.notified)
        assert grader is not None and notified is not None
        return Event("marked_ready", {**base, "graded_by": grader.name, "notify": notified.name})
    if action.name == "certify":
        return Event(
            "certified",
            {**base, "grade": after.grade, "examiner": actor.name, "date": after.decision_date, "ref": after.id},
        )
    if action.name == "save_draft":
        return Event("draft_updated", {**base, "grade": after.grade})
    return Event(action.event, {**base, "grade": before.grade})


def _course_date_hint(state: State, record: Result) -> list[Event]:
    """A course grade is usually dated by the latest module result; an earlier date is allowed, but said."""
    if record.target != COURSE_TARGET:
        return []
    latest = latest_module_date(state, record.student)
    if latest and record.exam_date < latest:
        return [Event("course_date_before_module", {"date": record.exam_date, "latest": latest})]
    return []


def _after_certify(state: State, actor: Person, record: Result, base: dict[str, Any]) -> tuple[State, list[Event]]:
    """A single-module course gets its course grade at once; otherwise say when the course grade may be reported."""
    course = state.course
    if record.target == COURSE_TARGET or not is_pass(record.grade):
        return state, []
    if len(course.modules) == 1:
        if record.grade not in SCALES[course.scale] or standing_result(state, record.student, COURSE_TARGET):
            return state, []
        derived = Result(
            id=state.next_id,
            student=record.student,
            target=COURSE_TARGET,
            grade=record.grade,
            exam_date=record.exam_date,
            status="certified",
            certified_by=actor.id,
            source="derived",
            decision_date=record.decision_date,
        )
        state = replace(state, next_id=state.next_id + 1).with_result(derived)
        return state, [Event("course_grade_derived", {**base, "grade": record.grade})]
    if all(passed(state, record.student, m.code) for m in course.modules):
        return state, [Event("course_grade_possible", base)]
    return state, []
