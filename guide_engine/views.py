"""What each person sees: queries of a state, never changes to it.

A student sees only certified results, with both the examination date and the decision date, and only the
annotations marked visible; never a draft or a comment. On a module with an anonymous exam (an activity session),
a teacher sees anonymisation codes instead of names for every student signed up to it, anywhere in the view, until
that student's result is certified; the examiner and the study administration see code and name side by side.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .model import COURSE_TARGET, SCALES, Result, State, is_pass
from .results import standing_result, working_result
from .rules import NONE, PERMISSIONS, SEE_NAMES_ON_ANONYMOUS_EXAMS, STANDING_STATES, TRANSITIONS


def credits(state: State, pnr: str, on: str | None = None) -> float:
    """Credits a student has in Ladok on this course: passed, certified modules, never more than the course.

    With `on` (an ISO date), only results certified by that day count: this is what Ladok, and so CSN, shows on that
    day. When the credits were earned is the examination date; the decision date says only when they became visible.
    """
    course = state.course

    def counts(result: Result | None) -> bool:
        if result is None or not is_pass(result.grade):
            return False
        return on is None or (bool(result.decision_date) and result.decision_date <= on)

    if counts(standing_result(state, pnr, COURSE_TARGET)):
        return course.hp
    total = sum(m.hp for m in course.modules if counts(standing_result(state, pnr, m.code)))
    return min(total, course.hp)


def targets(state: State) -> list[str]:
    return [*(m.code for m in state.course.modules), COURSE_TARGET]


def view(state: State, actor_id: str) -> dict[str, Any]:
    actor = state.person(actor_id)
    if actor is None:
        return {"error": "unknown_actor"}
    roles = set(actor.roles)
    if roles == {"student"}:
        return _student_view(state, actor.id)
    codes = _signed_up(state)
    hidden = {} if roles & SEE_NAMES_ON_ANONYMOUS_EXAMS else _anonymous(state, codes)
    listed = _listed_students(state)
    rows = []
    for target in targets(state):
        shared = _Shared(roles, target, state)
        for pnr in listed:
            rows.extend(_rows(state, shared, pnr, codes, hidden))
    return {
        "actor": actor.id,
        "roles": list(actor.roles),
        "course": _course(state),
        "rows": rows,
        "activities": [_activity(state, a.id, hidden) for a in state.activities],
    }


class _Shared:
    """What every row of one module has in common for one viewer: its scale, and the actions by status."""

    def __init__(self, roles: set[str], target: str, state: State) -> None:
        self.roles, self.target, self.state = roles, target, state
        self.grades = list(SCALES[state.course.scale_of(target)])
        self._actions: dict[str, list[str]] = {}

    def actions(self, status: str) -> list[str]:
        if status not in self._actions:
            self._actions[status] = _actions(self.roles, status, self.target, self.state)
        return list(self._actions[status])


Codes = dict[tuple[str, str], str]


def _signed_up(state: State) -> Codes:
    """(student, module) -> the student's anonymisation code on that module's latest activity session."""
    return {(pnr, a.target): code for a in state.activities for code, pnr in a.codes}


def _anonymous(state: State, codes: Codes) -> Codes:
    """The codes that stand in for names, for whoever may not see names: every student signed up to an activity
    session, until their result on that module is certified."""
    return {key: code for key, code in codes.items() if standing_result(state, *key) is None}


def _listed_students(state: State) -> list[str]:
    """Registered students, then anyone a search has brought up or who has a result here."""
    listed = [s.pnr for s in state.registered()]
    seen = set(listed)
    for pnr in (*state.found, *sorted({r.student for r in state.results})):
        if pnr not in seen and state.student(pnr) is not None:
            listed.append(pnr)
            seen.add(pnr)
    return listed


def _rows(state: State, shared: _Shared, pnr: str, codes: Codes, hidden: Codes) -> list[dict[str, Any]]:
    target = shared.target
    hide = (pnr, target) in hidden
    if not state.results_of(pnr, target):  # the common case in a large course: nothing reported yet
        return [_row(state, shared, pnr, None, codes, hide)]
    working, standing = working_result(state, pnr, target), standing_result(state, pnr, target)
    records: list[Result | None] = [r for r in (standing, working) if r is not None] or [None]
    return [_row(state, shared, pnr, r, codes, hide) for r in records]


def _row(state: State, shared: _Shared, pnr: str, record: Result | None, codes: Codes, hidden: bool) -> dict[str, Any]:
    student = state.student(pnr)
    assert student is not None
    target = shared.target
    status = record.status if record else NONE
    activity = state.activity(record.activity) if record and record.activity else None
    code = (activity.code_for(pnr) if activity else None) or codes.get((pnr, target), "")
    return {
        "ref": record.id if record else None,
        "student": None if hidden else pnr,
        "name": None if hidden else student.name,
        "code": code,
        "target": target,
        "status": status,
        "grade": record.grade if record else "",
        "exam_date": record.exam_date if record else "",
        "decision_date": record.decision_date if record else "",
        "comment": record.comment if record else "",
        "points": record.points if record else "",
        "points_visible": record.points_visible if record else False,
        "graded_by": record.graded_by if record else "",
        "actions": [] if hidden else shared.actions(status),
        "grades": shared.grades,
    }


def _actions(roles: set[str], status: str, target: str, state: State) -> list[str]:
    out = []
    for action, froms in TRANSITIONS.items():
        if status in froms and roles & set(PERMISSIONS[action]):
            out.append(action)
    if status in STANDING_STATES and roles & set(PERMISSIONS["save_draft"]) and "save_draft" not in out:
        out.append("save_draft")  # a new result beside a certified one (after a fail)
    if target == COURSE_TARGET and len(state.course.modules) == 1:
        out = [a for a in out if a != "save_draft"]
    return out


def _course(state: State) -> dict[str, Any]:
    c = state.course
    return {
        "code": c.code,
        "instance": c.instance,
        "name": {"sv": c.name_sv, "en": c.name_en},
        "hp": c.hp,
        "scale": c.scale,
        "examiners": list(c.examiners),
        "modules": [
            {
                "code": m.code,
                "name": {"sv": m.name_sv, "en": m.name_en},
                "hp": m.hp,
                "scale": m.scale,
                "moments": list(m.moments),
            }
            for m in c.modules
        ],
    }


def _activity(state: State, activity_id: str, hidden: Codes) -> dict[str, Any]:
    activity = state.activity(activity_id)
    assert activity is not None
    codes = []
    for code, pnr in activity.codes:
        show = (pnr, activity.target) not in hidden
        student = state.student(pnr)
        codes.append(
            {"code": code, "student": pnr if show else None, "name": student.name if show and student else None}
        )
    return {"id": activity.id, "target": activity.target, "date": activity.date, "codes": codes}


def _student_view(state: State, pnr: str) -> dict[str, Any]:
    rows = []
    for target in targets(state):
        standing = standing_result(state, pnr, target)
        if standing is None:
            continue
        rows.append(
            {
                "target": target,
                "grade": standing.grade,
                "exam_date": standing.exam_date,
                "decision_date": standing.decision_date,
                "points": standing.points if standing.points_visible else "",
                "status": "certified",
            }
        )
    return {"actor": pnr, "roles": ["student"], "course": _course(state), "rows": rows, "credits": credits(state, pnr)}


def search(state: State, pnr: str) -> tuple[State, dict[str, Any]]:
    """A search by personal identity number; a student it finds stays in the list, as in Ladok's search results."""
    found = find_student(state, pnr)
    if found["found"] in ("earlier_instance", "other_course") and found["pnr"] not in state.found:
        state = replace(state, found=(*state.found, found["pnr"]))
    return state, found


def find_student(state: State, pnr: str) -> dict[str, Any]:
    """A search by personal identity number: where the student is registered, and what to do."""
    student = state.student(pnr.strip())
    if student is None:
        return {"found": "not_found", "pnr": pnr}
    if student.course_code == state.course.code and student.instance == state.course.instance:
        found = "registered"
    elif student.course_code == state.course.code:
        found = "earlier_instance"
    else:
        found = "other_course"
    return {
        "found": found,
        "pnr": student.pnr,
        "name": student.name,
        "course_code": student.course_code,
        "instance": student.instance,
    }
