"""The self-check's questions on the routes into Ladok: Inspera, a student missing or not registered, the
learning platform.

Key -> (Swedish, English). Folded into `guide_site.texts`; a key defined twice stops the build."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {}

MESSAGES: dict[str, tuple[str, str]] = {
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
