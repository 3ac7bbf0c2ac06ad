"""Guided exercises on the other routes into Ladok: the learning platform's Transfer to Ladok as each department's
route lands it, a student it skips, and registration as the study administration does it.

Each exercise sets the department's routes it is about in its start state (`Routes`), so its steps hold whatever a
site's own settings say; its page names the site's setting beside it. Everyone is fictional, as in `scenarios.py`.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Column, Routes, State, Student
from .scenarios import (
    ADMIN,
    ALVA,
    BRUNO,
    CORA,
    DINO,
    ELI,
    EXAM_DAY,
    EXAMINER,
    SEED,
    TEACHER,
    TODAY,
    WRITTEN,
    Scenario,
    Step,
    _fresh,
    _ready,
    _report_and_certify,
    play,
)

GRY = "20050505-T007"  # admitted to the instance, not registered: she missed the web registration
PROJECT_DAY = "2026-01-27"


def _transfer(column: str, target: str, day: str, points: bool = False) -> dict[str, object]:
    return {"column": column, "target": target, "exam_date": day, **({"points": True} if points else {})}


def _written_columns() -> tuple[Column, ...]:
    """The gradebook of the written-exam course: the exam with letter grades and their points, the assignment, and a
    column of the exam's points only."""
    exam = ((ALVA, "VG", "38"), (BRUNO, "G", "27"), (CORA, "U", "12"), (DINO, "G", "24"))
    return (
        Column("tenta", "Skriftlig tentamen", "Written exam", "UGVG", TEACHER, "TEN1", exam),
        Column(
            "inl",
            "Inlämningsuppgift",
            "Assignment",
            "UG",
            TEACHER,
            "INL1",
            ((ALVA, "G", ""), (BRUNO, "G", ""), (CORA, "G", ""), (DINO, "U", "")),
        ),
        Column(
            "poang",
            "Tentamenspoäng",
            "Exam points",
            "points",
            TEACHER,
            "TEN1",
            tuple((pnr, "", points) for pnr, _, points in exam),
        ),
    )


def _with(state: State, routes: Routes, columns: tuple[Column, ...] = ()) -> State:
    return replace(state, routes=routes, columns=columns)


def lms_draft() -> Scenario:
    start = _with(_fresh(WRITTEN, "lms_draft"), Routes(lms_transfer="draft"), _written_columns())
    tenta = _transfer("tenta", "TEN1", EXAM_DAY)
    return Scenario(
        "lms_draft",
        "Från lärplattformen: resultaten kommer som utkast",
        "From the learning platform: the results arrive as drafts",
        "Läraren för över tentamensbetygen från betygsboken i lärplattformen med ”Överför till Ladok”. De kommer "
        "till modulen som utkast, så läraren klarmarkerar och aviserar examinator, som attesterar. Så fungerar KTH:s "
        "Transfer to Ladok.",
        "The teacher moves the exam grades from the learning platform's gradebook with “Transfer to Ladok”. They "
        "arrive on the module as drafts, so the teacher marks them as ready and notifies the examiner, who "
        "certifies. This is how KTH's Transfer to Ladok works.",
        TODAY,
        start,
        (
            Step(
                TEACHER,
                "transfer_from_lms",
                {**tenta, "points": True},
                "Som lärare: öppna fliken Lärplattform, där betygsboken står. Välj kolumnen Skriftlig tentamen, "
                f"modulen Skriftlig tentamen och examinationsdatum {EXAM_DAY}, kryssa i att poängen ska följa med "
                "och tryck på ”Överför till Ladok”. Poäng kan inte följa med på den här vägen, så överföringen "
                "nekas och säger varför.",
                "As the teacher: open the Learning platform tab, where the gradebook is. Choose the column Written "
                f"exam, the module Written exam and the examination date {EXAM_DAY}, tick that the points go along "
                "and press “Transfer to Ladok”. Points cannot go along on this route, so the transfer is refused "
                "and says why.",
                expect="lms_points_not_moved",
                match=("column", "target"),
            ),
            Step(
                TEACHER,
                "transfer_from_lms",
                tenta,
                "För över igen, utan poäng. Betygen hamnar som utkast på modulen Skriftlig tentamen, aldrig på "
                "betyg på hel kurs.",
                "Transfer again, without the points. The grades land as drafts on the module Written exam, never on "
                "the course grade.",
                match=("column", "target"),
            ),
            Step(
                TEACHER,
                "mark_ready",
                _ready(ALVA, "TEN1"),
                "Öppna Rapportera, modulen Skriftlig tentamen: utkasten står där. Klarmarkera Alva Exempels resultat, "
                "ange dig själv som rättande lärare och avisera examinator. Resten klarmarkerar du likadant.",
                "Open Report results, the module Written exam: the drafts are there. Mark Alva Exempel's result as "
                "ready, name yourself as the grading teacher and notify the examiner. The rest you mark the same way.",
            ),
            Step(
                EXAMINER,
                "certify",
                {"student": ALVA, "target": "TEN1"},
                "Som examinator: öppna Attestera och attestera Alva Exempels resultat.",
                "As the examiner: open Certify and certify Alva Exempel's result.",
            ),
        ),
    )


def _seed_columns() -> tuple[Column, ...]:
    """The web programming course's gradebook: the project, graded by the examiner, and the Total column on A–F."""
    return (
        Column(
            "projekt",
            "Projekt",
            "Project",
            "UG",
            EXAMINER,
            "PROJ",
            ((ALVA, "G", ""), (BRUNO, "G", ""), (CORA, "G", ""), (DINO, "U", "")),
        ),
        Column(
            "totalt",
            "Totalt",
            "Total",
            "AF",
            TEACHER,
            "",
            ((ALVA, "B", ""), (BRUNO, "C", ""), (CORA, "E", ""), (DINO, "F", "")),
        ),
    )


def lms_ready() -> Scenario:
    start = _with(_fresh(SEED, "lms_ready"), Routes(lms_transfer="ready"), _seed_columns())
    return Scenario(
        "lms_ready",
        "Från lärplattformen: resultaten kommer klarmarkerade",
        "From the learning platform: the results arrive marked as ready",
        "Läraren rapporterar projektets betyg från lärplattformen. De kommer till Ladok redan klarmarkerade, av "
        "integrationens egen användare, och läraren får e-post om hur det gick. Examinator attesterar. Så fungerar "
        "Sunets tjänst Resultatrapportering Canvas-Ladok.",
        "The teacher reports the project's grades from the learning platform. They arrive in Ladok already marked "
        "as ready, by the integration's own user, and the teacher gets an e-mail saying how it went. The examiner "
        "certifies. This is how Sunet's Canvas–Ladok result service works.",
        TODAY,
        start,
        (
            Step(
                TEACHER,
                "transfer_from_lms",
                _transfer("totalt", "PROJ", PROJECT_DAY),
                "Som lärare: öppna fliken Lärplattform. Försök föra över kolumnen Totalt, med skalan A–F, till "
                f"modulen Projekt med examinationsdatum {PROJECT_DAY}. Kolumnens skala har betyg som modulens saknar, "
                "och betyget på hel kurs förs aldrig över härifrån.",
                "As the teacher: open the Learning platform tab. Try to transfer the column Total, on the scale A–F, "
                f"to the module Project with the examination date {PROJECT_DAY}. The column's scale has grades the "
                "module's lacks, and the course grade never goes over from here.",
                expect="lms_scale_mismatch",
                match=("column", "target"),
            ),
            Step(
                TEACHER,
                "transfer_from_lms",
                _transfer("projekt", "PROJ", PROJECT_DAY),
                f"För över kolumnen Projekt till modulen Projekt, med examinationsdatum {PROJECT_DAY}. Läs utfallet: "
                "e-posten till dig säger hur det gick, och i betygsboken syns att Ladok visar Ebba Examen, som "
                "rättade projektet, och dig som rättande lärare, och integrationsanvändaren som den som klarmarkerade. "
                "Källorna säger inte om Ladok då aviserar examinator, så se till att examinator vet att resultaten "
                "väntar.",
                f"Transfer the column Project to the module Project, with the examination date {PROJECT_DAY}. Read the "
                "outcome: the e-mail to you says how it went, and the gradebook shows that Ladok names Ebba Examen, "
                "who graded the project, and you as graded by, and the integration user as having marked them as "
                "ready. The sources do not say whether Ladok then notifies the examiner, so make sure the examiner "
                "knows the results are waiting.",
                match=("column", "target"),
            ),
            Step(
                TEACHER,
                "mark_ready",
                _ready(ALVA, "PROJ"),
                "Öppna Rapportera, modulen Projekt, och försök klarmarkera Alva Exempels resultat. Det är redan "
                "klarmarkerat, så här finns inget kvar för dig att göra: nästa steg är examinatorns.",
                "Open Report results, the module Project, and try to mark Alva Exempel's result as ready. It is "
                "already marked as ready, so there is nothing left here for you: the next step is the examiner's.",
                expect="wrong_state",
            ),
            Step(
                EXAMINER,
                "certify",
                {"student": ALVA, "target": "PROJ"},
                "Som examinator: öppna Attestera. Resultaten från lärplattformen väntar där. Attestera Alva Exempels.",
                "As the examiner: open Certify. The results from the learning platform wait there. Certify Alva "
                "Exempel's.",
            ),
        ),
    )


def lms_skipped() -> Scenario:
    setup = [
        *_report_and_certify(ALVA, "TEN1", "G", EXAM_DAY),
        (TEACHER, "save_draft", {"student": BRUNO, "target": "TEN1", "grade": "G", "exam_date": EXAM_DAY}),
        (TEACHER, "mark_ready", _ready(BRUNO, "TEN1")),
    ]
    exam = Column(
        "tenta",
        "Skriftlig tentamen",
        "Written exam",
        "UGVG",
        TEACHER,
        "TEN1",
        ((ALVA, "VG", ""), (BRUNO, "VG", ""), (CORA, "G", ""), (DINO, "G", "")),
    )
    base = _with(_fresh(WRITTEN, "lms_skipped"), Routes(lms_transfer="draft"), (exam,))
    start = replace(play(base, setup, TODAY), scenario="lms_skipped")
    bruno = {"student": BRUNO, "target": "TEN1"}
    return Scenario(
        "lms_skipped",
        "Från lärplattformen: resultat som redan är klarmarkerade eller attesterade",
        "From the learning platform: results already marked as ready or certified",
        "Alva Exempels tentamen är redan attesterad och Bruno Exempels klarmarkerad när läraren för över betygen. "
        "Överföringen hoppar över båda och säger vad som görs i stället; Brunos ändrade betyg rättar läraren i Ladok.",
        "Alva Exempel's exam is already certified and Bruno Exempel's marked as ready when the teacher transfers "
        "the grades. The transfer skips both and says what to do instead; the teacher puts Bruno's changed grade "
        "right in Ladok.",
        TODAY,
        start,
        (
            Step(
                TEACHER,
                "transfer_from_lms",
                _transfer("tenta", "TEN1", EXAM_DAY),
                "Som lärare: öppna fliken Lärplattform. Bruno Exempels betyg är ändrat till VG efter en omrättning. "
                f"För över kolumnen Skriftlig tentamen till modulen Skriftlig tentamen, med examinationsdatum "
                f"{EXAM_DAY}. Läs vad överföringen säger om Alva och Bruno.",
                "As the teacher: open the Learning platform tab. Bruno Exempel's grade was changed to VG after a "
                f"re-marking. Transfer the column Written exam to the module Written exam, with the examination date "
                f"{EXAM_DAY}. Read what the transfer says about Alva and Bruno.",
                match=("column", "target"),
            ),
            Step(
                TEACHER,
                "unmark_ready",
                bruno,
                "Öppna Rapportera, modulen Skriftlig tentamen. Ta bort klarmarkeringen på Brunos resultat.",
                "Open Report results, the module Written exam. Remove the ready mark on Bruno's result.",
            ),
            Step(
                TEACHER,
                "save_draft",
                {**bruno, "grade": "VG", "exam_date": EXAM_DAY},
                f"Ändra utkastet till VG, med samma examinationsdatum {EXAM_DAY}, och spara.",
                f"Change the draft to VG, with the same examination date {EXAM_DAY}, and save.",
            ),
            Step(
                TEACHER,
                "mark_ready",
                _ready(BRUNO, "TEN1"),
                "Klarmarkera Brunos resultat igen och avisera examinator.",
                "Mark Bruno's result as ready again and notify the examiner.",
            ),
            Step(
                EXAMINER,
                "certify",
                bruno,
                "Som examinator: attestera Brunos resultat.",
                "As the examiner: certify Bruno's result.",
            ),
        ),
    )


def with_gry(state: State) -> State:
    """The course's students and Gry Antagen, admitted to this instance but not registered."""
    course = state.course
    return replace(state, students=(*state.students, Student(GRY, "Gry Antagen", course.code, course.instance, False)))


def registration() -> Scenario:
    routes = Routes(resit_needs_registration=True)
    start = _with(with_gry(_fresh(WRITTEN, "registration")), routes)
    return Scenario(
        "registration",
        "Registrering och omregistrering: innan resultatet kan rapporteras",
        "Registration and re-registration: before the result can be reported",
        "Läraren saknar två studenter i listan: Gry Antagen skrev tentamen men missade webbregistreringen, och Eli "
        "Tidigare gjorde omtentamen. Här ska en student som gör omtentamen vara registrerad på kurstillfället för "
        "terminen. Studieadministratören registrerar och omregistrerar; sedan rapporterar läraren.",
        "The teacher misses two students in the list: Gry Antagen sat the exam but missed the web registration, and "
        "Eli Tidigare took the re-sit. Here a student re-sitting must be registered on the course instance for the "
        "term. The study administrator registers and re-registers; then the teacher reports.",
        TODAY,
        start,
        (
            Step(
                ADMIN,
                "search",
                {"pnr": GRY},
                f"Som studieadministratör: sök på Gry Antagens personnummer {GRY}.",
                f"As the study administrator: search for Gry Antagen's personal identity number {GRY}.",
                match=("pnr",),
            ),
            Step(
                ADMIN,
                "register",
                {"student": GRY},
                "Öppna fliken Registrering och registrera Gry på kurstillfället med ”Registrera”: en "
                "förstagångsregistrering.",
                "Open the Registration tab and register Gry on the course instance with “Register”: a first-time "
                "registration.",
                match=("student",),
            ),
            Step(
                ADMIN,
                "search",
                {"pnr": ELI},
                f"Sök nu på Eli Tidigares personnummer {ELI}.",
                f"Now search for Eli Tidigare's personal identity number {ELI}.",
                match=("pnr",),
            ),
            Step(
                ADMIN,
                "re_register",
                {"student": ELI},
                "Eli registrerades på ett tidigare kurstillfälle. Omregistrera Eli på det här kurstillfället med "
                "”Omregistrera”.",
                "Eli was registered on an earlier instance. Re-register Eli on this course instance with "
                "“Re-register”.",
                match=("student",),
            ),
            Step(
                TEACHER,
                "save_draft",
                {"student": GRY, "target": "TEN1", "grade": "G", "exam_date": EXAM_DAY},
                f"Som lärare: Gry står nu i listan. Rapportera G på den skriftliga tentamen ({EXAM_DAY}) och spara.",
                f"As the teacher: Gry is now in the list. Report G on the written exam ({EXAM_DAY}) and save.",
            ),
            Step(
                TEACHER,
                "save_draft",
                {"student": ELI, "target": "TEN1", "grade": "G", "exam_date": EXAM_DAY},
                "Eli står också i listan. Rapportera G på omtentamen och spara.",
                "Eli is in the list too. Report G on the re-sit and save.",
            ),
        ),
    )


def route_scenarios() -> tuple[Scenario, ...]:
    return (lms_draft(), lms_ready(), lms_skipped(), registration())
