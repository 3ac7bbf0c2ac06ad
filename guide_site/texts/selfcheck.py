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
    "selfcheck.topic.grades": ("Underkänt, tomt eller inget", "A fail, a blank paper or nothing"),
    "selfcheck.topic.deadlines": ("Frister", "Deadlines"),
    "selfcheck.topic.correcting": ("Rättelse och omprövning", "Correcting and reconsidering"),
    "selfcheck.topic.certifying": ("Avisera och attestera", "Notifying and certifying"),
    "selfcheck.topic.inspera": ("Överföringen från Inspera", "The transfer from Inspera"),
    "selfcheck.topic.platform": ("Från lärplattformen", "From the learning platform"),
    "selfcheck.topic.missing": ("Saknas i listan eller inte registrerad", "Missing from the list or not registered"),
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
    "selfcheck.read.certify_fix": ("Attestera: rätta eller skicka tillbaka", "Certify: correct or send back"),
    "selfcheck.read.waiting": ("Attestera: så vet du att något väntar", "Certify: how you learn that results wait"),
    "selfcheck.read.when_change": ("När ett attesterat betyg får ändras", "When a certified grade may be changed"),
    "selfcheck.read.inspera_transfer": ("Inspera: vem som överför", "Inspera: who transfers"),
    "selfcheck.read.inspera_check": ("Inspera: kontrollera och klarmarkera", "Inspera: check and mark as ready"),
    "selfcheck.read.inspera_fails": (
        "Inspera: när överföringen inte når Ladok",
        "Inspera: when the transfer does not reach Ladok",
    ),
    "selfcheck.read.codes_under": ("Anonymiseringskoder under attesteringen", "Anonymisation codes while certifying"),
    "selfcheck.read.platform": (
        "Från lärplattformen: vem gör vad sedan",
        "From the learning platform: who does what next",
    ),
    "selfcheck.read.platform_order": (
        "Från lärplattformen: publicera först, attestera sist",
        "From the learning platform: post first, certify last",
    ),
    "selfcheck.read.platform_skips": (
        "Från lärplattformen: det som inte förs över",
        "From the learning platform: what is not transferred",
    ),
    "selfcheck.read.registration": ("Ingen registrering, inget resultat", "No registration, no result"),
    "selfcheck.read.reregistration": ("Omregistrering inför en omtentamen", "Re-registration for a re-sit"),
    "selfcheck.consequences": ("Vad Ladok gör med varje val", "What Ladok does with each choice"),
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
    "selfcheck.ui.full": (
        "Webbläsarens lagring för den här webbplatsen är full, så nya svar finns kvar bara tills du lämnar sidan. "
        "Svaren du redan har sparat visas som vanligt.",
        "The browser's storage for this site is full, so new answers last only until you leave the page. The "
        "answers you saved before are shown as usual.",
    ),
    "selfcheck.ui.bad_saved": (
        "Dina sparade svar gick inte att läsa. De ligger kvar åt sidan i webbläsaren, och du börjar från början.",
        "Your saved answers could not be read. They are kept aside in the browser, and you start afresh.",
    ),
    "selfcheck.ui.newer_saved": (
        "Dina sparade svar kommer från en nyare version av guiden. De ligger kvar åt sidan i webbläsaren, och du "
        "börjar från början här.",
        "Your saved answers come from a newer version of the guide. They are kept aside in the browser, and you "
        "start afresh here.",
    ),
    "selfcheck.ui.bad_role": (
        "Den sparade rollen gick inte att använda, så alla frågor visas. Dina svar är kvar.",
        "The saved role could not be used, so every question is shown. Your answers are kept.",
    ),
    "selfcheck.ui.bad_answers": (
        "Sparade svar som inte gick att läsa: {n}. De visas inte och ligger kvar åt sidan, och de andra svaren är "
        "som du lämnade dem.",
        "Saved answers that could not be read: {n}. They are not shown and are kept aside, and the other answers "
        "are as you left them.",
    ),
    "selfcheck.ui.schedule": (
        "Frågor du svarar fel på kommer tillbaka när du öppnar sidan en senare dag, och några av dem du svarar rätt "
        "på efter {days} dagar.",
        "Questions you answer wrongly come back when you open the page on a later day, and a few of those you "
        "answer rightly after {days} days.",
    ),
    "selfcheck.ui.and": ("och", "and"),
    "selfcheck.ui.next_back": (
        "Nästa gång frågor kommer tillbaka: {date}, {n} st.",
        "Next time questions come back: {date}, {n} of them.",
    ),
    "selfcheck.ui.back_title": ("Tillbaka i dag", "Back today"),
    "selfcheck.ui.back_intro": (
        "Frågor som har kommit tillbaka: {n}. De står först, före alla andra.",
        "Questions that have come back: {n}. They stand first, before all the others.",
    ),
    "selfcheck.ui.back_wrong": ("Tillbaka: du svarade fel {date}.", "Back: you answered wrongly on {date}."),
    "selfcheck.ui.back_right": ("Repetition: du svarade rätt {date}.", "Review: you answered rightly on {date}."),
    "selfcheck.ui.comes_back": (
        "Frågan kommer tillbaka {date} eller senare.",
        "The question comes back on {date} or later.",
    ),
    "selfcheck.ui.may_come_back": (
        "Den kan komma tillbaka som repetition {date} eller senare.",
        "It may come back as a review on {date} or later.",
    ),
    "selfcheck.ui.your_choice": ("Ditt val", "Your choice"),
    # sandbox tasks
    "selfcheck.task.goal": ("Mål", "Goal"),
    "selfcheck.task.open_sandbox": ("Öppna övningsmiljön för uppgiften", "Open the sandbox for the task"),
    "selfcheck.task.met": ("Klart! Motorn bekräftar att målet är nått.", "Done! The engine confirms the goal is met."),
    "selfcheck.task.open": (
        "Målet är inte nått än: {n} av {total} delar återstår.",
        "The goal is not met yet: {n} of {total} parts remain.",
    ),
    "selfcheck.task.refused": ("Ladok sa nej till steget. Läs:", "Ladok said no to the step. Read:"),
    "selfcheck.task.missing": ("(inte klart)", "(not done)"),
    "selfcheck.task.done": ("(klart)", "(done)"),
    "selfcheck.task.read": ("Läs", "Read"),
    "selfcheck.task.reset": (
        "Du kan arbeta vidare och kontrollera igen, eller börja om uppgiften med {reset} i övningsmiljön.",
        "You can work on and check again, or start the task over with {reset} in the sandbox.",
    ),
    "selfcheck.task.answer": ("Ditt svar", "Your answer"),
    "selfcheck.task.check": ("Kontrollera", "Check"),
    # the tasks' titles on the page
    "selfcheck.task_title.vg_written": ("VG på tentamen, attesterat", "VG on the exam, certified"),
    "selfcheck.task_title.blank_and_nothing": (
        "Ett tomt papper och ingen inlämning",
        "A blank paper and nothing handed in",
    ),
    "selfcheck.task_title.retake_pass": ("Godkänt på omtentamen", "A pass at the re-take"),
    "selfcheck.task_title.course_grade": ("Betyget på hel kurs", "The grade on the whole course"),
    "selfcheck.task_title.change_under_course": ("Ändra under ett kursbetyg", "A change under a course grade"),
    "selfcheck.task_title.adjust_before_certify": ("Rätta innan du attesterar", "Correct before you certify"),
    "selfcheck.task_title.correct_certified": (
        "Rätta ett attesterat betyg nedåt",
        "Correct a certified grade downwards",
    ),
    "selfcheck.task_title.find_code": ("Hitta anonymiseringskoden", "Find the anonymisation code"),
    "selfcheck.task_title.inspera_transfer": ("Från Inspera till klarmarkerat", "From Inspera to marked as ready"),
    "selfcheck.task_title.reconsider_raise": ("Höj efter omprövning", "Raise after a reconsideration"),
    "selfcheck.task_title.missing_student": ("Två studenter som saknas i listan", "Two students missing from the list"),
    "selfcheck.task.needs_js": (
        "Uppgifterna görs i övningsmiljön, som kräver JavaScript. Frågorna ovan fungerar utan.",
        "The tasks are done in the sandbox, which needs JavaScript. The questions above work without it.",
    ),
}

# The questions' stems and feedback are in selfcheck_questions.py and selfcheck_routes.py.
MESSAGES: dict[str, tuple[str, str]] = {}
