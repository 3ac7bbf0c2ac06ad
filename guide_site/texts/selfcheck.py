"""The self-check's words: its page, its questions' stems and feedback, and its sandbox tasks.

Key -> (Swedish, English). Folded into `guide_site.texts`; a key defined twice stops the build."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # topics
    "selfcheck.topic.who": ("Vem får göra vad", "Who may do what"),
    "selfcheck.topic.lifecycle": ("Resultatets livscykel", "A result's lifecycle"),
    "selfcheck.topic.change": ("Ändra under ett kursbetyg", "Changing under a course grade"),
    "selfcheck.topic.anonymous": ("Anonyma tentamina", "Anonymous exams"),
    "selfcheck.topic.dates": ("Vilket datum gäller", "Which date counts"),
    "selfcheck.topic.grades": ("Underkända betyg", "Failing grades"),
    "selfcheck.topic.deadlines": ("Frister", "Deadlines"),
    # answers and links
    "selfcheck.yes": ("Ja", "Yes"),
    "selfcheck.no": ("Nej", "No"),
    "selfcheck.show_answer": ("Visa svar", "Show answer"),
    "selfcheck.correct_answer": ("Rätt svar", "Correct answer"),
    "selfcheck.read": ("Läs mer", "Read more"),
    "selfcheck.question": ("Fråga", "Question"),
    "selfcheck.read.permissions": ("Vem får göra vad", "Who may do what"),
    "selfcheck.read.report_save": ("Rapportera resultat: spara som utkast", "Report results: save as a draft"),
    "selfcheck.read.report_fill": ("Rapportera resultat: fyll i resultaten", "Report results: fill in the results"),
    "selfcheck.read.mark_ready": ("Rapportera resultat: klarmarkera och avisera", "Report results: mark as ready"),
    "selfcheck.read.certify": ("Attestera resultat", "Certify results"),
    "selfcheck.read.course_grade": ("Attestera: när alla moduler är klara", "Certify: when every module is done"),
    "selfcheck.read.change": ("Ändra ett attesterat resultat", "Change a certified result"),
    "selfcheck.read.change_order": ("Ändra: kursbetyget först", "Change: the course grade first"),
    "selfcheck.read.after_fail": ("Ändra: efter underkänt", "Change: after a fail"),
    "selfcheck.read.inspera": ("Inspera: överföringen till Ladok", "Inspera: the transfer to Ladok"),
    "selfcheck.read.who_sees": ("Inspera: vem ser vad", "Inspera: who sees what"),
    "selfcheck.read.codes_after": ("Anonymiseringskoder efter attesteringen", "Anonymisation codes after certifying"),
    "selfcheck.read.lifecycle": ("Resultatets livscykel", "A result's lifecycle"),
    "selfcheck.read.rules": ("Regler som gäller flera resultat", "Rules that span several results"),
    "selfcheck.read.decision_date": ("Studenten: kontrollera din status", "Students: check your status"),
    "selfcheck.read.deadlines": ("Frister för resultat", "Deadlines for results"),
    "selfcheck.read.authorisation": ("Behörighet att rapportera eller attestera", "Authorisation to report or certify"),
    "selfcheck.read.missing": ("Studenten saknas i listan", "The student missing from the list"),
    # the page's controls (selfcheck.js fills {n}, {total}, {right} and {date})
    "selfcheck.ui.pick_role": ("Välj roll", "Choose a role"),
    "selfcheck.ui.all_roles": ("Alla roller", "All roles"),
    "selfcheck.ui.answer": ("Svara", "Answer"),
    "selfcheck.ui.right": ("Rätt.", "Correct."),
    "selfcheck.ui.wrong": ("Inte rätt.", "Not right."),
    "selfcheck.ui.pick_first": ("Välj ett svar först.", "Choose an answer first."),
    "selfcheck.ui.score": ("Resultat per ämne", "Score by topic"),
    "selfcheck.ui.score_line": ("{right} rätt av {total}, {n} besvarade", "{right} right of {total}, {n} answered"),
    "selfcheck.ui.retry": ("Gör om dem du missade", "Retry the ones you missed"),
    "selfcheck.ui.retrying": (
        "Frågorna du missade är tomma igen. Den första har fokus.",
        "The questions you missed are empty again. The first has focus.",
    ),
    "selfcheck.ui.nothing_missed": ("Du har inte missat någon fråga.", "You have not missed any question."),
    "selfcheck.ui.reset": ("Börja om", "Start over"),
    "selfcheck.ui.print": ("Skriv ut", "Print"),
    "selfcheck.ui.save": ("Spara sammanfattning", "Save summary"),
    "selfcheck.ui.summary_title": ("Testa dig själv – sammanfattning {date}", "Check yourself – summary {date}"),
    "selfcheck.ui.stored": (
        "Dina svar sparas bara i den här webbläsaren och skickas ingenstans.",
        "Your answers are kept in this browser only and sent nowhere.",
    ),
    "selfcheck.ui.not_stored": (
        "Webbläsaren låter inte sidan spara, så dina svar finns kvar bara tills du lämnar sidan.",
        "Your browser does not let the page save, so your answers last only until you leave the page.",
    ),
    "selfcheck.ui.shown": ("Frågor som visas: {n}.", "Questions shown: {n}."),
    # sandbox tasks
    "selfcheck.task.goal": ("Mål", "Goal"),
    "selfcheck.task.open_sandbox": ("Öppna övningsmiljön för uppgiften", "Open the sandbox for the task"),
    "selfcheck.task.met": ("Klart! Motorn bekräftar att målet är nått.", "Done! The engine confirms the goal is met."),
    "selfcheck.task.open": ("Målet är inte nått än.", "The goal is not met yet."),
    "selfcheck.task.refused": ("Ladok sa nej till ett steg. Läs:", "Ladok said no to a step. Read:"),
    "selfcheck.task.answer": ("Ditt svar", "Your answer"),
    "selfcheck.task.check": ("Kontrollera", "Check"),
    "selfcheck.task.needs_js": (
        "Uppgifterna görs i övningsmiljön, som kräver JavaScript. Frågorna ovan fungerar utan.",
        "The tasks are done in the sandbox, which needs JavaScript. The questions above work without it.",
    ),
}

MESSAGES: dict[str, tuple[str, str]] = {
    # questions
    "selfcheck.q.who": (
        "Får den som har rollen {role} använda {button} i Ladok, när resultatet är i rätt läge för det?",
        "May someone with the role {role} use {button} in Ladok, when the result is in the right state for it?",
    ),
    "selfcheck.x.who": (
        "Ladok låter {allowed} använda {button}. Ladok svarar: {engine}",
        "Ladok lets {allowed} use {button}. Ladok answers: {engine}",
    ),
    "selfcheck.q.next": (
        "Ett resultat har status {before}. Vilken status får det när {role} väljer {button}?",
        "A result has the status {before}. Which status does it get when {role} chooses {button}?",
    ),
    "selfcheck.x.next": ("Status blir {after}. Ladok svarar: {engine}", "The status becomes {after}. Ladok: {engine}"),
    "selfcheck.q.visible": (
        "Läraren sparar ett resultat, klarmarkerar det och examinator attesterar. Efter vilket steg ser studenten "
        "resultatet i Ladok?",
        "The teacher saves a result, marks it as ready and the examiner certifies it. After which step does the "
        "student see the result in Ladok?",
    ),
    "selfcheck.x.visible": (
        "Efter {button}. Före det ser studenten inget av resultatet, inte heller ett utkast.",
        "After {button}. Before that the student sees nothing of the result, not even a draft.",
    ),
    "selfcheck.q.change": (
        "{name} har attesterade resultat på {module} och på hel kurs. Betyget på {module} ska ändras. {done}. "
        "Vilket är nästa steg?",
        "{name} has certified results on {module} and on the whole course. The grade on {module} is to be "
        "changed. {done}. Which is the next step?",
    ),
    "selfcheck.x.change": (
        "{choice}. Ladok svarar: {engine} (Väljer du i stället {other} säger Ladok nej: {refusal})",
        "{choice}. Ladok answers: {engine} (Choose {other} instead and Ladok says no: {refusal})",
    ),
    "selfcheck.change.nothing": ("Inget steg är gjort än", "No step has been taken yet"),
    "selfcheck.change.done": ("Gjort hittills: {steps}", "Done so far: {steps}"),
    "selfcheck.q.anonymous": (
        "Resultaten från en anonym tentamen är överförda från Inspera men inte attesterade. Ser {team} "
        "studenternas namn bredvid anonymiseringskoderna?",
        "The results of an anonymous exam have been transferred from Inspera but not certified. Does {team} see "
        "the students' names beside the anonymisation codes?",
    ),
    "selfcheck.q.anonymous_after": (
        "Resultaten från en anonym tentamen är överförda från Inspera, och examinator har attesterat resultatet "
        "för {name}. Ser {team} nu namnet {name} bredvid koden?",
        "The results of an anonymous exam have been transferred from Inspera, and the examiner has certified the "
        "result of {name}. Does {team} now see the name {name} beside the code?",
    ),
    "selfcheck.x.anonymous_yes": (
        "I den vyn står namnet bredvid koden {code}.",
        "That view shows the name beside the code {code}.",
    ),
    "selfcheck.x.anonymous_no": (
        "I den vyn står bara koden {code}, tills resultatet är attesterat.",
        "That view shows only the code {code}, until the result is certified.",
    ),
    "selfcheck.q.exam_date": (
        "{name} skrev tentamen {exam}. Läraren rapporterade resultatet {reported} och examinator attesterade det "
        "{decided}. Vilket datum står som examinationsdatum, den dag då poängen räknas som tagna, även hos CSN?",
        "{name} sat the exam on {exam}. The teacher reported the result on {reported} and the examiner certified "
        "it on {decided}. Which date is the examination date, the day the credits count as earned, also at CSN?",
    ),
    "selfcheck.x.exam_date": (
        "{value}, dagen för examinationen. Beslutsdatumet blir {decided}, den dag examinator attesterade.",
        "{value}, the day of the examination. The decision date becomes {decided}, the day the examiner certified.",
    ),
    "selfcheck.q.visible_from": (
        "{name} skrev tentamen {exam}. Läraren rapporterade resultatet {reported} och examinator attesterade det "
        "{decided}. Från vilket datum syns resultatet för {name}?",
        "{name} sat the exam on {exam}. The teacher reported the result on {reported} and the examiner certified "
        "it on {decided}. From which date does {name} see the result?",
    ),
    "selfcheck.x.visible_from": (
        "{value}, beslutsdatumet: då blev resultatet ett formellt beslut. Examinationsdatumet {exam} står kvar "
        "som dagen då poängen togs.",
        "{value}, the decision date: the result became a formal decision then. The examination date {exam} stays "
        "as the day the credits were earned.",
    ),
    "selfcheck.q.course_date": (
        "{name} har attesterade resultat på {first} ({first_date}) och {second} ({second_date}). Läraren "
        "rapporterar betyget på hel kurs {today} utan att ange datum. Vilket examinationsdatum får kursbetyget?",
        "{name} has certified results on {first} ({first_date}) and {second} ({second_date}). The teacher reports "
        "the grade on the whole course on {today} without giving a date. Which examination date does it get?",
    ),
    "selfcheck.x.course_date": (
        "{value}: den senaste modulens examinationsdatum.",
        "{value}: the examination date of the latest module.",
    ),
    "selfcheck.q.course_fail": (
        "{name} har godkänt på alla moduler. Får betyget {grade} rapporteras som betyg på hel kurs?",
        "{name} has passed every module. May the grade {grade} be reported as the grade on the whole course?",
    ),
    "selfcheck.q.module_fail": (
        "Får betyget {grade} rapporteras på en modul, {module}?",
        "May the grade {grade} be reported on a module, {module}?",
    ),
    "selfcheck.q.same_date": (
        "{name} fick {grade} på {module} {exam}, och resultatet är attesterat. Får ett nytt resultat rapporteras "
        "med examinationsdatum {new}?",
        "{name} got {grade} on {module} on {exam}, and the result is certified. May a new result be reported with "
        "the examination date {new}?",
    ),
    "selfcheck.x.may": ("Ladok svarar: {engine}", "Ladok answers: {engine}"),
    "selfcheck.q.deadline": (
        "Tentamen skrivs {exam}. Vilken är sista dag för resultaten?",
        "The exam is held on {exam}. Which is the last day for the results?",
    ),
    "selfcheck.q.deadline_retake": (
        "Tentamen skrivs {exam} och omtentamen {retake}. Vilken är sista dag för resultaten?",
        "The exam is held on {exam} and the re-take on {retake}. Which is the last day for the results?",
    ),
    "selfcheck.x.deadline": (
        "{value}: {days} arbetsdagar efter tentamen.{moved}",
        "{value}: {days} working days after the exam.{moved}",
    ),
    "selfcheck.x.deadline_retake": (
        "{value}. Räknat i arbetsdagar blir det {by_days}, men resultaten ska finnas senast {margin} före "
        "omtentamen, och det datumet kommer först.{moved}",
        "{value}. Counted in working days it would be {by_days}, but the results must be in at least {margin} "
        "before the re-take, and that date comes first.{moved}",
    ),
    "selfcheck.x.moved": (" Lediga dagar på vägen: {days}.", " Days off on the way: {days}."),
}
