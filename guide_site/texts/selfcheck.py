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

MESSAGES: dict[str, tuple[str, str]] = {
    # questions
    "selfcheck.q.who_set": (
        "Vem får använda {button} i Ladok, när resultatet är i rätt läge för det?",
        "Who may use {button} in Ladok, when the result is in the right state for it?",
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
        "{decided}. Vilket datum står som examinationsdatum, den dag då poängen räknas som tagna?",
        "{name} sat the exam on {exam}. The teacher reported the result on {reported} and the examiner certified "
        "it on {decided}. Which date is the examination date, the day the credits count as earned?",
    ),
    "selfcheck.x.exam_date": (
        "{value}, dagen för examinationen. Beslutsdatumet blir {decided}, den dag examinator attesterade.",
        "{value}, the day of the examination. The decision date becomes {decided}, the day the examiner certified.",
    ),
    "selfcheck.q.visible_from": (
        "{name} skrev tentamen {exam}. Läraren rapporterade resultatet {reported} och examinator attesterade det "
        "{decided}. Från vilket datum ser {name} resultatet i Ladok?",
        "{name} sat the exam on {exam}. The teacher reported the result on {reported} and the examiner certified "
        "it on {decided}. From which date does {name} see the result in Ladok?",
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
    # what Ladok does with a scene's choice, played in the engine
    "selfcheck.c.refused": ("Ladok säger nej. {engine}", "Ladok says no. {engine}"),
    "selfcheck.c.done": (
        "Ladok gör det och ger resultatet status {state!w}. {engine}",
        "Ladok does it, and the result gets the status {state!w}. {engine}",
    ),
    "selfcheck.c.nothing": (
        "Inget rapporteras. Ladok har inget resultat för {name} på {module}, och studenten ser inget där.",
        "Nothing is reported. Ladok holds no result for {name} on {module}, and the student sees nothing there.",
    ),
    "selfcheck.c.only": ("Bara {who}", "Only {who}"),
    # who may certify when the examiner is away
    "selfcheck.q.deputy": (
        "Ett resultat väntar på attestering, men kursens examinator är på semester och fristen närmar sig. Vem kan "
        "attestera det?",
        "A result waits for certification, but the course's examiner is on leave and the deadline is near. Who can "
        "certify it?",
    ),
    "selfcheck.o.deputy.admin": (
        "Studieadministratören, som kan rapportera på kursen",
        "The study administrator, who can report on the course",
    ),
    "selfcheck.o.deputy.other": ("En examinator för en annan kurs", "An examiner of another course"),
    "selfcheck.o.deputy.course": (
        "Kursens egen examinator, när hon är tillbaka",
        "The course's own examiner, once back",
    ),
    "selfcheck.x.deputy": (
        "Attesteringen är examinators beslut om betyget, och bara kursens egen examinator kan fatta det. {consequence}",
        "Certifying is the examiner's decision on the grade, and only the course's own examiner can make it. "
        "{consequence}",
    ),
    # correcting versus reconsidering
    "selfcheck.q.correct_lower": (
        "När du går igenom en tentamen igen ser du att poängen är felsummerade: {name} fick VG på {module}, men "
        "poängen ger G. Beslutet är attesterat. Får du sänka betyget?",
        "Going through an exam again, you see that the points were added up wrong: {name} got VG on {module}, but "
        "the points give G. The decision is certified. May you lower the grade?",
    ),
    "selfcheck.o.correct_lower.never": (
        "Nej, ett attesterat betyg får aldrig sänkas",
        "No, a certified grade may never be lowered",
    ),
    "selfcheck.o.correct_lower.correct": (
        "Ja, det är en rättelse av ett uppenbart fel, och en rättelse får också sänka betyget, med stor försiktighet",
        "Yes, it is a correction of an obvious error, and a correction may lower the grade too, with great care",
    ),
    "selfcheck.o.correct_lower.consent": ("Bara om {name} går med på det", "Only if {name} agrees"),
    "selfcheck.x.correct_lower": (
        "Ett uppenbart fel till följd av ett räknefel rättas, och en rättelse kan gå åt båda hållen. En sänkning "
        "kräver stor försiktighet och ett tydligt fel.",
        "An obvious error caused by a miscalculation is corrected, and a correction can go either way. A lowering "
        "takes great care and a clear error.",
    ),
    "selfcheck.q.reconsider_lower": (
        "{name} begär omprövning av sitt VG på {module}. När du tittar igen anser du att prestationen snarare var "
        "värd G. Vad gör du?",
        "{name} asks for a reconsideration of the VG on {module}. Looking again, you think the work was rather "
        "worth G. What do you do?",
    ),
    "selfcheck.o.reconsider_lower.lower": (
        "Sänker till G, eftersom en omprövning kan gå åt båda hållen",
        "Lower it to G, since a reconsideration can go either way",
    ),
    "selfcheck.o.reconsider_lower.keep": (
        "Låter VG stå, eftersom en omprövning inte får sänka betyget",
        "Let VG stand, since a reconsideration may not lower the grade",
    ),
    "selfcheck.o.reconsider_lower.other": (
        "Låter en annan examinator sätta ett nytt betyg",
        "Let another examiner set a new grade",
    ),
    "selfcheck.x.reconsider_lower": (
        "En omprövning ändrar ett uppenbart oriktigt beslut, om det kan ske snabbt och enkelt och om betyget inte "
        "sänks.",
        "A reconsideration changes an obviously wrong decision, if that can be done quickly and simply and the grade "
        "is not lowered.",
    ),
    "selfcheck.q.correct_first": (
        "Du har beslutat att rätta ett fel: det attesterade VG som {name} har på {module} ska vara G. Vilket är "
        "första steget i Ladok?",
        "You have decided to correct an error: the certified VG that {name} has on {module} is to be G. Which is the "
        "first step in Ladok?",
    ),
    "selfcheck.o.correct_first.report": ("Läraren rapporterar G på modulen", "The teacher reports G on the module"),
    "selfcheck.o.correct_first.recertify": (
        "Examinator attesterar resultatet på nytt, med G",
        "The examiner certifies the result again, with G",
    ),
    "selfcheck.o.correct_first.remove": (
        "Examinator tar bort det attesterade resultatet",
        "The examiner removes the certified result",
    ),
    "selfcheck.x.correct_first": (
        "Ett attesterat resultat kan inte skrivas över: det tas först bort, och sedan rapporteras det rätta "
        "som ett nytt resultat. {consequence}",
        "A certified result cannot be overwritten: it is removed first, and the right one is then reported as "
        "a new result. {consequence}",
    ),
    "selfcheck.q.who_decides": (
        "Vem beslutar om rättelse eller omprövning av ett attesterat betyg?",
        "Who decides on a correction or a reconsideration of a certified grade?",
    ),
    "selfcheck.o.who_decides.admin": (
        "Studieadministrationen, som gör ändringen i Ladok",
        "The study administration, which makes the change in Ladok",
    ),
    "selfcheck.o.who_decides.examiner": ("Examinator", "The examiner"),
    "selfcheck.o.who_decides.student": ("Studenten, genom att begära det", "The student, by asking for it"),
    "selfcheck.x.who_decides": (
        "Det är alltid examinator som beslutar. Studieadministrationen kan förbereda ett borttag i Ladok, men "
        "beslutet är examinators.",
        "It is always the examiner who decides. The study administration may prepare a removal in Ladok, but the "
        "decision is the examiner's.",
    ),
    # a blank paper, and nothing handed in
    "selfcheck.q.blank_paper": (
        "{name} lämnade in ett tomt papper på tentamen {date}, med bara försättsbladet ifyllt. Vad rapporterar du?",
        "{name} handed in a blank paper at the exam on {date}, with only the cover sheet filled in. What do you "
        "report?",
    ),
    "selfcheck.q.nothing_handed_in": (
        "{name} var anmäld till tentamen {date} men lämnade inte in något alls. Vad rapporterar du?",
        "{name} was signed up for the exam on {date} but handed in nothing at all. What do you report?",
    ),
    "selfcheck.o.report_what.module": ("U på {module}, med tentamens datum", "U on {module}, with the exam's date"),
    "selfcheck.o.report_what.nothing": ("Inget", "Nothing"),
    "selfcheck.o.report_what.course": ("U som betyg på hel kurs", "U as the grade on the whole course"),
    "selfcheck.x.blank_paper": (
        "Ett tomt papper är något att bedöma, så det får ett underkänt betyg på modulen. Ett underkänt betyg "
        "rapporteras aldrig på hel kurs.",
        "A blank paper is something to assess, so it gets a failing grade on the module. A failing grade is never "
        "reported on the whole course.",
    ),
    "selfcheck.x.nothing_handed_in": (
        "Den som inte har lämnat in något alls får inget betyg, eftersom det inte finns något att bedöma. Ladok "
        "hindrar dig inte från att rapportera U, så det är ditt omdöme som gäller.",
        "Someone who handed in nothing at all gets no grade, since there is nothing to assess. Ladok does not stop "
        "you from reporting U, so it is your judgement that counts.",
    ),
    # notifying, signing, where results wait
    "selfcheck.q.notify": (
        "Läraren ska klarmarkera resultatet för {name} på {module}. Vem väljer läraren under {notify}?",
        "The teacher is to mark the result of {name} on {module} as ready. Whom does the teacher choose under "
        "{notify}?",
    ),
    "selfcheck.o.notify.admin": (
        "Studieadministratören, som håller koll på fristerna",
        "The study administrator, who keeps track of the deadlines",
    ),
    "selfcheck.o.notify.self": ("Sig själv, som en påminnelse", "Themselves, as a reminder"),
    "selfcheck.o.notify.examiner": ("Kursens examinator", "The course's examiner"),
    "selfcheck.x.notify": (
        "Den som aviseras får ett e-postmeddelande om att resultat väntar på attestering. {consequence}",
        "Whoever is notified gets an e-mail saying that results wait for certification. {consequence}",
    ),
    "selfcheck.q.sign": (
        "Du klickar på {button}, och Ladok ber dig logga in en gång till. Vad betyder det?",
        "You click {button}, and Ladok asks you to sign in once more. What does it mean?",
    ),
    "selfcheck.o.sign.timeout": (
        "Att sessionen har gått ut, så du loggar in och börjar om",
        "That the session has expired, so you sign in and start again",
    ),
    "selfcheck.o.sign.sign": (
        "Att du skriver under: inloggningen visar att det är du som fattar beslutet",
        "That you are signing: signing in shows that it is you who makes the decision",
    ),
    "selfcheck.o.sign.rights": (
        "Att din behörighet saknas, så du kontaktar supporten",
        "That your authorisation is missing, so you contact support",
    ),
    "selfcheck.x.sign": (
        "Attesteringen är ett beslut, och Ladok kan be dig logga in igen innan det sparas. Det är din underskrift.",
        "Certifying is a decision, and Ladok may ask you to sign in again before it is saved. That is your signature.",
    ),
    "selfcheck.q.waiting": (
        "Studieadministratören har förberett borttag av ett attesterat resultat för {alva}, och läraren har "
        "klarmarkerat ett resultat för {bruno}. Var ser examinator dem?",
        "The study administrator has prepared the removal of a certified result of {alva}, and the teacher has "
        "marked a result of {bruno} as ready. Where does the examiner see them?",
    ),
    "selfcheck.o.waiting.result": (
        "Bara resultatet för {bruno}, eftersom studieadministrationen attesterar borttaget själv",
        "Only the result of {bruno}, since the study administration certifies the removal itself",
    ),
    "selfcheck.o.waiting.both": (
        "Båda, i listan under {certify}, där borttaget är markerat som ett borttag",
        "Both, in the list under {certify}, where the removal is marked as a removal",
    ),
    "selfcheck.o.waiting.none": (
        "Inget av dem, förrän studenterna har fått besked",
        "Neither, until the students have been told",
    ),
    "selfcheck.x.waiting": (
        "Båda väntar under {certify}: resultatet för {bruno} på att attesteras, och borttaget för {alva} på att "
        "borttaget attesteras. På startsidan visar fliken samma lista, och den som har aviserats får också e-post.",
        "Both wait under {certify}: the result of {bruno} to be certified, and the removal for {alva} to have the "
        "removal certified. On the start page the tab shows the same list, and whoever was notified also gets an "
        "e-mail.",
    ),
    # Inspera
    "selfcheck.q.presses": (
        "Bedömningen är bekräftad i Inspera. Vem kan trycka på {button}?",
        "The grading is confirmed in Inspera. Who can press {button}?",
    ),
    "selfcheck.o.presses.examiner": (
        "Bara examinator, som har behörighet att attestera i Ladok",
        "Only the examiner, who holds the authorisation to certify in Ladok",
    ),
    "selfcheck.o.presses.planner": (
        "Den som har rollen ”Planner” på provet i Inspera",
        "Whoever holds the “Planner” role on the test in Inspera",
    ),
    "selfcheck.o.presses.reporter": (
        "Alla som har behörighet att rapportera i Ladok",
        "Everyone with the authorisation to report in Ladok",
    ),
    "selfcheck.x.presses": (
        "Knappen finns i Inspera och visas bara för den som har rollen ”Planner” på provet. Det är en roll i "
        "Inspera, inte en behörighet i Ladok. Vem som trycker enligt rutinen bestäms lokalt.",
        "The button is in Inspera and shows only for whoever holds the “Planner” role on the test. It is a role in "
        "Inspera, not a Ladok authorisation. Who presses it by routine is decided locally.",
    ),
    "selfcheck.q.scale": (
        "Provet i Inspera bedömdes med skalan A–F, men modulen i Ladok har skalan U, G, VG. Du trycker på {button}. "
        "Vad händer?",
        "The test in Inspera was graded on the A–F scale, but the module in Ladok has the scale U, G, VG. You press "
        "{button}. What happens?",
    ),
    "selfcheck.o.scale.drafts": (
        "Betygen kommer in som utkast, och du rättar dem i Ladok",
        "The grades come in as drafts, and you correct them in Ladok",
    ),
    "selfcheck.o.scale.refused": (
        "Betygen kommer inte in, eftersom ett betyg som inte finns på modulens skala inte kan skrivas in",
        "The grades do not come in, since a grade that is not on the module's scale cannot be written in",
    ),
    "selfcheck.o.scale.converted": (
        "Ladok räknar om A–F till modulens skala",
        "Ladok converts A–F to the module's scale",
    ),
    "selfcheck.x.scale": (
        "Provet i Inspera måste ha samma betygsskala som modulen i Ladok. {consequence}",
        "The test in Inspera must use the same grading scale as the module in Ladok. {consequence}",
    ),
    "selfcheck.q.retransfer": (
        "Resultaten är överförda från Inspera, och resultatet för {code} är redan klarmarkerat. En bedömare hittar "
        "ett fel, och betyget för {code} ändras till VG i Inspera. Du trycker på {button} igen. Vad händer med det "
        "klarmarkerade resultatet?",
        "The results have been transferred from Inspera, and the result for {code} is already marked as ready. A "
        "grader finds an error, and the grade for {code} is changed to VG in Inspera. You press {button} again. "
        "What happens to the result marked as ready?",
    ),
    "selfcheck.o.retransfer.updated": ("Det ändras till VG", "It changes to VG"),
    "selfcheck.o.retransfer.left": (
        "Det lämnas orört, och du ändrar det i Ladok: skicka tillbaka det med {unmark} och rätta utkastet",
        "It is left alone, and you change it in Ladok: send it back with {unmark} and correct the draft",
    ),
    "selfcheck.o.retransfer.second": (
        "Ett andra resultat med VG läggs bredvid",
        "A second result with VG is put beside it",
    ),
    "selfcheck.x.retransfer": (
        "En ny överföring uppdaterar bara utkast. Ladok svarar: {engine}",
        "A new transfer updates drafts only. Ladok answers: {engine}",
    ),
    # a student missing from the list, or not registered
    "selfcheck.q.missing_may": (
        "{name} syns inte i rapporteringslistan för {course} {this}. En sökning visar att {name} är registrerad på "
        "{code} {instance}, {where}. Kan du rapportera resultatet på den här kursen?",
        "{name} does not show in the reporting list for {course} {this}. A search shows that {name} is registered "
        "on {code} {instance}, {where}. Can you report the result on this course?",
    ),
    "selfcheck.where.earlier": ("ett tidigare kurstillfälle av samma kurs", "an earlier instance of the same course"),
    "selfcheck.where.other": ("en annan kurskod", "another course code"),
    "selfcheck.q.not_found": (
        "Du söker på personnumret {pnr} för att rapportera ett resultat, och Ladok hittar ingen student. Vad gör du?",
        "You search for the personal identity number {pnr} to report a result, and Ladok finds no student. What do "
        "you do?",
    ),
    "selfcheck.o.not_found.anyway": (
        "Rapporterar ändå, med personnumret inskrivet",
        "Report anyway, with the personal identity number typed in",
    ),
    "selfcheck.o.not_found.check": (
        "Kontrollerar numret och kontaktar studieadministrationen om studenten ändå saknas",
        "Check the number, and contact the study administration if the student is still missing",
    ),
    "selfcheck.o.not_found.instance": ("Rapporterar på ett annat kurstillfälle", "Report on another course instance"),
    "selfcheck.x.not_found": (
        "Kontrollera numret, och kontakta studieadministrationen om studenten ändå saknas. {consequence}",
        "Check the number, and contact the study administration if the student is still missing. {consequence}",
    ),
    "selfcheck.q.unregistered": (
        "{name} gjorde omtentamen men är inte registrerad på kursen den här terminen. Kan resultatet rapporteras?",
        "{name} sat the re-take but is not registered on the course this term. Can the result be reported?",
    ),
    "selfcheck.o.unregistered.always": (
        "Ja, alltid: registreringen spelar ingen roll för resultat",
        "Yes, always: registration does not matter for results",
    ),
    "selfcheck.o.unregistered.local": (
        "Det beror på lärosätet: en del kräver ingen ny registrering för en omtentamen, andra vill att studenten är "
        "registrerad varje termin. Fråga studieadministrationen",
        "It depends on the university: some need no new registration for a re-take, others want the student "
        "registered every term. Ask the study administration",
    ),
    "selfcheck.o.unregistered.never": (
        "Nej, aldrig: den som inte är registrerad den här terminen kan inte få något resultat",
        "No, never: a student not registered this term can get no result",
    ),
    "selfcheck.x.unregistered": (
        "Reglerna skiljer sig mellan lärosätena. Vid ett behöver studenten inte vara omregistrerad för att skriva "
        "tentamen, vid ett annat ska studenten vara registrerad varje termin hen är aktiv, även bara för omtentamen. "
        "Studieadministrationen vet vad som gäller hos er.",
        "The rules differ between universities. At one the student need not be re-registered to sit an exam; at "
        "another the student must be registered every term they are active, even only for a re-take. The study "
        "administration knows what applies to you.",
    ),
    "selfcheck.q.register": (
        "En student har följt kursen men aldrig registrerat sig på den, och läraren kan inte rapportera resultatet. "
        "Vad behövs?",
        "A student has followed the course but never registered on it, and the teacher cannot report the result. "
        "What is needed?",
    ),
    "selfcheck.o.register.register": (
        "Att studenten registreras på kurstillfället, av sig själv eller av institutionen, och sedan kan resultatet "
        "rapporteras",
        "That the student is registered on the course instance, by themselves or by the department, and then the "
        "result can be reported",
    ),
    "selfcheck.o.register.comment": (
        "Att resultatet rapporteras med en kommentar om att registreringen saknas",
        "That the result is reported with a comment saying that the registration is missing",
    ),
    "selfcheck.o.register.next": (
        "Att resultatet rapporteras på nästa termins kurstillfälle",
        "That the result is reported on next term's course instance",
    ),
    "selfcheck.x.register": (
        "Registreringen på kurstillfället kommer före resultatet: utan den går det inte att rapportera. Oftast "
        "registrerar sig studenten själv, och institutionen registrerar den som inte har gjort det.",
        "The registration on the course instance comes before the result: without it nothing can be reported. "
        "Mostly the student registers, and the department registers those who have not.",
    ),
    # the learning platform's route
    "selfcheck.q.draft_next": (
        "Du har fört över betygen från lärplattformen med ett verktyg som lägger dem som utkast på modulen, som "
        "KTH:s ”Överföra till Ladok”. Vad är nästa steg?",
        "You have moved the grades from the learning platform with a tool that puts them as drafts on the module, "
        "such as KTH's “Transfer to Ladok”. What is the next step?",
    ),
    "selfcheck.o.draft_next.certify": ("Examinator attesterar dem", "The examiner certifies them"),
    "selfcheck.o.draft_next.admin": (
        "Studieadministrationen attesterar dem",
        "The study administration certifies them",
    ),
    "selfcheck.o.draft_next.mark": (
        "Läraren klarmarkerar dem och aviserar examinator",
        "The teacher marks them as ready and notifies the examiner",
    ),
    "selfcheck.x.draft_next": (
        "Ett utkast syns inte för studenten och väntar inte hos examinator förrän det är klarmarkerat. {consequence}",
        "A draft is not seen by the student, and does not wait for the examiner until it is marked as ready. "
        "{consequence}",
    ),
    "selfcheck.q.ready_next": (
        "Med den nationella tjänsten ”Resultatrapportering Canvas-Ladok” kommer resultaten från lärplattformen in "
        "klarmarkerade, med tjänstens användare som den som klarmarkerade. Vad är nästa steg?",
        "With the national service “Resultatrapportering Canvas-Ladok” the results come in from the learning "
        "platform marked as ready, with the service's user as the one who marked them. What is the next step?",
    ),
    "selfcheck.o.ready_next.mark": (
        "Läraren klarmarkerar dem igen, i sitt eget namn",
        "The teacher marks them as ready again, in their own name",
    ),
    "selfcheck.o.ready_next.certify": ("Examinator attesterar dem", "The examiner certifies them"),
    "selfcheck.o.ready_next.report": (
        "Läraren rapporterar dem för hand i Ladok",
        "The teacher reports them by hand in Ladok",
    ),
    "selfcheck.x.ready_next": (
        "Under rättad av står den lärare som bedömde, och examinator attesterar som vanligt. {consequence}",
        "Under graded by stands the teacher who graded, and the examiner certifies as usual. {consequence}",
    ),
    "selfcheck.q.order": (
        "Du bedömer i lärplattformen och för över betygen till Ladok därifrån. När publicerar du alla betyg och "
        "kommentarer för studenterna i lärplattformen?",
        "You grade in the learning platform and move the grades to Ladok from there. When do you publish every "
        "grade and comment to the students in the learning platform?",
    ),
    "selfcheck.o.order.before": (
        "Innan kursresultatet attesteras i Ladok, eftersom lärplattformen kan avsluta studentens deltagande när "
        "kursen är klar i Ladok",
        "Before the course result is certified in Ladok, since the learning platform may close the student's "
        "enrolment once the course is complete in Ladok",
    ),
    "selfcheck.o.order.after": ("Först när allt är attesterat i Ladok", "Only once everything is certified in Ladok"),
    "selfcheck.o.order.either": ("Ordningen spelar ingen roll", "The order does not matter"),
    "selfcheck.x.order": (
        "Där lärplattformen följer Ladok markeras studentens deltagande som avslutat när kursresultatet är "
        "attesterat, och sedan går det inte att lägga till betyg eller kommentarer. Publicera därför allt först och "
        "attestera sist.",
        "Where the learning platform follows Ladok, the student's enrolment is marked as completed once the course "
        "result is certified, and after that no grades or comments can be added. So publish everything first and "
        "certify last.",
    ),
    "selfcheck.q.skips": (
        "En student har redan ett klarmarkerat resultat på modulen när du för över betygen från lärplattformen med "
        "KTH:s ”Överföra till Ladok”. Vad händer med den studentens betyg?",
        "A student already has a result marked as ready on the module when you move the grades from the learning "
        "platform with KTH's “Transfer to Ladok”. What happens to that student's grade?",
    ),
    "selfcheck.o.skips.updated": (
        "Det skriver över det klarmarkerade resultatet",
        "It overwrites the result marked as ready",
    ),
    "selfcheck.o.skips.skipped": (
        "Det förs inte över, och ett resultat som redan är klarmarkerat eller attesterat ändrar du i Ladok",
        "It is not moved, and a result already marked as ready or certified you change in Ladok",
    ),
    "selfcheck.o.skips.second": ("Det läggs in som ett andra resultat", "It is added as a second result"),
    "selfcheck.x.skips": (
        "Verktyget hoppar över studenter vars resultat redan är klarmarkerat eller attesterat. Så gör också "
        "överföringen från Inspera, som bara uppdaterar utkast.",
        "The tool skips students whose results are already marked as ready or certified. So does the transfer "
        "from Inspera, which updates drafts only.",
    ),
}
