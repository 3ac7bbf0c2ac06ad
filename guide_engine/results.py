"""Looking results up, and the small shared pieces that the workflow and the Inspera actions both need."""

from __future__ import annotations

from .catalog import field_name
from .model import COURSE_TARGET, Result, State, is_pass
from .names import STANDING_STATES, WORKING_STATES
from .outcome import both


def working_result(state: State, pnr: str, target: str) -> Result | None:
    return next((r for r in state.results_of(pnr, target) if r.status in WORKING_STATES), None)


def standing_result(state: State, pnr: str, target: str) -> Result | None:
    """The latest certified result that still stands: latest examination date, then latest reported."""
    found: Result | None = None
    for r in state.results_of(pnr, target):
        if r.status in STANDING_STATES and (found is None or (r.exam_date, r.id) > (found.exam_date, found.id)):
            found = r
    return found


def passed(state: State, pnr: str, target: str) -> bool:
    standing = standing_result(state, pnr, target)
    return standing is not None and is_pass(standing.grade)


def latest_module_date(state: State, pnr: str) -> str:
    dates = [r.exam_date for m in state.course.modules if (r := standing_result(state, pnr, m.code))]
    return max(dates) if dates else ""


def target_name(state: State, target: str) -> dict[str, str]:
    if target == COURSE_TARGET:
        return both("kursbetyget", "the course grade")
    module = state.course.module(target)
    assert module is not None
    return both(module.name_sv, module.name_en)


def examiner_names(state: State) -> str:
    return ", ".join(p.name for p in state.people if p.id in state.course.examiners)


_PARAM_LABELS = {
    "student": "ui.student",
    "target": "ui.module",
    "grade": "ui.grade",
    "exam_date": "ui.exam_date",
    "graded_by": "ui.graded_by",
    "notify": "ui.notify",
    "comment": "ui.comment",
    "date": "ui.date",
    "activity": "ui.activity",
}


def param_name(name: str) -> dict[str, str]:
    """A field's name as a refusal quotes it."""
    return field_name(_PARAM_LABELS[name])
