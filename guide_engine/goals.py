"""Sandbox tasks of the self-check: a starting state and a goal that the engine checks.

A task starts from a scenario's course and people, brought to its starting point through `act()` itself, without
the scenario's guided steps: the reader does the task as they like. Its goal is a pure function of a state (and,
for a task that asks for it, of what the reader typed), made of parts that are each met or not. No I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from .catalog import in_sentence
from .model import COURSE_TARGET, Result, State
from .names import Status
from .outcome import both
from .scenarios import ADMIN, ALVA, BRUNO, EXAM_DAY, EXAMINER, TEACHER, TODAY, all_scenarios, play

Part = tuple[str, dict[str, Any], bool]  # (message key, its parameters, met)


@dataclass(frozen=True)
class Task:
    """A self-check task done in the sandbox: where it starts, whom it opens as, and the parts its goal checks."""

    key: str
    scenario: str  # the scenario whose course and people the task uses
    actor: str  # whom the sandbox opens as
    params: dict[str, Any]  # the task text's parameters
    start: Callable[[], State]
    parts: Callable[[State, str], list[Part]]
    asks: bool = False  # whether the reader types an answer (an anonymisation code)


def _certified(state: State, pnr: str, target: str) -> Result | None:
    """The certified result of a student on a module or the course, if one stands."""
    found = [r for r in state.results_of(pnr, target) if r.status == Status.CERTIFIED]
    return found[-1] if found else None


def _names(state: State, pnr: str, target: str) -> dict[str, Any]:
    student, module = state.student(pnr), state.course.module(target)
    module_name = (
        both(in_sentence(module.name_sv), in_sentence(module.name_en)) if module else target
    )  # a state of another course: its code
    return {"name": student.name if student else pnr, "module": module_name}


def _unguided(key: str) -> State:
    return replace(all_scenarios()[key].start, scenario="", step=0)


# --- the VG on the written exam, certified with the right examination date ------------------------------------------


def _vg_parts(state: State, answer: str) -> list[Part]:
    found = _certified(state, ALVA, "TEN1")
    names = _names(state, ALVA, "TEN1")
    return [
        ("goal.certified_grade", {**names, "grade": "VG"}, found is not None and found.grade == "VG"),
        ("goal.exam_date", {"date": EXAM_DAY}, found is not None and found.exam_date == EXAM_DAY),
    ]


# --- the module's grade changed, in the right order, under a certified course grade ---------------------------------


def _change_parts(state: State, answer: str) -> list[Part]:
    module = _certified(state, ALVA, "TEN1")
    course = _certified(state, ALVA, COURSE_TARGET)
    old_removed = any(r.status == Status.REMOVED and r.grade == "G" for r in state.results_of(ALVA, "TEN1"))
    return [
        ("goal.old_removed", {"grade": "G"}, old_removed),
        (
            "goal.certified_grade",
            {**_names(state, ALVA, "TEN1"), "grade": "VG"},
            module is not None and module.grade == "VG",
        ),
        ("goal.course_certified", {"grade": "VG"}, course is not None and course.grade == "VG"),
    ]


# --- Bruno's anonymisation code, found after certifying -------------------------------------------------------------


def _inspera_start() -> State:
    state = _unguided("inspera")
    activity = state.activities[0]
    grades = {code: "G" for code, _ in activity.codes}
    ready = {"target": "TEN1", "graded_by": TEACHER, "notify": EXAMINER}
    steps = [(ADMIN, "transfer_from_inspera", {"activity": activity.id, "grades": grades})]
    steps += [(ADMIN, "mark_ready", {**ready, "student": pnr}) for _, pnr in activity.codes]
    return play(state, steps, TODAY)


def _code_parts(state: State, answer: str) -> list[Part]:
    found = _certified(state, BRUNO, "TEN1")
    codes = [a.code_for(BRUNO) for a in state.activities if a.target == "TEN1"]
    names = _names(state, BRUNO, "TEN1")
    return [
        ("goal.certified_grade", {**names, "grade": found.grade if found else "G"}, found is not None),
        ("goal.code_entered", {}, found is not None and bool(answer.strip()) and answer.strip().upper() in codes),
    ]


def _bruno_params() -> dict[str, Any]:
    return _names(_unguided("inspera"), BRUNO, "TEN1")


@cache
def tasks() -> dict[str, Task]:
    written = _unguided("written_exam")
    found = (
        Task(
            "vg_written",
            "written_exam",
            TEACHER,
            {**_names(written, ALVA, "TEN1"), "date": EXAM_DAY},
            lambda: _unguided("written_exam"),
            _vg_parts,
        ),
        Task(
            "change_under_course",
            "change_grade",
            EXAMINER,
            _names(written, ALVA, "TEN1"),
            lambda: _unguided("change_grade"),
            _change_parts,
        ),
        Task("find_code", "inspera", EXAMINER, _bruno_params(), _inspera_start, _code_parts, asks=True),
    )
    return {t.key: t for t in found}


@cache
def start(key: str) -> State:
    return tasks()[key].start()


def check(key: str, state: State, answer: str = "") -> tuple[bool, list[Part]]:
    """Whether the goal of task `key` is met in `state`, and each of its parts."""
    parts = tasks()[key].parts(state, answer)
    return all(met for _, _, met in parts), parts
