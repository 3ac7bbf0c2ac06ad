"""The tools' words: the deadline calculator and the credit timeline (their fields, answers and notes).

Key -> (Swedish, English). Folded into `guide_site.texts`; a key defined twice stops the build."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # the two tools: deadline calculator and credit timeline
    # a tool's start-up, as the sandbox's (ui.*) but naming the tool
    "tool.starting": ("Startar verktyget …", "Starting the tool …"),
    "tool.loading_runtime": (
        "Hämtar verktyget till din webbläsare (steg 1 av 3). Första gången tar det några sekunder.",
        "Fetching the tool into your browser (step 1 of 3). The first time takes a few seconds.",
    ),
    "tool.ready": ("Verktyget är redo.", "The tool is ready."),
    "tool.start_failed": (
        "Verktyget kunde inte starta. Kontrollera anslutningen och försök igen; texten på sidan gäller utan det.",
        "The tool could not start. Check the connection and try again; the text on this page holds without it.",
    ),
    "tool.module_failed": (
        "Verktyget kunde inte starta. Ladda om sidan och försök igen.",
        "The tool could not start. Reload the page and try again.",
    ),
    "tool.deadline_title": ("Räkna ut sista dag för resultat", "Work out the last day for results"),
    "tool.exam_date": ("Tentamensdatum", "Exam date"),
    "tool.retake_date": ("Omtentamen (valfritt)", "Re-take (optional)"),
    "tool.calculate": ("Räkna ut", "Calculate"),
    "tool.last_day": ("Sista dag för resultat: {day}.", "Last day for results: {day}."),
    "tool.by_working_days": ("Arbetsdag {n} efter tentamen: {day}.", "Working day {n} after the exam: {day}."),
    "tool.by_retake": (
        "Senast {days} dagar före omtentamen, på en arbetsdag: {day}.",
        "At least {days} days before the re-take, on a working day: {day}.",
    ),
    "tool.governs": ("{rule} styr.", "{rule} governs."),
    "tool.moved_by": ("Lediga dagar som flyttade datumet: {days}.", "Days off that moved the date: {days}."),
    "tool.moved_by_none": ("Ingen helgdag eller afton låg i vägen.", "No holiday or eve was in the way."),
    "tool.credits_title": ("Din tidslinje för poängen", "Your timeline for the credits"),
    "tool.part_name": ("Del", "Part"),
    "tool.part_moments": ("Moment som krävs, med kommatecken emellan", "Assignments required, separated by commas"),
    "tool.add_part": ("Lägg till en del", "Add a part"),
    "tool.remove_part": ("Ta bort delen", "Remove the part"),
    "tool.your_moments": ("Dina moment", "Your assignments"),
    "tool.moment": ("Moment {m}", "Assignment {m}"),
    "tool.finished": ("Klart", "Done"),
    "tool.finished_on": ("Klart den", "Done on"),
    "tool.already_visible": ("Syns redan i Ladok", "Already visible in Ladok"),
    "tool.csn": ("Krav från CSN (valfritt)", "A requirement from CSN (optional)"),
    "tool.csn_by": ("I Ladok senast den", "In Ladok by"),
    "tool.show": ("Visa tidslinjen", "Show the timeline"),
    "tool.part_missing": (
        "{name}: rapporteras när allt är klart. Kvar: {missing}.",
        "{name}: reported once all is done. Left: {missing}.",
    ),
    "tool.part_done": ("{name} ({hp} hp), klart {day}", "{name} ({hp} credits), done {day}"),
    "tool.step_when": ("{step}: {earliest} till {latest}", "{step}: {earliest} to {latest}"),
    "tool.final_grade": (
        "Slutbetyget på kursen rapporteras när alla delar är godkända, i samma takt som den sista delen.",
        "The final grade on the course is reported once every part is passed, at the pace of the last part.",
    ),
    "tool.csn.met": (
        "Du har redan {have} hp i Ladok, så kravet på {required} hp är uppfyllt.",
        "You already have {have} credits in Ladok, so the requirement of {required} credits is met.",
    ),
    "tool.csn.on_time": (
        "Med det som är på väg når du {required} hp senast {by}, även om varje steg tar sin längsta tid.",
        "With what is on its way you reach {required} credits by {by}, even if every step takes its longest.",
    ),
    "tool.csn.maybe": (
        "Du kan nå {required} hp till {by}, men bara om allt går fort. Räkna inte med det: lämna in tidigare "
        "eller tala med din lärare.",
        "You may reach {required} credits by {by}, but only if everything goes fast. Do not count on it: hand "
        "in earlier or talk to your teacher.",
    ),
    "tool.csn.short": (
        "Med det du har klart når du inte {required} hp till {by}.",
        "With what you have done you do not reach {required} credits by {by}.",
    ),
    "tool.field_missing": ("Fyll i {field}.", "Fill in {field}."),
    "tool.bad_done": (
        "I adressen är done={value} inte moment och datum i par, som done=1:2026-03-20,2:2026-03-27.",
        "In the address, done={value} is not assignments and dates in pairs, such as done=1:2026-03-20,2:2026-03-27.",
    ),
    "tool.repeated_key": (
        "Adressen anger {key} mer än en gång, så guiden vet inte vilket värde som gäller. Ange det en gång.",
        "The address gives {key} more than once, so the guide cannot tell which value holds. Give it once.",
    ),
    # "Where is my result?" (docs/assets/tool-diagnosis.js); its questions and answers are the engine's
    "tool.diagnosis_title": ("Var är mitt resultat?", "Where is my result?"),
    "tool.diagnosis_choose": ("Välj en del", "Choose a part"),
    "tool.diagnosis_parts": (
        "Kursens delar, om din kurs är uppdelad på ett annat sätt",
        "The course's parts, if your course is divided differently",
    ),
    "tool.diagnosis_show": ("Visa svaret", "Show the answer"),
    "tool.diagnosis_problems": ("Något behöver rättas", "There is a problem"),
    "tool.diagnosis_message": ("Ett meddelande du kan skicka", "A message you can send"),
    "tool.diagnosis_other_language": ("Samma meddelande på engelska", "The same message in Swedish"),
    "tool.diagnosis_copy": ("Kopiera meddelandet", "Copy the message"),
    "tool.diagnosis_copied": ("Meddelandet är kopierat.", "The message is copied."),
    "tool.diagnosis_copy_failed": (
        "Det gick inte att kopiera. Markera texten och kopiera den själv.",
        "It could not be copied. Select the text and copy it yourself.",
    ),
    "tool.diagnosis_link": (
        "Adressen till sidan visar nu det här svaret, så du kan skicka den vidare.",
        "The page's address now opens this answer, so you can pass it on.",
    ),
    "tool.diagnosis_bad_parts": (
        "I adressen är parts={value} inte delar skrivna som namn:hp:moment,moment med semikolon emellan, som "
        "parts=labb:1,5:labb1,labb2;tenta:6:tenta.",
        "In the address, parts={value} is not parts written as name:hp:assignment,assignment separated by "
        "semicolons, such as parts=lab:1.5:lab1,lab2;exam:6:exam.",
    ),
}

MESSAGES: dict[str, tuple[str, str]] = {}
