"""Sandbox tasks of the self-check: a goal stated as an end state, and a check of what the reader left behind.

A task is one declaration (`Task`, listed in `goals_tasks.py`): the scenario whose course and people it uses, whom
the sandbox opens as, the steps that bring about its start (played through `act()` itself, so no task starts in an
impossible state), and its goal as a list of needs. A need says what must hold when the task is done (a result
certified with a grade and a date, an old result removed by a decision, nothing reported for a student), never which
buttons to press, so any valid path meets it. Each need names the section of the guide that teaches it, and when it
is not met the check says what stands instead. A need reads results whatever action made them (`source` narrows it
to one route), so a task on a new action is one more declaration. No I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from .model import COURSE_TARGET, Result, State
from .outcome import both
from .registration import terms_here
from .scenarios import TODAY, all_scenarios, play

Step = tuple[str, str, dict[str, Any]]  # (actor, action, params), as `scenarios.play` takes them


@dataclass(frozen=True)
class Need:
    """One part of a goal: what must hold for one student's results on one module (or the course grade).

    `want` is one of WANTS: "certified" (a certified result with this grade, and this date and route when given),
    "ready" (marked as ready or further, with a course examiner notified), "removed" (a certified result with this
    grade removed by a decision), "nothing" (no result standing or in the works), "code" (the reader has typed
    this student's anonymisation code for the module's exam) or "registered" (the student is registered on the
    course instance, for the term of `exam_date` when it is given)."""

    want: str
    student: str
    target: str
    grade: str = ""
    exam_date: str = ""
    source: str = ""  # the route the result came by: "manual", "inspera", "lms", "derived", when the goal names one
    section: str = ""  # the guide's section that teaches it (a key the self-check page turns into a link)
    says: str = ""  # the message key of its text, when not "goal.<want>"
    label: str = ""  # how the text names the student, when not by name (an Inspera task names codes)


@dataclass(frozen=True)
class Part:
    """A need as the check found it: its text, whether it is met, what stands instead, and where to read."""

    key: str
    params: dict[str, Any]
    met: bool
    now: tuple[str, dict[str, Any]] | None  # when not met: what the state holds instead, as a message key
    section: str


@dataclass(frozen=True)
class Task:
    """A self-check task done in the sandbox: where it starts, whom it opens as, and what its goal needs."""

    key: str
    scenario: str  # the scenario whose course and people the task uses
    actor: str  # whom the sandbox opens as
    role: str  # the staff role the task trains (the page groups the tasks by it)
    needs: tuple[Need, ...]
    setup: tuple[Step, ...] = ()  # played on the scenario's start, on the exercises' day
    params: dict[str, Any] = field(default_factory=dict)  # the task text's own parameters, beside the names
    asks: bool = False  # whether the reader types an answer (an anonymisation code)

    def start(self) -> State:
        return _start(self)


def _start(task: Task) -> State:
    base = replace(all_scenarios()[task.scenario].start, scenario="", step=0)
    return play(base, list(task.setup), TODAY)


# --- what each kind of need asks of the state ---------------------------------------------------------------------


def _matches(need: Need, r: Result) -> bool:
    return (
        (not need.grade or r.grade == need.grade)
        and (not need.exam_date or r.exam_date == need.exam_date)
        and (not need.source or r.source == need.source)
    )


def _certified(state: State, need: Need, answer: str) -> bool:
    return any(r.status == "certified" and _matches(need, r) for r in state.results_of(need.student, need.target))


def _ready(state: State, need: Need, answer: str) -> bool:
    examiners = state.course.examiners
    return any(
        r.status in ("ready", "certified") and r.notified in examiners and _matches(need, r)
        for r in state.results_of(need.student, need.target)
    )


def _removed(state: State, need: Need, answer: str) -> bool:
    """Removed by a decision: a certified result taken away (a deleted draft was never a decision)."""
    return any(
        r.status == "removed" and r.removal_date and _matches(need, r)
        for r in state.results_of(need.student, need.target)
    )


def _nothing(state: State, need: Need, answer: str) -> bool:
    return all(r.status == "removed" for r in state.results_of(need.student, need.target))


def _code(state: State, need: Need, answer: str) -> bool:
    typed = answer.strip().upper()
    return bool(typed) and typed in codes_of(state, need.student, need.target)


def _registered(state: State, need: Need, answer: str) -> bool:
    """Registered on the course instance (for the term of the need's date, when it names one)."""
    if not state.is_registered(need.student):
        return False
    return not need.exam_date or state.course.term_of(need.exam_date) in terms_here(state, need.student)


def codes_of(state: State, pnr: str, target: str) -> list[str]:
    """The student's anonymisation codes on the module's activity sessions."""
    return [code for a in state.activities if a.target == target if (code := a.code_for(pnr))]


WANTS: dict[str, Callable[[State, Need, str], bool]] = {
    "certified": _certified,
    "ready": _ready,
    "removed": _removed,
    "nothing": _nothing,
    "code": _code,
    "registered": _registered,
}


# --- the check --------------------------------------------------------------------------------------------------


def names(state: State, pnr: str, target: str) -> dict[str, Any]:
    """How a text names a student and a module (or the course grade), in both languages."""
    student, module = state.student(pnr), state.course.module(target)
    if target == COURSE_TARGET:
        where = both("hel kurs", "the whole course")
    elif module is not None:
        where = both(f"modulen {module.name_sv}", f"the module {module.name_en}")
    else:
        where = {"sv": target, "en": target}  # a state of another course: its code
    return {"name": student.name if student else pnr, "module": where}


def _now(state: State, need: Need, answer: str) -> tuple[str, dict[str, Any]]:
    """What stands instead of what the need wants: the latest result that is not removed, or none."""
    if need.want == "code":
        return ("goal.now_no_code", {}) if not answer.strip() else ("goal.now_wrong_code", {"code": answer.strip()})
    if need.want == "registered":
        return "goal.now_not_registered", {}
    found = list(state.results_of(need.student, need.target))
    if need.want == "removed":
        found = [r for r in found if _matches(need, r)] or found
    else:
        found = [r for r in found if r.status != "removed"]
    if not found:
        return "goal.now_nothing", {}
    latest = found[-1]
    return "goal.now", {"grade": latest.grade, "state": f"state.{latest.status}", "date": latest.exam_date}


def check_need(need: Need, state: State, answer: str = "") -> Part:
    params = {
        **names(state, need.student, need.target),
        "grade": need.grade,
        "date": need.exam_date,
        **({"name": need.label} if need.label else {}),
    }
    met = WANTS[need.want](state, need, answer)
    now = None if met else _now(state, need, answer)
    return Part(need.says or f"goal.{need.want}", params, met, now, need.section)


@cache
def tasks() -> dict[str, Task]:
    from .goals_tasks import declared  # the declarations, which use the parts above

    return {t.key: t for t in declared()}


@cache
def start(key: str) -> State:
    return tasks()[key].start()


def text_params(key: str) -> dict[str, Any]:
    """The task text's parameters: every student's and module's name at its start, and its own."""
    task = tasks()[key]
    state = start(key)
    found: dict[str, Any] = {}
    for need in task.needs:
        said = names(state, need.student, need.target)
        found.setdefault("name", said["name"])
        found.setdefault("module", said["module"])
    return {**found, **task.params}


def check(key: str, state: State, answer: str = "") -> tuple[bool, list[Part]]:
    """Whether the goal of task `key` is met in `state`, and each of its parts."""
    parts = [check_need(need, state, answer) for need in tasks()[key].needs]
    return all(p.met for p in parts), parts
