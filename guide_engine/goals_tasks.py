"""The self-check's sandbox tasks, each one declaration (`goals.Task`): across the teacher, the examiner and the study
administrator, each a goal stated as an end state that any valid path reaches.

A task on a new action (a transfer from the learning platform, a registration) is one more entry here: its set-up
steps play the new action, or its needs name the new route with `source=`; nothing else changes.
"""

from __future__ import annotations

from typing import Any

from .goals import Need, Step, Task, codes_of, names
from .model import COURSE_TARGET
from .scenarios import ADMIN, ALVA, BRUNO, CORA, DINO, ELI, EXAM_DAY, EXAMINER, FREJ, TEACHER, all_scenarios
from .scenarios_routes import GRY, PROJECT_DAY

RETAKE_DAY = "2026-01-29"  # a re-take two weeks after the exam, before the exercises' day
ASSIGNMENT_DAY = "2026-01-20"


def _reported(pnr: str, target: str, grade: str, day: str) -> list[Step]:
    who = {"student": pnr, "target": target}
    return [
        (TEACHER, "save_draft", {**who, "grade": grade, "exam_date": day}),
        (TEACHER, "mark_ready", {**who, "graded_by": TEACHER, "notify": EXAMINER}),
    ]


def _certified(pnr: str, target: str, grade: str, day: str) -> list[Step]:
    return [*_reported(pnr, target, grade, day), (EXAMINER, "certify", {"student": pnr, "target": target})]


def _name(pnr: str, scenario: str = "written_exam") -> str:
    return str(names(all_scenarios()[scenario].start, pnr, "TEN1")["name"])


INSPERA_GRADES = {ALVA: "G", BRUNO: "VG", CORA: "U", DINO: "G"}  # confirmed in Inspera, for the transfer task


def _find_code_setup() -> list[Step]:
    activity = all_scenarios()["inspera"].start.activities[0]
    grades = {code: "G" for code, _ in activity.codes}
    ready = {"target": "TEN1", "graded_by": TEACHER, "notify": EXAMINER}
    steps: list[Step] = [(ADMIN, "transfer_from_inspera", {"activity": activity.id, "grades": grades})]
    return steps + [(ADMIN, "mark_ready", {**ready, "student": pnr}) for _, pnr in activity.codes]


def _lms_transfer(column: str, target: str, day: str) -> Step:
    return (TEACHER, "transfer_from_lms", {"column": column, "target": target, "exam_date": day})


def declared() -> tuple[Task, ...]:
    return (*_declared(), *_routes())


def _routes() -> tuple[Task, ...]:
    """The tasks on the other routes into Ladok: the learning platform's transfer as each route lands it, and
    registration before the result is reported."""
    bruno = _name(BRUNO)
    return (
        Task(
            "lms_draft_ready",
            "lms_draft",
            TEACHER,
            "teacher",
            (
                Need("ready", ALVA, "TEN1", "VG", EXAM_DAY, source="lms", section="platform", says="goal.ready_dated"),
                Need("ready", BRUNO, "TEN1", "G", EXAM_DAY, source="lms", section="platform", says="goal.ready_dated"),
            ),
            params={"date": EXAM_DAY, "bruno": bruno},
        ),
        Task(
            "certify_lms_ready",
            "lms_ready",
            EXAMINER,
            "examiner",
            (
                Need("certified", ALVA, "PROJ", "G", source="lms", section="platform"),
                Need("certified", BRUNO, "PROJ", "G", source="lms", section="platform"),
            ),
            setup=(_lms_transfer("projekt", "PROJ", PROJECT_DAY),),
            params={"bruno": bruno},
        ),
        Task(
            "skipped_ready_by_hand",
            "lms_skipped",
            TEACHER,
            "teacher",
            (
                Need("ready", BRUNO, "TEN1", "VG", EXAM_DAY, section="platform", says="goal.ready_dated"),
                Need("certified", ALVA, "TEN1", "G", EXAM_DAY, section="platform", says="goal.still_certified"),
            ),
            setup=(_lms_transfer("tenta", "TEN1", EXAM_DAY),),
            params={"bruno": bruno, "alva": _name(ALVA)},
        ),
        Task(
            "register_then_report",
            "registration",
            ADMIN,
            "study_admin",
            (
                Need("registered", GRY, "TEN1", section="registration"),
                Need("registered", ELI, "TEN1", section="registration"),
                Need("ready", GRY, "TEN1", "G", EXAM_DAY, section="registration", says="goal.ready_dated"),
                Need("ready", ELI, "TEN1", "G", EXAM_DAY, section="registration", says="goal.ready_dated"),
            ),
            params={
                "gry": _name(GRY, "registration"),
                "eli": _name(ELI, "registration"),
                "date": EXAM_DAY,
            },
        ),
    )


def _declared() -> tuple[Task, ...]:
    inspera = all_scenarios()["inspera"].start
    code_of = {pnr: codes_of(inspera, pnr, "TEN1")[0] for pnr in INSPERA_GRADES}
    by_code = sorted(code_of, key=code_of.__getitem__)  # as Inspera lists them: by code
    listed = ", ".join(f"{code_of[pnr]} {INSPERA_GRADES[pnr]}" for pnr in by_code)
    both_names: dict[str, Any] = {"bruno": _name(BRUNO), "cora": _name(CORA)}
    return (
        # --- the teacher ---------------------------------------------------------------------------------------
        Task(
            "vg_written",
            "written_exam",
            TEACHER,
            "teacher",
            (
                Need("certified", ALVA, "TEN1", "VG", section="certify"),
                Need("certified", ALVA, "TEN1", "VG", EXAM_DAY, section="report_fill", says="goal.certified_dated"),
            ),
            params={"date": EXAM_DAY},
        ),
        Task(
            "blank_and_nothing",
            "written_exam",
            TEACHER,
            "teacher",
            (
                Need("ready", BRUNO, "TEN1", "U", EXAM_DAY, section="report_fill", says="goal.ready_dated"),
                Need("nothing", CORA, "TEN1", section="report_fill"),
            ),
            params={**both_names, "date": EXAM_DAY},
        ),
        Task(
            "retake_pass",
            "written_exam",
            TEACHER,
            "teacher",
            (
                Need("certified", DINO, "TEN1", "G", RETAKE_DAY, section="after_fail", says="goal.certified_dated"),
                Need("certified", DINO, "TEN1", "U", EXAM_DAY, section="after_fail", says="goal.still_certified"),
            ),
            setup=tuple(_certified(DINO, "TEN1", "U", EXAM_DAY)),
            params={"first": EXAM_DAY, "date": RETAKE_DAY},
        ),
        Task(
            "course_grade",
            "written_exam",
            TEACHER,
            "teacher",
            (
                Need("certified", ALVA, COURSE_TARGET, "VG", section="course_grade"),
                Need(
                    "certified",
                    ALVA,
                    COURSE_TARGET,
                    "VG",
                    ASSIGNMENT_DAY,
                    section="course_grade",
                    says="goal.certified_dated",
                ),
            ),
            setup=(*_certified(ALVA, "TEN1", "VG", EXAM_DAY), *_certified(ALVA, "INL1", "G", ASSIGNMENT_DAY)),
        ),
        # --- the examiner --------------------------------------------------------------------------------------
        Task(
            "change_under_course",
            "change_grade",
            EXAMINER,
            "examiner",
            (
                Need("removed", ALVA, "TEN1", "G", section="change"),
                Need("certified", ALVA, "TEN1", "VG", section="change"),
                Need("certified", ALVA, COURSE_TARGET, "VG", section="change_order"),
            ),
        ),
        Task(
            "adjust_before_certify",
            "written_exam",
            EXAMINER,
            "examiner",
            (
                Need("certified", ALVA, "TEN1", "VG", section="certify_fix"),
                Need("certified", ALVA, "TEN1", "VG", EXAM_DAY, section="certify_fix", says="goal.certified_dated"),
            ),
            setup=tuple(_reported(ALVA, "TEN1", "G", EXAM_DAY)),
            params={"date": EXAM_DAY},
        ),
        Task(
            "correct_certified",
            "written_exam",
            EXAMINER,
            "examiner",
            (
                Need("removed", BRUNO, "TEN1", "VG", section="change"),
                Need("certified", BRUNO, "TEN1", "G", EXAM_DAY, section="when_change", says="goal.certified_dated"),
            ),
            setup=tuple(_certified(BRUNO, "TEN1", "VG", EXAM_DAY)),
            params={"date": EXAM_DAY},
        ),
        Task(
            "find_code",
            "inspera",
            EXAMINER,
            "examiner",
            (
                Need("certified", BRUNO, "TEN1", section="codes_under", says="goal.certified_any"),
                Need("code", BRUNO, "TEN1", section="codes_after"),
            ),
            setup=tuple(_find_code_setup()),
            asks=True,
        ),
        # --- the study administrator --------------------------------------------------------------------------
        Task(
            "inspera_transfer",
            "inspera",
            ADMIN,
            "study_admin",
            tuple(
                Need(
                    "ready",
                    pnr,
                    "TEN1",
                    INSPERA_GRADES[pnr],
                    source="inspera",
                    section="inspera_check",
                    label=code_of[pnr],
                )
                for pnr in by_code
            ),
            params={"grades": listed},
        ),
        Task(
            "reconsider_raise",
            "written_exam",
            ADMIN,
            "study_admin",
            (
                Need("removed", CORA, "TEN1", "G", section="change"),
                Need("certified", CORA, "TEN1", "VG", EXAM_DAY, section="when_change", says="goal.certified_dated"),
            ),
            setup=tuple(_certified(CORA, "TEN1", "G", EXAM_DAY)),
            params={"date": EXAM_DAY},
        ),
        Task(
            "missing_student",
            "missing_student",
            ADMIN,
            "study_admin",
            (Need("ready", ELI, "INL1", "G", EXAM_DAY, section="missing", says="goal.ready_dated"),),
            params={
                "eli": _name(ELI, "missing_student"),
                "eli_pnr": ELI,
                "frej": _name(FREJ, "missing_student"),
                "frej_pnr": FREJ,
                "date": EXAM_DAY,
            },
        ),
    )
