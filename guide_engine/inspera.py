"""Inspera exams: an activity session with anonymisation codes, and grades transferred from Inspera as drafts.

The checks and effects of the two actions on the course (`setup_activity`, `transfer_from_inspera`), referenced from
their records in `actions.py`. A transfer is Inspera's "Transfer all grades" (*Överför alla betyg*): it never puts a
draft beside a certified pass or beside another working result, and it is refused before the examination has taken
place, so no result is ever certified before its own examination date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from .checks import MAX_POINTS_TEXT
from .model import COURSE_TARGET, SCALES, Activity, Result, State, is_pass
from .names import Status
from .numbers import parse_date, parse_points
from .outcome import Allowed, Done, Event, Refusal
from .results import param_name, standing_result, target_name, working_result

# --- an activity session ------------------------------------------------------------------------------------------


def check_setup(state: State, allowed: Allowed, params: dict[str, Any]) -> dict[str, Any] | Refusal:
    """A session under a module of the course, on a real date, for the students registered on the instance."""
    target = params.get("target")
    if target == COURSE_TARGET:
        return Refusal("activity_on_module_only", {})
    if not isinstance(target, str) or state.course.module(target) is None:
        return Refusal("unknown_target", {})
    day = parse_date(params.get("date"))
    if day is None:
        return Refusal("invalid_date", {"value": str(params.get("date"))[:40]})
    if not state.registered():
        return Refusal("no_students", {})
    return {"target": target, "date": day.isoformat()}


def setup(state: State, allowed: Allowed) -> tuple[Done, list[Event]]:
    """A new activity session, with a code for every registered student (from the exercise's seed, if it has one)."""
    values = allowed.values
    number = len(state.activities) + 1
    while state.activity(f"{state.course.code}-T{number}") is not None:
        number += 1
    activity_id = f"{state.course.code}-T{number}"
    codes = anonymisation_codes(state.course.code, activity_id, [s.pnr for s in state.registered()], state.seed)
    activity = Activity(id=activity_id, target=values["target"], date=values["date"], codes=codes)
    state = replace(state, activities=(*state.activities, activity))
    facts = {
        "activity": activity.id,
        "target": target_name(state, activity.target),
        "date": activity.date,
        "count": len(codes),
    }
    return Done(state, allowed, facts=facts), []


def anonymisation_codes(
    course_code: str, activity_id: str, pnrs: list[str], seed: str = ""
) -> tuple[tuple[str, str], ...]:
    """One code per student, unique in the session, in no order that follows the personal identity numbers.

    A code depends only on the seed, the session and the student, so a session's codes never change when another
    session is added. Students are ranked by a hash of seed, session and number; the rank, spread by a number prime
    to the range from a first code that seed and session choose, gives the code. Listed by code, the students stand
    in the hash's order, which tells nothing of who is who. The seed is the exercise's own random value (`State.seed`,
    which the page draws and passes in): without it, the hash of a session and a number anyone can see would give
    the codes away to anyone with this source. With no seed (tests, the docs' examples) the codes are as they always
    were.
    """
    prefix = course_code[:3].upper()
    base, spread = (1000, 9000) if len(pnrs) <= 9000 else (100000, 900000)
    salt = f"{seed}|" if seed else ""
    first = _fnv(f"{salt}{activity_id}") % spread if seed else 0  # which codes are used, too, differs by seed
    ranked = sorted(set(pnrs), key=lambda pnr: (_fnv(f"{salt}{activity_id}|{pnr}"), pnr))
    return tuple((f"{prefix}-{base + (first + rank * 7919) % spread}", pnr) for rank, pnr in enumerate(ranked))


def with_seed(state: State, seed: str) -> State:
    """The state with its exercise's seed, every session's codes drawn again from it. Results name sessions, not
    codes, so nothing else changes."""
    activities = tuple(
        replace(a, codes=anonymisation_codes(state.course.code, a.id, [pnr for _, pnr in a.codes], seed))
        for a in state.activities
    )
    return replace(state, seed=seed, activities=activities)


def _fnv(text: str) -> int:
    """FNV-1a, 64 bits: a fixed, portable hash (Python's own `hash` of a text changes with every process)."""
    value = 0xCBF29CE484222325
    for byte in text.encode():
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


# --- Inspera's "Transfer all grades" ------------------------------------------------------------------------------


def check_transfer(state: State, allowed: Allowed, params: dict[str, Any]) -> dict[str, Any] | Refusal:
    """Grades by code for a session that has taken place, each on the module's scale, with points if any."""
    today = allowed.today or dt.date.max
    activity = state.activity(str(params.get("activity", ""))[:80])
    if activity is None:
        return Refusal("unknown_activity", {})
    if activity.date > today.isoformat():
        return Refusal("exam_date_in_future", {"exam_date": activity.date, "today": today.isoformat()})
    grades = params.get("grades")
    if not isinstance(grades, dict) or not grades:
        return Refusal("missing_param", {"param": param_name("grade")})
    scale_key = state.course.scale_of(activity.target)
    scale = SCALES[scale_key]
    rows: list[tuple[str, str, str]] = []
    for code, given in grades.items():
        pnr = activity.student_for(code)
        if pnr is None:
            return Refusal("unknown_code", {"code": str(code)[:40]})
        grade, points = (given.get("grade"), given.get("points", "")) if isinstance(given, dict) else (given, "")
        if grade not in scale:
            return Refusal(
                "invalid_grade",
                {"grade": str(grade)[:20], "scale": f"scale.{scale_key}", "allowed": ", ".join(scale)},
            )
        clean_points = "" if points in ("", None) else parse_points(points, MAX_POINTS_TEXT)
        if clean_points is None:
            return Refusal("invalid_points", {"value": str(points)[:MAX_POINTS_TEXT]})
        rows.append((pnr, str(grade), clean_points))
    return {"activity": activity.id, "rows": sorted(rows), "points_visible": params.get("points_visible") is True}


def transfer(state: State, allowed: Allowed) -> tuple[Done, list[Event]]:
    """Grades by code become drafts; a second transfer updates this session's drafts and never duplicates them."""
    values = allowed.values
    activity = state.activity(values["activity"])
    assert activity is not None
    target = activity.target
    counts = {"created": 0, "updated": 0, "skipped_passed": 0, "skipped_working": 0}
    changed: list[Result] = []
    next_id = state.next_id
    for pnr, grade, points in values["rows"]:
        working, standing = working_result(state, pnr, target), standing_result(state, pnr, target)
        annotation = {"points": points, "points_visible": values["points_visible"] and bool(points)}
        if working is not None and working.status == Status.DRAFT and working.activity == activity.id:
            changed.append(replace(working, grade=grade, **annotation))
            counts["updated"] += 1
        elif standing is not None and is_pass(standing.grade):
            counts["skipped_passed"] += 1
        elif working is not None or _decided_later(standing, activity):
            counts["skipped_working"] += 1
        else:
            changed.append(
                Result(
                    id=next_id,
                    student=pnr,
                    target=target,
                    grade=grade,
                    exam_date=activity.date,
                    status=Status.DRAFT.value,
                    activity=activity.id,
                    source="inspera",
                    **annotation,
                )
            )
            next_id += 1
            counts["created"] += 1
    state = replace(state, next_id=next_id).with_results(changed)
    return Done(state, allowed, facts=counts), []


def _decided_later(standing: Result | None, activity: Activity) -> bool:
    """A certified fail from this session, or from a later day: the examination is decided. A new draft from the
    session would be dated on or before the result that stands, and a new result beside a fail is a new
    examination, on a later date (as a report by hand must be)."""
    return standing is not None and activity.date <= standing.exam_date
