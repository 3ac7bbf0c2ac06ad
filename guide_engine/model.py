"""The things the engine knows about: a course instance, its people and students, results and activity sessions.

Everything is an immutable value. A `State` is the whole of a sandbox at one moment and round-trips through plain
JSON (`stateio.to_json` / `stateio.state_from_json`), so the browser can save it, share it and hand it back.
Look-ups go through indexes built once per state, so the cost of an action or a view grows with the size of the
state, never with its square.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cached_property

from .names import ROLES as ROLES

COURSE_TARGET = "COURSE"

SCALES: dict[str, tuple[str, ...]] = {
    "UG": ("U", "G"),
    "UGVG": ("U", "G", "VG"),
    "U345": ("U", "3", "4", "5"),
    "AF": ("A", "B", "C", "D", "E", "Fx", "F"),
}
FAILING_GRADES = frozenset({"U", "F", "Fx"})


class InvalidDefinition(ValueError):
    """A course, scenario or setting that cannot exist (a programming error, not a reader's mistake)."""


def is_pass(grade: str) -> bool:
    return grade not in FAILING_GRADES


@dataclass(frozen=True)
class Module:
    """A module of a course (modul in Ladok), with its credits, its grading scale and the parts it is made of."""

    code: str
    name_sv: str
    name_en: str
    hp: float
    scale: str
    moments: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        return self.name_sv if lang == "sv" else self.name_en


@dataclass(frozen=True)
class Course:
    """A course instance: its modules, whose credits add up to at most the course's, and its examiners."""

    code: str
    instance: str
    name_sv: str
    name_en: str
    hp: float
    scale: str
    modules: tuple[Module, ...]
    examiners: tuple[str, ...]

    def __post_init__(self) -> None:
        total = sum(m.hp for m in self.modules)
        if total > self.hp + 1e-9:
            raise InvalidDefinition(f"modules of {self.code} add up to {total} hp, more than {self.hp}")
        if self.scale not in SCALES or any(m.scale not in SCALES for m in self.modules):
            raise InvalidDefinition(f"unknown grading scale in {self.code}")
        if not self.modules:
            raise InvalidDefinition(f"{self.code} has no modules")

    def name(self, lang: str) -> str:
        return self.name_sv if lang == "sv" else self.name_en

    @cached_property
    def _modules(self) -> dict[str, Module]:
        return {m.code: m for m in self.modules}

    def module(self, code: str) -> Module | None:
        return self._modules.get(code)

    def scale_of(self, target: str) -> str:
        module = self.module(target)
        return module.scale if module else self.scale


@dataclass(frozen=True)
class Person:
    """A member of staff or a student in the sandbox, with the roles they act in."""

    id: str
    name: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Student:
    """A student registered on the course instance, known by personal identity number."""

    pnr: str
    name: str
    course_code: str
    instance: str


@dataclass(frozen=True)
class Result:
    """One study result in Ladok for a student on a module or the whole course, with where it stands."""

    id: int
    student: str
    target: str
    grade: str
    exam_date: str
    status: str
    points: str = ""
    points_visible: bool = False
    graded_by: str = ""
    notified: str = ""
    certified_by: str = ""
    activity: str = ""
    source: str = "manual"
    decision_date: str = ""  # set when the examiner certifies: the date of the formal decision
    removal_date: str = ""  # set when the removal of a certified result is certified
    comment: str = ""  # the reporter's or examiner's note on a draft or ready result; staff only


@dataclass(frozen=True)
class Activity:
    """An activity session (aktivitetstillfälle) with its anonymisation codes, one per student signed up."""

    id: str
    target: str
    date: str
    codes: tuple[tuple[str, str], ...]  # (anonymisation code, personal identity number)

    @cached_property
    def _by_code(self) -> dict[str, str]:
        return dict(self.codes)

    @cached_property
    def _by_pnr(self) -> dict[str, str]:
        return {pnr: code for code, pnr in self.codes}

    def student_for(self, code: str) -> str | None:
        return self._by_code.get(code)

    def code_for(self, pnr: str) -> str | None:
        return self._by_pnr.get(pnr)


@dataclass(frozen=True)
class State:
    """Everything the sandbox holds: the course, the people, the results and the activity sessions."""

    course: Course
    people: tuple[Person, ...]
    students: tuple[Student, ...]
    results: tuple[Result, ...] = ()
    activities: tuple[Activity, ...] = ()
    next_id: int = 1
    scenario: str = ""
    step: int = 0
    found: tuple[str, ...] = ()  # students not in the list whom a search has brought up
    seed: str = ""  # the exercise's own random value, drawn by the page: anonymisation codes are made from it

    # --- indexes, built on first use; a new state (every change makes one) builds its own -----------------------

    @cached_property
    def _people(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    @cached_property
    def _students(self) -> dict[str, Student]:
        return {s.pnr: s for s in self.students}

    @cached_property
    def _activities(self) -> dict[str, Activity]:
        return {a.id: a for a in self.activities}

    @cached_property
    def _results_by_id(self) -> dict[int, Result]:
        return {r.id: r for r in self.results}

    @cached_property
    def _results_by_subject(self) -> dict[str, Result | tuple[Result, ...]]:
        """student + NUL + target -> its result, or its results in order of id when there are several.

        Text keys and bare results make no new objects for the garbage collector to walk, which keeps building
        the index linear in the number of results even for a large course.
        """
        index: dict[str, Result | tuple[Result, ...]] = {}
        for r in self.results:
            key = _subject(r.student, r.target)
            found = index.get(key)
            index[key] = r if found is None else (*found, r) if isinstance(found, tuple) else (found, r)
        return index

    def person(self, person_id: str) -> Person | None:
        return self._people.get(person_id)

    def student(self, pnr: str) -> Student | None:
        return self._students.get(pnr)

    def result(self, result_id: object) -> Result | None:
        return self._results_by_id.get(result_id) if isinstance(result_id, int) else None

    def results_of(self, pnr: str, target: str) -> tuple[Result, ...]:
        """Every result of one student on one module (or the course grade), in the order they were reported."""
        found = self._results_by_subject.get(_subject(pnr, target))
        return () if found is None else found if isinstance(found, tuple) else (found,)

    def registered(self) -> tuple[Student, ...]:
        return tuple(
            s for s in self.students if s.course_code == self.course.code and s.instance == self.course.instance
        )

    def activity(self, activity_id: str) -> Activity | None:
        return self._activities.get(activity_id)

    def with_results(self, changed: list[Result]) -> State:
        """The state with many results added or replaced at once: one walk, whatever their number."""
        if len(changed) <= 1:
            return self.with_result(changed[0]) if changed else self
        by_id = {r.id: r for r in changed}
        kept = [by_id.pop(r.id, r) for r in self.results]
        return replace(self, results=(*kept, *sorted(by_id.values(), key=lambda r: r.id)))

    def with_result(self, result: Result) -> State:
        """The state with `result` added, or put in the place of the result with its id.

        The new state starts from copies of this state's indexes, changed in the one place, rather than building
        them again: a change costs a copy of a few dicts, not a walk that makes an object for every student.
        """
        if result.id in self._results_by_id:
            at = bisect_left(self.results, result.id, key=lambda r: r.id)  # results are kept in order of id
            results = (*self.results[:at], result, *self.results[at + 1 :])
        else:
            results = (*self.results, result)  # ids only grow, so the results stay in order
        changed = replace(self, results=results)
        by_id = dict(self._results_by_id)
        by_id[result.id] = result
        by_subject = dict(self._results_by_subject)
        same = [r for r in self.results_of(result.student, result.target) if r.id != result.id]
        ordered = tuple(sorted((*same, result), key=lambda r: r.id))
        by_subject[_subject(result.student, result.target)] = ordered if len(ordered) > 1 else result
        changed.__dict__.update(_results_by_id=by_id, _results_by_subject=by_subject)
        for name in ("_people", "_students", "_activities"):  # unchanged by a new result
            if name in self.__dict__:
                changed.__dict__[name] = self.__dict__[name]
        return changed


def _subject(pnr: str, target: str) -> str:
    return f"{pnr}\0{target}"
