"""The diagnosis's words ("Where is my result?", `diagnosis.py`): key -> (Swedish, English), merged into the catalog
by `catalog._merge_concerns`. The engine names the questions in its refusals and says the causes, dates and messages
itself, so they are here; the tool's buttons are the interface's (guide_site/texts/tools.py)."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # the questions, as the tool asks them and the refusals name them
    "diagnosis.q.part": ("Vilken del gäller det?", "Which part is it about?"),
    "diagnosis.q.exam": ("Dagen för tentamen eller inlämningen", "The day of the exam or the hand-in"),
    "diagnosis.q.retake": (
        "Omtentamen eller nästa inlämningstillfälle (valfritt)",
        "The re-take or the next hand-in date (optional)",
    ),
    "diagnosis.q.course": ("Kursens kod eller namn (valfritt)", "The course's code or name (optional)"),
    "diagnosis.q.shows": ("Vad visar Ladok för den här delen nu?", "What does Ladok show for this part now?"),
    "diagnosis.q.registered": (
        "Är du registrerad på kursen den här terminen?",
        "Are you registered on the course this term?",
    ),
    "diagnosis.q.on_time": (
        "Skrev du tentamen eller lämnade in senast sista dagen?",
        "Did you sit the exam or hand in by the last day?",
    ),
    "diagnosis.q.rest": (
        "Har du lämnat in och fått godkänt på allt annat i samma modul?",
        "Have you handed in and passed everything else in the same module?",
    ),
    "diagnosis.q.graded": (
        "Vet du vilket betyg du har fått, från läraren, lärplattformen eller Inspera?",
        "Do you know your grade, from your teacher, the learning platform or Inspera?",
    ),
    "diagnosis.hint.exam": (
        "Har modulen flera delar: dagen då den sista av dem blev klar.",
        "If the module has several parts: the day the last of them was done.",
    ),
    "diagnosis.hint.rest": (
        "Gäller bara en del som ingår i en modul med flera delar.",
        "Only for a part of a module that has several parts.",
    ),
    "diagnosis.a.yes": ("Ja", "Yes"),
    "diagnosis.a.no": ("Nej", "No"),
    "diagnosis.a.unsure": ("Vet inte", "Not sure"),
    "diagnosis.a.nothing": ("Inget resultat", "No result"),
    "diagnosis.a.result": ("Ett resultat", "A result"),
    # a part of the typical course, inside a sentence (the project has its own name: moment.project)
    "diagnosis.moment": ("moment {m}", "assignment {m}"),
    # the facts as the decision list states them, inside "Om …:" / "If …:"
    "diagnosis.if.shows.result": ("Ladok visar ett resultat för delen", "Ladok shows a result for the part"),
    "diagnosis.if.registered.no": (
        "du inte är registrerad på kursen den här terminen",
        "you are not registered on the course this term",
    ),
    "diagnosis.if.registered.unsure": (
        "du inte vet om du är registrerad den här terminen",
        "you do not know whether you are registered this term",
    ),
    "diagnosis.if.on_time.no": ("du lämnade in efter sista dagen", "you handed in after the last day"),
    "diagnosis.if.alone.no": ("delen är en av flera i en modul", "the part is one of several in a module"),
    "diagnosis.if.rest.no": (
        "något annat i samma modul saknas eller inte är godkänt",
        "something else in the same module is missing or not passed",
    ),
    "diagnosis.if.rest.unsure": (
        "du inte vet om allt annat i modulen är godkänt",
        "you do not know whether everything else in the module is passed",
    ),
    "diagnosis.if.phase.overdue": ("sista dagen för resultatet har passerat", "the last day for the result has passed"),
    "diagnosis.if.graded.yes": ("du vet vilket betyg du har fått", "you know your grade"),
    "diagnosis.list.if": ("Om {conditions}", "If {conditions}"),
    "diagnosis.list.otherwise": ("Annars", "Otherwise"),
    "diagnosis.list.and": ("och", "and"),
    "diagnosis.list.note": ("{conditions} (punkt {items})", "{conditions} (items {items})"),
    # the study administration, as the department's settings name it
    "diagnosis.study_admin.named": ("studieadministrationen ({contact})", "the study administration ({contact})"),
    "diagnosis.study_admin.general": (
        "din institutions studieadministration",
        "your department's study administration",
    ),
    # the CSN rule in words (progress.csn_days): one number, or the fewest and the most
    "diagnosis.csn_rule.one": (
        "{n:arbetsdag|arbetsdagar} efter attesteringen",
        "{n:working day|working days} after certification",
    ),
    "diagnosis.csn_rule.range": (
        "{fewest}–{most} arbetsdagar efter attesteringen",
        "{fewest}–{most} working days after certification",
    ),
}

MESSAGES: dict[str, tuple[str, str]] = {
    # each cause: its headline, why, and what to do
    "diagnosis.cause.shown": (
        "Resultatet är attesterat och syns i Ladok.",
        "The result is certified and shows in Ladok.",
    ),
    "diagnosis.why.shown": (
        "Du ser bara resultat som examinator har attesterat, så det här resultatet är ett beslut.",
        "You see only results that the examiner has certified, so this result is a decision.",
    ),
    "diagnosis.do.shown": (
        "Du behöver inte göra något. Ingår delen i en kurs med flera delar, rapporteras slutbetyget när alla är "
        "godkända.",
        "You need do nothing. If the part belongs to a course with several parts, the final grade is reported once "
        "all of them are passed.",
    ),
    "diagnosis.cause.not_registered": (
        "Du är inte registrerad på kursen den här terminen.",
        "You are not registered on the course this term.",
    ),
    "diagnosis.why.not_registered": (
        "Ett resultat kan rapporteras i Ladok bara när du är registrerad på kursen. Utan registrering kan läraren "
        "inte föra in det, hur klart det än är.",
        "A result can be reported in Ladok only when you are registered on the course. Without a registration the "
        "teacher cannot enter it, however ready it is.",
    ),
    "diagnosis.do.not_registered": (
        "Be om registrering, eller om omregistrering om du läste kursen en tidigare termin. Därefter kan läraren "
        "rapportera resultatet.",
        "Ask to be registered, or re-registered if you took the course in an earlier term. Then the teacher can "
        "report the result.",
    ),
    "diagnosis.cause.handed_in_late": ("Du lämnade in efter sista dagen.", "You handed in after the last day."),
    "diagnosis.why.handed_in_late": (
        "Då får läraren bedöma inlämningen först vid omtentamen eller nästa inlämningstillfälle, och fristen för "
        "resultatet räknas från det tillfället.",
        "The teacher may then grade your work only at the re-take or the next hand-in date, and the deadline for "
        "the result counts from that occasion.",
    ),
    "diagnosis.do.handed_in_late": (
        "Ta reda på när inlämningen bedöms.",
        "Find out when your work will be graded.",
    ),
    "diagnosis.cause.module_incomplete": ("En annan del av modulen saknas.", "Another part of the module is missing."),
    "diagnosis.why.module_incomplete": (
        "En modul rapporteras i Ladok som en helhet, först när allt i den är godkänt. Så länge något saknas syns "
        "ingenting för modulen, och resultaten på de enskilda delarna finns bara i lärplattformen.",
        "A module is reported in Ladok as a whole, only once everything in it is passed. While something is "
        "missing nothing shows for the module, and the results of its parts are only in the learning platform.",
    ),
    "diagnosis.do.module_incomplete": (
        "Ta reda på vad som saknas och när du kan göra det. Fristen räknas från dagen då den sista delen blir klar.",
        "Find out what is missing and when you can do it. The deadline counts from the day the last part is done.",
    ),
    "diagnosis.cause.no_credits_alone": (
        "Den här delen ger inga poäng för sig.",
        "This part gives no credits on its own.",
    ),
    "diagnosis.why.no_credits_alone": (
        "Ladok har ett resultat per modul, inte per uppgift, och en modul rapporteras först när alla dess delar är "
        "godkända.",
        "Ladok holds one result per module, not per assignment, and a module is reported only once all its parts "
        "are passed.",
    ),
    "diagnosis.do.no_credits_alone": (
        "Kontrollera i lärplattformen att alla delar av modulen är godkända. Är de det, gäller datumen ovan, "
        "räknade från dagen då den sista delen blev klar.",
        "Check in the learning platform that every part of the module is passed. If they are, the dates above "
        "hold, counted from the day the last part was done.",
    ),
    "diagnosis.cause.overdue": ("Resultatet är sent.", "The result is late."),
    "diagnosis.why.overdue": (
        "Sista dagen för resultatet enligt institutionens regel har passerat. Resultatet kan ha fastnat i "
        "rättningen, eller vara rättat men inte attesterat.",
        "The last day for the result under the department's rule has passed. The result may be held up in "
        "grading, or be graded but not certified.",
    ),
    "diagnosis.do.overdue": (
        "Hör av dig, till exempel med meddelandet nedan.",
        "Get in touch, for example with the message below.",
    ),
    "diagnosis.cause.awaiting_certification": (
        "Resultatet väntar troligen på attestering.",
        "The result is probably waiting to be certified.",
    ),
    "diagnosis.why.awaiting_certification": (
        "Läraren har rättat, men du ser resultatet först när examinator har attesterat det. Innan dess har det "
        "status {draft} eller {ready}, och det ser bara personalen.",
        "Your teacher has graded it, but you see the result only once the examiner has certified it. Until then "
        "its status is {draft} or {ready}, which only staff see.",
    ),
    "diagnosis.do.awaiting_certification": (
        "Vänta till sista dagen för resultatet. Syns det inte då, kan du skicka meddelandet nedan.",
        "Wait until the last day for the result. If it does not show by then, you can send the message below.",
    ),
    "diagnosis.cause.not_graded_yet": (
        "Resultatet är troligen inte klart än, och det är inom fristen.",
        "The result is probably not ready yet, and it is within the deadline.",
    ),
    "diagnosis.why.not_graded_yet": (
        "Rättning, rapportering och attestering tar tid, och institutionens regel ger {working_days} arbetsdagar "
        "efter examinationen.",
        "Grading, reporting and certification take time, and the department's rule allows {working_days} working "
        "days after the examination.",
    ),
    "diagnosis.do.not_graded_yet": (
        "Vänta till sista dagen för resultatet. Syns det inte då, kan du skicka meddelandet nedan.",
        "Wait until the last day for the result. If it does not show by then, you can send the message below.",
    ),
    "diagnosis.note.check_registration": (
        "Kontrollera också i Ladok att du är registrerad på kursen den här terminen. Utan registrering kan inget "
        "resultat rapporteras.",
        "Check in Ladok, too, that you are registered on the course this term. Without a registration no result "
        "can be reported.",
    ),
    # whom to ask
    "diagnosis.ask.none": ("Du behöver inte fråga någon.", "You need not ask anyone."),
    "diagnosis.ask.later": (
        "Du behöver inte fråga någon än. Syns resultatet inte efter sista dagen, fråga din lärare.",
        "You need not ask anyone yet. If the result does not show after the last day, ask your teacher.",
    ),
    "diagnosis.ask.teacher": (
        "Fråga din lärare, eller kursens examinator.",
        "Ask your teacher, or the course's examiner.",
    ),
    "diagnosis.ask.teacher_then_admin": (
        "Fråga i första hand din lärare eller kursens examinator. Får du inget svar, fråga {study_admin}.",
        "Ask your teacher or the course's examiner first. If you get no answer, ask {study_admin}.",
    ),
    "diagnosis.ask.study_admin": ("Fråga {study_admin}.", "Ask {study_admin}."),
    # the dates
    "diagnosis.date.last_day": (
        "Resultatet ska finnas i Ladok senast {day}.",
        "The result should be in Ladok by {day}.",
    ),
    "diagnosis.date.was_due": (
        "Resultatet skulle ha funnits i Ladok senast {day}.",
        "The result should have been in Ladok by {day}.",
    ),
    "diagnosis.date.by_working_days": (
        "Det är arbetsdag {n} efter examinationen {exam}, enligt institutionens regel.",
        "That is working day {n} after the examination on {exam}, under the department's rule.",
    ),
    "diagnosis.date.by_retake": (
        "Det är minst {days} dagar före omtentamen {retake}, på en arbetsdag; den regeln ger här det tidigare datumet.",
        "That is at least {days} days before the re-take on {retake}, on a working day; here that rule gives the "
        "earlier date.",
    ),
    "diagnosis.date.visible": (
        "Resultatet kan synas för dig från {first} och senast {last}.",
        "The result can show to you from {first}, and by {last} at the latest.",
    ),
    "diagnosis.date.csn": (
        "CSN kan se poängen från {first} och senast {last}.",
        "CSN can see the credits from {first}, and by {last} at the latest.",
    ),
    "diagnosis.date.csn_now": (
        "CSN kan se ett attesterat resultat {rule}, så det här senast {last}.",
        "CSN can see a certified result {rule}, so this one by {last} at the latest.",
    ),
    "diagnosis.date.next_occasion": (
        "Bedöms inlämningen vid tillfället {occasion}, ska resultatet finnas i Ladok senast {day}.",
        "If your work is graded at the occasion on {occasion}, the result should be in Ladok by {day}.",
    ),
    "diagnosis.date.next_unknown": (
        "Fristen räknas då från nästa tillfälle: {working_days} arbetsdagar efter det.",
        "The deadline then counts from the next occasion: {working_days} working days after it.",
    ),
    # the general rules, for the decision list
    "diagnosis.rule.deadline": (
        "Sista dagen för resultatet är {working_days} arbetsdagar efter examinationen, och senast {margin} dagar "
        "före omtentamen.",
        "The last day for the result is {working_days} working days after the examination, and at least {margin} "
        "days before the re-take.",
    ),
    "diagnosis.rule.csn": ("CSN kan se ett attesterat resultat {rule}.", "CSN can see a certified result {rule}."),
    # what the part gives
    "diagnosis.credits.alone": (
        "Den här delen är en egen modul, {module}, med {hp} hp. CSN räknar poängen när resultatet är attesterat "
        "med minst godkänt.",
        "This part is a module of its own, {module}, with {hp} credits. CSN counts them once the result is "
        "certified with at least a pass.",
    ),
    "diagnosis.credits.shared": (
        "Den här delen ({part}) ger inga poäng för sig. Den hör till modulen {module} ({hp} hp) tillsammans med "
        "{others}, och CSN räknar poängen först när hela modulen är godkänd och attesterad.",
        "This part ({part}) gives no credits on its own. It belongs to the module {module} ({hp} credits) together "
        "with {others}, and CSN counts the credits only once the whole module is passed and certified.",
    ),
    # the message a student can send: a greeting, one body per cause, a closing
    "diagnosis.mail.hello": ("Hej!", "Hello,"),
    "diagnosis.mail.bye": ("Vänliga hälsningar\n[ditt namn]", "Best regards\n[your name]"),
    "diagnosis.mail.not_registered": (
        "Jag blev klar med {part}{in_course} den {exam}, men jag är inte registrerad på kursen den här terminen, så "
        "resultatet kan inte rapporteras i Ladok. Kan ni registrera mig, eller hjälpa mig med en omregistrering?",
        "I finished {part}{in_course} on {exam}, but I am not registered on the course this term, so the result "
        "cannot be reported in Ladok. Could you register me, or help me with a re-registration?",
    ),
    "diagnosis.mail.handed_in_late": (
        "Jag lämnade in {part}{in_course} efter sista dagen, den {exam}. När kommer inlämningen att bedömas, och "
        "när kan jag räkna med resultatet i Ladok?",
        "I handed in {part}{in_course} after the last day, on {exam}. When will it be graded, and when can I expect "
        "the result in Ladok?",
    ),
    "diagnosis.mail.module_incomplete": (
        "Jag blev klar med {part}{in_course} den {exam}. Vad saknar jag i modulen {module}, och när kan jag göra det?",
        "I finished {part}{in_course} on {exam}. What is missing for me in the module {module}, and when can I do it?",
    ),
    "diagnosis.mail.no_credits_alone": (
        "Jag blev klar med {part}{in_course} den {exam}, men ser inget resultat för modulen {module} i Ladok. Är "
        "alla delar av modulen godkända för mig?",
        "I finished {part}{in_course} on {exam}, but I see no result for the module {module} in Ladok. Are all "
        "parts of the module passed for me?",
    ),
    "diagnosis.mail.overdue": (
        "Jag blev klar med {part}{in_course} den {exam}. Resultatet syns ännu inte i Ladok, och enligt "
        "institutionens regel skulle det ha funnits där senast {last_day}. Kan du se vad som har hänt?",
        "I finished {part}{in_course} on {exam}. The result does not show in Ladok yet, and under the department's "
        "rule it should have been there by {last_day}. Could you see what has happened?",
    ),
    "diagnosis.mail.awaiting_certification": (
        "Jag blev klar med {part}{in_course} den {exam} och vet mitt betyg, men resultatet syns inte i Ladok. Kan "
        "du se om det väntar på attestering?",
        "I finished {part}{in_course} on {exam} and know my grade, but the result does not show in Ladok. Could "
        "you see whether it is waiting to be certified?",
    ),
    "diagnosis.in_course": ("i {course}", "in {course}"),  # after the part, with a space before
    # refusals: a part, an answer or a text that cannot be read
    "unknown_part": (
        "Delen {part} finns inte i kursen. Välj en av dem som finns: {parts}.",
        "The part {part} is not in the course. Choose one of those it has: {parts}.",
    ),
    "unanswered": (
        "Frågan {question} har inget svar. Välj ett av svaren.",
        "The question {question} has no answer. Choose one of the answers.",
    ),
    "invalid_choice": (
        "{value} är inte ett av svaren på frågan {question}. Välj ett av dem: {allowed}.",
        "{value} is not one of the answers to the question {question}. Choose one of them: {allowed}.",
    ),
    "text_too_long": ("{param} får vara högst {most} tecken lång.", "{param} can be at most {most} characters long."),
    "diagnosis_retake_too_close": (
        "Omtentamen {retake} ligger så nära examinationen {exam} att ingen sista dag för resultatet går att räkna "
        "ut före den. Kontrollera datumet, eller lämna fältet tomt.",
        "The re-take on {retake} is so close to the examination on {exam} that no last day for the result can be "
        "counted before it. Check the date, or leave the field empty.",
    ),
}
