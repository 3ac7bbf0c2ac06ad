"""Ready-made sandboxes: a course, its people and students, a starting state, and the steps of a guided path.

Everyone here is fictional. Personal identity numbers are interim numbers with a T, the kind Ladok gives people
who have no Swedish one, so that none can be mistaken for a real person's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from .actions import ACTIONS
from .model import COURSE_TARGET, Course, InvalidDefinition, Module, Person, State, Student
from .progress import csn_timing
from .workflow import act

TEACHER, EXAMINER, ADMIN = "t-lea", "e-ebba", "a-stig"
ALVA, BRUNO, CORA, DINO = "20010101-T001", "20020202-T002", "20030303-T003", "20040404-T004"
ELI, FREJ = "19990909-T005", "19980808-T006"

PEOPLE = (
    Person(TEACHER, "Lea Rättare", ("teacher",)),
    Person(EXAMINER, "Ebba Examen", ("examiner",)),
    Person(ADMIN, "Stig Studieadmin", ("study_admin",)),
    Person(ALVA, "Alva Exempel", ("student",)),
)

WRITTEN = Course(
    code="INX101",
    instance="HT2025",
    name_sv="Introduktion till informatik",
    name_en="Introduction to Informatics",
    hp=7.5,
    scale="UGVG",
    modules=(
        Module("TEN1", "Skriftlig tentamen", "Written exam", 4.5, "UGVG"),
        Module("INL1", "Inlämningsuppgift", "Assignment", 3.0, "UG"),
    ),
    examiners=(EXAMINER,),
)

SEED = Course(
    code="WEB010",
    instance="HT2025",
    name_sv="Webbprogrammering",
    name_en="Web Programming",
    hp=7.5,
    scale="AF",
    modules=(
        Module("DEL1", "Kursmoment 1–2", "Module 1: assignments 1–2", 2.5, "UG", ("1", "2")),
        Module("DEL2", "Kursmoment 3–4", "Module 2: assignments 3–4", 2.5, "UG", ("3", "4")),
        Module("PROJ", "Projekt", "Project", 2.5, "UG", ("project",)),
    ),
    examiners=(EXAMINER,),
)


def _students(course: Course) -> tuple[Student, ...]:
    here = [(ALVA, "Alva Exempel"), (BRUNO, "Bruno Exempel"), (CORA, "Cora Exempel"), (DINO, "Dino Exempel")]
    return (
        *(Student(pnr, name, course.code, course.instance) for pnr, name in here),
        Student(ELI, "Eli Tidigare", course.code, "HT2024"),
        Student(FREJ, "Frej Gammalkod", "INX100", "VT2024"),
    )


@dataclass(frozen=True)
class Step:
    """One step of a guided exercise: who acts, what they do, the text in both languages and what it must give."""

    actor: str
    action: str  # an action of the engine, or "search" for a search by personal identity number
    params: dict[str, Any]
    text_sv: str
    text_en: str
    expect: str = "ok"  # or the key of the refusal this step demonstrates
    match: tuple[str, ...] = ("student", "target")
    screen: str = ""  # where the step is done, when not the action's own screen (see `screen_of`)

    def screen_of(self) -> str:
        """The sandbox screen the step is done on: its own, else the declared action's, else the search."""
        if self.screen:
            return self.screen
        action = ACTIONS.get(self.action)
        return action.screen if action else "search"


@dataclass(frozen=True)
class Scenario:
    """A guided exercise: its texts in both languages, the day it is set on, its start state and its steps."""

    key: str
    title_sv: str
    title_en: str
    intro_sv: str
    intro_en: str
    today: dt.date
    start: State
    steps: tuple[Step, ...] = field(default=())


def _fresh(course: Course, key: str) -> State:
    return State(course=course, people=PEOPLE, students=_students(course), scenario=key)


def play(state: State, steps: list[tuple[str, str, dict[str, Any]]], today: dt.date) -> State:
    """Bring a starting state about through the engine itself, so no exercise, task or question starts in an
    impossible state; a refused step is a mistake in the set-up (`InvalidDefinition`)."""
    for actor, action, params in steps:
        outcome = act(state, actor, action, params, today)
        if outcome.refusal is not None:
            raise InvalidDefinition(f"set-up refused: {action} {outcome.refusal}")
        state = outcome.state
    return state


def _report_and_certify(pnr: str, target: str, grade: str, day: str) -> list[tuple[str, str, dict[str, Any]]]:
    who = {"student": pnr, "target": target}
    return [
        (TEACHER, "save_draft", {**who, "grade": grade, "exam_date": day}),
        (TEACHER, "mark_ready", {**who, "graded_by": TEACHER, "notify": EXAMINER}),
        (EXAMINER, "certify", who),
    ]


def _ready(pnr: str, target: str) -> dict[str, Any]:
    return {"student": pnr, "target": target, "graded_by": TEACHER, "notify": EXAMINER}


TODAY = dt.date(2026, 2, 2)
EXAM_DAY = "2026-01-15"


def _written_exam() -> Scenario:
    return Scenario(
        "written_exam",
        "Skriftlig tentamen: från rapportering till attest",
        "Written exam: from reporting to certification",
        "Läraren rapporterar ett betyg med skrivningspoäng, klarmarkerar och aviserar examinator, som attesterar.",
        "The teacher reports a grade with examination points, marks it as ready and notifies the examiner, who "
        "certifies it.",
        TODAY,
        _fresh(WRITTEN, "written_exam"),
        (
            Step(
                TEACHER,
                "save_draft",
                {
                    "student": ALVA,
                    "target": "TEN1",
                    "grade": "VG",
                    "exam_date": EXAM_DAY,
                    "points": "42",
                    "points_visible": True,
                },
                "Som lärare: rapportera VG på den skriftliga tentamen för Alva Exempel, med examinationsdatum "
                f"{EXAM_DAY} och 42 skrivningspoäng synliga för studenten. Spara.",
                "As the teacher: report VG on the written exam for Alva Exempel, with examination date "
                f"{EXAM_DAY} and 42 examination points visible to the student. Save.",
            ),
            Step(
                EXAMINER,
                "certify",
                {"student": ALVA, "target": "TEN1"},
                "Som examinator: öppna Attestera och försök attestera utkastet direkt. Det står under listan, "
                "eftersom bara klarmarkerade resultat väntar där, och Ladok säger nej.",
                "As the examiner: open Certify and try to certify the draft straight away. It stands under the list, "
                "since only results marked as ready wait there, and Ladok says no.",
                expect="wrong_state",
            ),
            Step(
                TEACHER,
                "mark_ready",
                _ready(ALVA, "TEN1"),
                "Som lärare: klarmarkera resultatet, ange dig själv som rättande lärare och avisera examinator.",
                "As the teacher: mark the result as ready, name yourself as the grading teacher and notify the "
                "examiner.",
            ),
            Step(
                EXAMINER,
                "certify",
                {"student": ALVA, "target": "TEN1"},
                "Som examinator: attestera. Nu fattas det formella beslutet och studenten ser resultatet.",
                "As the examiner: certify. This is the formal decision, and the student now sees the result.",
            ),
        ),
    )


def _inspera() -> Scenario:
    start = play(_fresh(WRITTEN, "inspera"), [(ADMIN, "setup_activity", {"target": "TEN1", "date": EXAM_DAY})], TODAY)
    activity = start.activities[0]
    code_a, code_b = activity.codes[0][0], activity.codes[1][0]
    grades = {code_a: "G", code_b: "VG"}
    return Scenario(
        "inspera",
        "Inspera-tentamen med anonymiseringskoder",
        "Inspera exam with anonymisation codes",
        "Resultaten överförs från Inspera som utkast. Studieadministrationen klarmarkerar och examinator "
        "attesterar, med kod och namn sida vid sida.",
        "The results are transferred from Inspera as drafts. The study administration marks them as ready and the "
        "examiner certifies, with code and name side by side.",
        TODAY,
        start,
        (
            Step(
                ADMIN,
                "transfer_from_inspera",
                {"activity": activity.id, "grades": grades},
                f"Bedömningen är bekräftad i Inspera. Som studieadministratör: öppna fliken Inspera och för över "
                f"betygen för {code_a} och {code_b} till Ladok med ”Överför alla betyg”. Läraren har också rollen "
                "Planner på provet, men enligt institutionens rutin trycker studieadministrationen på knappen.",
                f"The grading is confirmed in Inspera. As the study administrator: open the Inspera tab and send the "
                f"grades for {code_a} and {code_b} to Ladok with “Transfer all grades”. The teacher holds the Planner "
                "role on the test too, but by the department's routine the study administration presses the button.",
                match=("activity",),
            ),
            Step(
                ADMIN,
                "transfer_from_inspera",
                {"activity": activity.id, "grades": grades},
                "Överför en gång till. Utkasten uppdateras; inga dubbletter uppstår.",
                "Transfer once more. The drafts are updated; no duplicates appear.",
                match=("activity",),
            ),
            Step(
                ADMIN,
                "mark_ready",
                _ready(ALVA, "TEN1"),
                f"Som studieadministratör: kontrollera överföringen och klarmarkera resultatet för {code_a}.",
                f"As the study administrator: check the transfer and mark the result for {code_a} as ready.",
            ),
            Step(
                EXAMINER,
                "certify",
                {"student": ALVA, "target": "TEN1"},
                "Som examinator: öppna Aktivitetstillfällen och attestera resultatet där. På aktivitetstillfället ser "
                f"du kod och namn ihop; filtrera sedan på Attesterade för att hitta {code_a} efter attesteringen.",
                "As the examiner: open Activity sessions and certify the result there. On the activity session you "
                f"see code and name together; then filter on Certified to find {code_a} after certifying.",
                screen="activities",
            ),
        ),
    )


def _change_grade() -> Scenario:
    setup = [
        *_report_and_certify(ALVA, "TEN1", "G", EXAM_DAY),
        *_report_and_certify(ALVA, "INL1", "G", "2026-01-20"),
        *_report_and_certify(ALVA, COURSE_TARGET, "G", "2026-01-20"),
    ]
    start = replace(play(_fresh(WRITTEN, "change_grade"), setup, TODAY), scenario="change_grade")
    return Scenario(
        "change_grade",
        "Ändra ett attesterat betyg i rätt ordning",
        "Change a certified grade in the right order",
        "Alva Exempel fick G på tentamen men skulle ha fått VG. Kursbetyget är redan attesterat, så det tas bort "
        "först.",
        "Alva Exempel got G on the exam but should have had VG. The course grade is already certified, so it is "
        "removed first.",
        TODAY,
        start,
        (
            Step(
                ADMIN,
                "prepare_removal",
                {"student": ALVA, "target": "TEN1"},
                "Som studieadministratör: försök förbereda borttag av tentamensresultatet. Betyget på hel kurs står "
                "kvar, så Ladok säger nej redan här.",
                "As the study administrator: try to prepare the removal of the exam result. The course grade still "
                "stands, so Ladok says no at this very step.",
                expect="course_grade_must_be_removed_first",
            ),
            Step(
                EXAMINER,
                "remove",
                {"student": ALVA, "target": COURSE_TARGET},
                "Som examinator: ta bort kursbetyget med Ta bort resultat på raden. Det är det första steget.",
                "As the examiner: remove the course grade with Remove result on its row. This is the first step.",
            ),
            Step(
                ADMIN,
                "prepare_removal",
                {"student": ALVA, "target": "TEN1"},
                "Som studieadministratör: förbered nu borttag av tentamensresultatet.",
                "As the study administrator: now prepare the removal of the exam result.",
            ),
            Step(
                EXAMINER,
                "certify_removal",
                {"student": ALVA, "target": "TEN1"},
                "Som examinator: attestera borttaget av tentamensresultatet.",
                "As the examiner: certify the removal of the exam result.",
            ),
            Step(
                TEACHER,
                "save_draft",
                {"student": ALVA, "target": "TEN1", "grade": "VG", "exam_date": EXAM_DAY},
                "Som lärare: rapportera det rätta betyget VG med samma examinationsdatum och spara.",
                "As the teacher: report the right grade, VG, with the same examination date, and save.",
            ),
            Step(
                TEACHER,
                "mark_ready",
                _ready(ALVA, "TEN1"),
                "Som lärare: klarmarkera och avisera examinator.",
                "As the teacher: mark as ready and notify the examiner.",
            ),
            Step(
                EXAMINER,
                "certify",
                {"student": ALVA, "target": "TEN1"},
                "Som examinator: attestera det nya resultatet.",
                "As the examiner: certify the new result.",
            ),
            Step(
                TEACHER,
                "save_draft",
                {"student": ALVA, "target": COURSE_TARGET, "grade": "VG"},
                "Som lärare: rapportera kursbetyget VG igen; examinationsdatumet blir den senaste modulens.",
                "As the teacher: report the course grade VG again; the examination date becomes the latest module's.",
            ),
            Step(
                TEACHER,
                "mark_ready",
                _ready(ALVA, COURSE_TARGET),
                "Som lärare: klarmarkera kursbetyget.",
                "As the teacher: mark the course grade as ready.",
            ),
            Step(
                EXAMINER,
                "certify",
                {"student": ALVA, "target": COURSE_TARGET},
                "Som examinator: attestera kursbetyget.",
                "As the examiner: certify the course grade.",
            ),
        ),
    )


def _missing_student() -> Scenario:
    from .scenarios_routes import GRY, with_gry  # the exercises of the other routes build on this module

    return Scenario(
        "missing_student",
        "Studenten som saknas i listan",
        "The student missing from the list",
        "Eli Tidigare, Frej Gammalkod och Gry Antagen syns inte i rapporteringslistan. En sökning på personnummer "
        "visar varför och vad som går att göra.",
        "Eli Tidigare, Frej Gammalkod and Gry Antagen do not show in the reporting list. A search by personal "
        "identity number shows why, and what can be done.",
        TODAY,
        with_gry(_fresh(WRITTEN, "missing_student")),
        (
            Step(
                TEACHER,
                "search",
                {"pnr": ELI},
                f"Som lärare: öppna Sök student och sök på personnumret {ELI}.",
                f"As the teacher: open Find a student and search for the personal identity number {ELI}.",
                match=("pnr",),
            ),
            Step(
                TEACHER,
                "save_draft",
                {"student": ELI, "target": "INL1", "grade": "G", "exam_date": EXAM_DAY},
                "Eli är registrerad på ett tidigare kurstillfälle av samma kurs, och på den här institutionen räknas "
                "den registreringen när Eli gör om en examination. Öppna Rapportera, modulen Inlämningsuppgift: Eli "
                "står nu sist i listan. Rapportera G och spara.",
                "Eli is registered on an earlier instance of the same course, and at this department that "
                "registration counts when Eli retakes an examination. Open Report results, the module Assignment: "
                "Eli now stands last in the list. Report G and save.",
            ),
            Step(
                TEACHER,
                "mark_ready",
                _ready(ELI, "INL1"),
                "Klarmarkera och avisera examinator.",
                "Mark as ready and notify the examiner.",
            ),
            Step(
                TEACHER,
                "search",
                {"pnr": FREJ},
                f"Öppna Sök student igen och sök på {FREJ}.",
                f"Open Find a student again and search for {FREJ}.",
                match=("pnr",),
            ),
            Step(
                TEACHER,
                "save_draft",
                {"student": FREJ, "target": "INL1", "grade": "G", "exam_date": EXAM_DAY},
                "Försök rapportera för Frej på Rapportera. Frej är registrerad på en äldre kurskod, så resultatet hör "
                "hemma där.",
                "Try to report for Frej under Report results. Frej is registered on an older course code, so the "
                "result belongs there.",
                expect="registered_on_other_course",
            ),
            Step(
                TEACHER,
                "search",
                {"pnr": GRY},
                f"Sök till sist på {GRY}.",
                f"Last, search for {GRY}.",
                match=("pnr",),
            ),
            Step(
                TEACHER,
                "save_draft",
                {"student": GRY, "target": "INL1", "grade": "G", "exam_date": EXAM_DAY},
                "Försök rapportera för Gry. Gry är antagen men inte registrerad, så inget resultat kan rapporteras "
                "förrän studieadministrationen har registrerat Gry.",
                "Try to report for Gry. Gry is admitted but not registered, so no result can be reported until the "
                "study administration has registered Gry.",
                expect="not_registered",
            ),
        ),
    )


def _partial_credits() -> Scenario:
    steps: list[Step] = []
    # Three instalments close together, so that each is certified within the local rule on the exercise's day.
    for code, day, hp in (("DEL1", "2026-01-13", "2,5"), ("DEL2", "2026-01-20", "5"), ("PROJ", "2026-01-27", "7,5")):
        hp_en = hp.replace(",", ".")
        module = SEED.module(code)
        assert module is not None
        steps += [
            Step(
                TEACHER,
                "save_draft",
                {"student": ALVA, "target": code, "grade": "G", "exam_date": day},
                f"Som lärare: rapportera G på {module.name_sv} för Alva Exempel ({day}) och spara.",
                f"As the teacher: report G on {module.name_en} for Alva Exempel ({day}) and save.",
            ),
            Step(
                TEACHER,
                "mark_ready",
                _ready(ALVA, code),
                "Klarmarkera och avisera examinator.",
                "Mark as ready and notify the examiner.",
            ),
            Step(
                EXAMINER,
                "certify",
                {"student": ALVA, "target": code},
                f"Som examinator: attestera. Alva har nu {hp} hp i Ladok, och CSN kan se dem {csn_timing('sv')}.",
                f"As the examiner: certify. Alva now has {hp_en} credits in Ladok, and CSN can see them "
                f"{csn_timing('en')}.",
            ),
        ]
    steps += [
        Step(
            TEACHER,
            "save_draft",
            {"student": ALVA, "target": COURSE_TARGET, "grade": "B"},
            "Alla delar är klara. Rapportera slutbetyget B på kursen.",
            "Every part is done. Report the final grade B on the course.",
        ),
        Step(
            TEACHER,
            "mark_ready",
            _ready(ALVA, COURSE_TARGET),
            "Klarmarkera kursbetyget.",
            "Mark the course grade as ready.",
        ),
        Step(
            EXAMINER,
            "certify",
            {"student": ALVA, "target": COURSE_TARGET},
            "Som examinator: attestera kursbetyget. Kursen är klar.",
            "As the examiner: certify the course grade. The course is complete.",
        ),
    ]
    return Scenario(
        "partial_credits",
        "Delredovisning: poäng i tre omgångar",
        "Partial reporting: credits in three instalments",
        "Kursen rapporteras i tre delar om 2,5 hp: efter kursmoment 1–2, efter kursmoment 3–4 och efter projektet. "
        "Följ Alva Exempels poäng.",
        "The course is reported in three parts of 2.5 credits: after moments 1–2, after moments 3–4 "
        "and after the project. Follow Alva Exempel's credits.",
        TODAY,
        _fresh(SEED, "partial_credits"),
        tuple(steps),
    )


@cache  # scenarios are immutable values, built once per process
def all_scenarios() -> dict[str, Scenario]:
    from .scenarios_routes import route_scenarios  # built on this module's courses and people

    found = (_written_exam(), _inspera(), _change_grade(), _missing_student(), _partial_credits(), *route_scenarios())
    return {s.key: s for s in found}


def step_matches(step: Step, actor: str, action: str, params: dict[str, Any]) -> bool:
    """Whether what the reader did is what the guided step asks for."""
    return (
        step.actor == actor
        and step.action == action
        and all(str(params.get(k, "")) == str(step.params.get(k, "")) for k in step.match)
    )
