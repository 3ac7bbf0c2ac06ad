"""Inspera exams: an activity session with anonymisation codes, and grades transferred from Inspera as drafts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from .model import COURSE_TARGET, SCALES, Activity, Result, State
from .outcome import Event, Outcome, Refusal
from .results import param_name, parse_date, target_name, working_result


def setup_activity(state: State, params: dict[str, Any], today: dt.date) -> Outcome:
    target = params.get("target")
    if target == COURSE_TARGET:
        return Outcome(state, refusal=Refusal("activity_on_module_only", {}))
    if not isinstance(target, str) or state.course.module(target) is None:
        return Outcome(state, refusal=Refusal("unknown_target", {}))
    day = parse_date(params.get("date"))
    if day is None:
        return Outcome(state, refusal=Refusal("invalid_date", {"value": str(params.get("date"))}))
    students = sorted(s.pnr for s in state.registered())
    if not students:
        return Outcome(state, refusal=Refusal("no_students", {}))
    number = len(state.activities) + 1
    while state.activity(f"{state.course.code}-T{number}") is not None:
        number += 1
    prefix = state.course.code[:3].upper()
    # Codes that look random but are unique within the session: 7919 is prime to both moduli.
    base, spread = (1000, 9000) if len(students) <= 9000 else (100000, 900000)
    codes = tuple((f"{prefix}-{base + (k * 7919 + number * 311) % spread}", pnr) for k, pnr in enumerate(students))
    activity = Activity(id=f"{state.course.code}-T{number}", target=target, date=day.isoformat(), codes=codes)
    state = replace(state, activities=(*state.activities, activity))
    event = Event(
        "activity_created",
        {"activity": activity.id, "target": target_name(state, target), "date": activity.date, "count": len(codes)},
    )
    return Outcome(state, (event,))


def transfer_from_inspera(state: State, params: dict[str, Any]) -> Outcome:
    """Grades by anonymisation code become drafts; a second transfer updates drafts and never duplicates them."""
    activity = state.activity(str(params.get("activity", "")))
    if activity is None:
        return Outcome(state, refusal=Refusal("unknown_activity", {}))
    grades = params.get("grades")
    if not isinstance(grades, dict) or not grades:
        return Outcome(state, refusal=Refusal("missing_param", {"param": param_name("grade")}))
    scale = state.course.scale_of(activity.target)
    for code, grade in grades.items():
        if activity.student_for(code) is None:
            return Outcome(state, refusal=Refusal("unknown_code", {"code": str(code)[:40]}))
        if grade not in SCALES[scale]:
            return Outcome(
                state,
                refusal=Refusal(
                    "invalid_grade",
                    {"grade": str(grade), "scale": f"scale.{scale}", "allowed": ", ".join(SCALES[scale])},
                ),
            )
    counts = {"created": 0, "updated": 0, "skipped": 0}
    for code, grade in sorted(grades.items()):
        pnr = activity.student_for(code)
        assert pnr is not None
        working = working_result(state, pnr, activity.target)
        from_here = [
            r for r in state.results_of(pnr, activity.target) if r.activity == activity.id and r.status != "removed"
        ]
        if working is not None and working.status == "draft" and working.activity == activity.id:
            state = state.with_result(replace(working, grade=grade))
            counts["updated"] += 1
        elif working is not None or from_here:
            counts["skipped"] += 1
        else:
            record = Result(
                id=state.next_id,
                student=pnr,
                target=activity.target,
                grade=grade,
                exam_date=activity.date,
                status="draft",
                activity=activity.id,
                source="inspera",
            )
            state = replace(state, next_id=state.next_id + 1).with_result(record)
            counts["created"] += 1
    return Outcome(state, (Event("transferred", counts),))
