"""Results moved from the learning platform's gradebook into Ladok: the transfer's check, its effect and its events.

One action (`transfer_from_lms`, Canvas's "Transfer to Ladok" / "Överför till Ladok") lands as the department's
route says (`Routes.lms_transfer`):

- **as drafts** (KTH's open-source Transfer to Ladok): a draft on the module, or the student's draft there updated;
  the teacher then marks them as ready and notifies the examiner;
- **marked as ready** (Sunet's Canvas–Ladok result service): Ladok records the integration's own user as having
  marked them as ready and the teacher who graded in the learning platform as the grader, beside the teacher who
  reported; the teacher gets an e-mail saying how it went; the examiner certifies.

Either way it goes onto a module, never the course grade; only a gradebook column with letter grades on the
module's scale moves (a column of points only has no grade to move, and a column whose grades are not on the
module's scale is refused, as KTH's tool refuses them); points travel as a results annotation only where the
department says they do. A student whose result is already marked as ready or certified is skipped, with what to do
instead in Ladok (the page of KTH's tool: such results are changed in Ladok itself). Following that page rather than
the tool's code, a fail is not transferred over a certified fail, while a new pass, on a later date, is (a re-sit).
A student who is not registered is skipped as well.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from .model import COURSE_TARGET, INTEGRATION_USER, SCALES, Column, Result, State, is_pass
from .names import Status
from .numbers import parse_date
from .outcome import Allowed, Done, Event, Refusal, both
from .privacy import student_label
from .registration import registrar, registration_refusal, term_refusal
from .results import param_name, standing_result, target_name, working_result

POINTS_ONLY = "points"  # a column's scheme when it has points and no letter grades


def column_name(column: Column) -> dict[str, str]:
    return both(column.name_sv, column.name_en)


def check_transfer(state: State, allowed: Allowed, params: dict[str, Any]) -> dict[str, Any] | Refusal:
    """The route in use, a posted column of letter grades, a module (not the course grade) whose scale has every
    grade of the column's scheme, an examination date that has passed, and points only where they move."""
    routes = state.routes
    if routes.lms_transfer == "none":
        return Refusal("lms_not_in_use", {})
    column = state.column(str(params.get("column", ""))[:80])
    if column is None:
        return Refusal("unknown_column", {})
    target = params.get("target")
    if target == COURSE_TARGET:
        return Refusal("lms_course_grade", {})
    module = state.course.module(target) if isinstance(target, str) else None
    if module is None:
        return Refusal("unknown_target", {})
    if not column.posted:
        return Refusal("lms_not_posted", {"column": column_name(column)})
    if column.scheme == POINTS_ONLY:
        return Refusal("lms_no_letter_grades", {"column": column_name(column)})
    off_scale = [g for g in SCALES[column.scheme] if g not in SCALES[module.scale]]
    if off_scale:
        return Refusal(
            "lms_scale_mismatch",
            {
                "column": column_name(column),
                "scheme": f"scale.{column.scheme}",
                "module": both(module.name_sv, module.name_en),
                "scale": f"scale.{module.scale}",
                "grades": ", ".join(off_scale),
            },
        )
    if params.get("points") is True and not routes.lms_points:
        return Refusal("lms_points_not_moved", {})
    raw = params.get("exam_date")
    if raw in (None, ""):
        return Refusal("missing_param", {"param": param_name("exam_date")})
    day = parse_date(raw)
    if day is None:
        return Refusal("invalid_date", {"value": str(raw)[:40]})
    today = allowed.today or dt.date.max
    if day > today:
        return Refusal("exam_date_in_future", {"exam_date": day.isoformat(), "today": today.isoformat()})
    return {"column": column.id, "target": target, "exam_date": day.isoformat(), "points": params.get("points") is True}


def transfer(state: State, allowed: Allowed) -> tuple[Done, list[Event]]:
    """Each student's grade in the column becomes a result on the module, as the route lands it; the students it
    does not move are told apart, each with what to do instead."""
    values, actor = allowed.values, allowed.actor
    column = state.column(values["column"])
    assert column is not None
    target, day, landing = values["target"], values["exam_date"], state.routes.lms_transfer
    counts = {"created": 0, "updated": 0}
    skipped: list[Event] = []
    changed: list[Result] = []
    next_id = state.next_id
    for pnr, grade, points in column.grades:
        said = {"name": student_label(state, actor, pnr, target), "target": target_name(state, target)}
        why = _not_moved(state, pnr, target, grade, day)
        if why is not None:
            skipped.append(Event(why, {**said, "registrar": registrar(state)}))
            continue
        moved = {
            "grade": grade,
            "exam_date": day,
            "points": points if values["points"] else "",
            "source": "lms",
            "reported_by": actor.id,
            **_landed(landing, column),
        }
        working = working_result(state, pnr, target)
        if working is not None:  # a draft (a ready one is skipped above): updated, as KTH's tool updates it
            changed.append(replace(working, activity="", **moved))
            counts["updated"] += 1
            continue
        changed.append(Result(id=next_id, student=pnr, target=target, **moved))
        next_id += 1
        counts["created"] += 1
    state = replace(state, next_id=next_id).with_results(changed)
    facts = {
        **counts,
        "count": counts["created"] + counts["updated"],
        "target": target_name(state, target),
        "date": day,
        "landing": landing,
        "graded_by": _graders(state, column, actor.name),
    }
    done = Done(state, allowed, facts=facts)
    if landing != Status.READY:
        return done, skipped
    email = Event("lms_email", {"teacher": actor.name, "created": facts["count"], "skipped": len(skipped)})
    return done, [*skipped, email]


def _graders(state: State, column: Column, reporter: str) -> dict[str, str]:
    """Graded by, as Ladok shows a result the integration reported: the grader, and the teacher who reported."""
    grader = state.person(column.graded_by)
    names = list(dict.fromkeys([grader.name if grader else "", reporter]))
    names = [n for n in names if n]
    return both(" och ".join(names), " and ".join(names))


def _landed(landing: str, column: Column) -> dict[str, Any]:
    """A draft, or a result marked as ready by the integration's user with the column's grader as the grader."""
    if landing == Status.READY:
        return {"status": Status.READY.value, "graded_by": column.graded_by, "marked_ready_by": INTEGRATION_USER}
    return {"status": Status.DRAFT.value}


def _not_moved(state: State, pnr: str, target: str, grade: str, day: str) -> str | None:
    """Why a student's grade is not moved (the event's key), or None: no grade, not registered, a result already
    marked as ready, or a certified result it cannot stand beside."""
    student = state.student(pnr)
    if not grade or student is None or student.course_code != state.course.code:
        return "lms_skipped_no_grade"
    if registration_refusal(state, student) or term_refusal(state, pnr, day):
        return "lms_skipped_not_registered"
    working = working_result(state, pnr, target)
    if working is not None and working.status == Status.READY:
        return "lms_skipped_ready"
    standing = standing_result(state, pnr, target)
    if standing is not None and (is_pass(standing.grade) or not is_pass(grade) or day <= standing.exam_date):
        return "lms_skipped_certified"
    return None


def transferred_event(done: Done) -> Event:
    """The transfer's own event, as it landed: drafts to mark as ready, or results marked as ready."""
    key = "lms_transferred_ready" if done.facts["landing"] == Status.READY else "lms_transferred_draft"
    return Event(key, done.facts)
