"""What an action does once the decision says yes, and what it tells: the effects and events the action records
reference (`actions.py`).

An **effect** (`Effect`) makes the change and returns what it did (`Done`) with any further events; a **tell**
(`Tell`) turns what it did into the action's own event. `workflow.act()` calls the two of the record, in that order,
so an action with a special effect or event is one record and its functions here, never an `if` on its name. Events
name the student as the actor sees the student: by anonymisation code where the actor sees only codes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .model import COURSE_TARGET, SCALES, Person, Result, State, is_pass
from .names import Status
from .outcome import Allowed, Done, Event
from .privacy import student_label
from .results import latest_module_date, param_name, passed, standing_result, target_name

Effect = Callable[[State, Allowed], tuple[Done, list[Event]]]
Tell = Callable[[Done], Event]


# --- effects --------------------------------------------------------------------------------------------------------


def move_result(state: State, allowed: Allowed) -> tuple[Done, list[Event]]:
    """Move the result the action meets (or a new one) as its record says, record the checked values, and sign it
    with the actor where the record says it is signed."""
    record, action = allowed.record, allowed.action
    new_status = action.moves_from(record.status if record else Status.NONE)
    assert new_status is not None
    values = {**allowed.values, action.signs: allowed.actor.id} if action.signs else allowed.values
    subject = {
        "name": student_label(state, allowed.actor, allowed.pnr, allowed.target),
        "target": target_name(state, allowed.target),
    }
    if record is None:
        after = Result(id=state.next_id, student=allowed.pnr, target=allowed.target, status=new_status.value, **values)
        changed = replace(state, next_id=state.next_id + 1).with_result(after)
        return Done(changed, allowed, None, after, subject), _course_date_hint(changed, after)
    after = replace(record, status=new_status.value, **values)
    return Done(state.with_result(after), allowed, record, after, subject), []


def certify_result(state: State, allowed: Allowed) -> tuple[Done, list[Event]]:
    """Certify: the result moves and is signed; what the examiner changed just before is said; on a single-module
    course the course grade follows at once, otherwise it is said when the course grade may be reported."""
    done, more = move_result(state, allowed)
    before, after = done.before, done.after
    assert before is not None and after is not None
    changed = [f for f in ("grade", "exam_date") if getattr(before, f) != getattr(after, f)]
    more += [Event("adjusted_before_certifying", {"field": param_name(f)}) for f in changed]
    moved, follows = _course_grade_follows(done.state, allowed.actor, after, done.subject)
    return replace(done, state=moved), [*more, *follows]


def _course_date_hint(state: State, record: Result) -> list[Event]:
    """A course grade is usually dated by the latest module result; an earlier date is allowed, but said."""
    if record.target != COURSE_TARGET:
        return []
    latest = latest_module_date(state, record.student)
    if latest and record.exam_date < latest:
        return [Event("course_date_before_module", {"date": record.exam_date, "latest": latest})]
    return []


def _course_grade_follows(
    state: State, actor: Person, record: Result, subject: dict[str, object]
) -> tuple[State, list[Event]]:
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
            status=Status.CERTIFIED.value,
            certified_by=actor.id,
            source="derived",
            decision_date=record.decision_date,
        )
        state = replace(state, next_id=state.next_id + 1).with_result(derived)
        return state, [Event("course_grade_derived", {**subject, "grade": record.grade})]
    if all(passed(state, record.student, m.code) for m in course.modules):
        return state, [Event("course_grade_possible", subject)]
    return state, []


# --- events ---------------------------------------------------------------------------------------------------------


def declared_event(done: Done) -> Event:
    """The action's declared event, naming the student, the target and the grade."""
    after = done.after
    assert after is not None
    return Event(done.allowed.action.event, {**done.subject, "grade": after.grade})


def draft_event(done: Done) -> Event:
    """A new draft is saved; reporting again over a draft tells that the draft changed."""
    after = done.after
    assert after is not None
    key = done.allowed.action.event if done.before is None else "draft_updated"
    return Event(key, {**done.subject, "grade": after.grade})


def marked_ready_event(done: Done) -> Event:
    """Marked as ready: who graded it and whom Ladok notified."""
    after = done.after
    assert after is not None
    grader, notified = done.state.person(after.graded_by), done.state.person(after.notified)
    assert grader is not None and notified is not None
    return Event(done.allowed.action.event, {**done.subject, "graded_by": grader.name, "notify": notified.name})


def certified_event(done: Done) -> Event:
    """Certified: by whom, on which day, with the result's reference (so a late certification can be told)."""
    after = done.after
    assert after is not None
    params = {"grade": after.grade, "examiner": done.allowed.actor.name, "date": after.decision_date, "ref": after.id}
    return Event(done.allowed.action.event, {**done.subject, **params})


def facts_event(done: Done) -> Event:
    """An action on the course tells the facts its effect gathered (a session's codes, a transfer's counts)."""
    return Event(done.allowed.action.event, done.facts)
