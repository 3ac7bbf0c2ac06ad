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
    # The terms the instance runs over, each with its first day, in order: (("HT2025", "2025-08-25"), ("VT2026",
    # "2026-01-19")) for a course over two terms. Empty: one term, named as the instance.
    terms: tuple[tuple[str, str], ...] = ()

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

    @property
    def key(self) -> tuple[str, str]:
        """The instance as a registration names it: course code and instance."""
        return (self.code, self.instance)

    @cached_property
    def _modules(self) -> dict[str, Module]:
        return {m.code: m for m in self.modules}

    def module(self, code: str) -> Module | None:
        return self._modules.get(code)

    def scale_of(self, target: str) -> str:
        module = self.module(target)
        return module.scale if module else self.scale

    def term_names(self) -> tuple[str, ...]:
        """The instance's terms in order; a course instance of one term has the instance's own name."""
        return tuple(name for name, _ in self.terms) or (self.instance,)

    def term_of(self, day: str) -> str:
        """The term an ISO date falls in: the last term that has started by then (the first, before any has)."""
        started = [name for name, first in self.terms if first <= day]
        return started[-1] if started else self.term_names()[0]


@dataclass(frozen=True)
class Person:
    """A member of staff or a student in the sandbox, with the roles they act in."""

    id: str
    name: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Student:
    """A student of a course instance, known by personal identity number: first-registered on it (its first term),
    or, with `registered` false, admitted to it but not yet registered. Later registrations (continuation,
    re-registration) and a first registration made in the sandbox are `Registration`s."""

    pnr: str
    name: str
    course_code: str
    instance: str
    registered: bool = True


# The kinds of registration Ladok and the universities name: first registration (förstagångsregistrering),
# continuation registration (fortsättningsregistrering, a later term of a course over several terms) and
# re-registration (omregistrering, on a later instance of a course first registered on earlier).
REGISTRATION_KINDS = ("first", "continuation", "re")


@dataclass(frozen=True)
class Registration:
    """A registration of a student on a course instance for one of its terms, made in the sandbox."""

    pnr: str
    course_code: str
    instance: str
    term: str
    kind: str  # one of REGISTRATION_KINDS


# How a result may land from the learning platform: the route not in use, as drafts (KTH's Transfer to Ladok) or
# marked as ready by the integration's own user (Sunet's Canvas–Ladok result service).
LMS_LANDINGS = ("none", "draft", "ready")
# Who registers, as the department's refusal names it: the study administration, or the student in Ladok for
# students (web registration) with the study administration registering those who did not.
REGISTRARS = ("student", "study_admin")


@dataclass(frozen=True)
class Routes:
    """How results and registrations go at the sandbox's department (its local settings, held in the state so that
    every view, action and saved link of an exercise follows the same ones): where a transfer from the learning
    platform lands, whether it carries points as a results annotation, whether a re-sit needs a registration on
    the instance of its term (else a registration on an earlier instance of the course counts), and who
    registers."""

    lms_transfer: str = "none"
    lms_points: bool = False
    resit_needs_registration: bool = False
    registration_by: str = "student"

    def __post_init__(self) -> None:
        if self.lms_transfer not in LMS_LANDINGS or self.registration_by not in REGISTRARS:
            raise InvalidDefinition(f"unknown route {self.lms_transfer!r} or registrar {self.registration_by!r}")


# The user Ladok records as having marked a result as ready when an integration did it (Sunet's service shows the
# LIS adapter's API user under "klarmarkerad av"); never a person, so it can take no action.
INTEGRATION_USER = "integration"


@dataclass(frozen=True)
class Column:
    """A column of the learning platform's gradebook (Canvas's Betygsbok): an assignment with its grading scheme (a
    Ladok scale's key whose letter grades it uses, or "points" for points only), whether its grades are posted,
    who graded it, the module it is linked to ("" for none, as the Total column), and each student's grade and points
    there."""

    id: str
    name_sv: str
    name_en: str
    scheme: str
    graded_by: str
    target: str
    grades: tuple[tuple[str, str, str], ...]  # (personal identity number, grade, points)
    posted: bool = True

    def name(self, lang: str) -> str:
        return self.name_sv if lang == "sv" else self.name_en


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
    marked_ready_by: str = ""  # who marked it as ready: a person, or INTEGRATION_USER when an integration did
    reported_by: str = ""  # who transferred it from the learning platform (Ladok shows them beside the grader)


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
    routes: Routes = Routes()  # the department's routes: the learning platform's landing, registration rules
    registrations: tuple[Registration, ...] = ()  # registrations made since the students' first ones
    columns: tuple[Column, ...] = ()  # the learning platform's gradebook, when the exercise has one

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
    def _registrations(self) -> dict[str, tuple[Registration, ...]]:
        index: dict[str, tuple[Registration, ...]] = {}
        for r in self.registrations:
            index[r.pnr] = (*index.get(r.pnr, ()), r)
        return index

    @cached_property
    def _registered_here(self) -> frozenset[str]:
        course = self.course
        first = {s.pnr for s in self.students if s.registered and (s.course_code, s.instance) == course.key}
        later = {r.pnr for r in self.registrations if (r.course_code, r.instance) == course.key}
        return frozenset(first | later)

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
        """The students registered on the course instance (a first, continuation or re-registration on it)."""
        return tuple(s for s in self.students if s.pnr in self._registered_here)

    def is_registered(self, pnr: str) -> bool:
        """Whether the student is registered on the course instance (in any of its terms)."""
        return pnr in self._registered_here

    def registrations_of(self, pnr: str) -> tuple[Registration, ...]:
        """The student's registrations made in the sandbox, in the order they were made."""
        return self._registrations.get(pnr, ())

    def column(self, column_id: str) -> Column | None:
        return next((c for c in self.columns if c.id == column_id), None)

    def activity(self, activity_id: str) -> Activity | None:
        return self._activities.get(activity_id)

    def with_registration(self, made: Registration) -> State:
        """The state with one more registration (its indexes built again on first use)."""
        return replace(self, registrations=(*self.registrations, made))

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
        for name in ("_people", "_students", "_activities", "_registrations", "_registered_here"):  # unchanged
            if name in self.__dict__:
                changed.__dict__[name] = self.__dict__[name]
        return changed


def _subject(pnr: str, target: str) -> str:
    return f"{pnr}\0{target}"
