"""Sentences the pages render around the engine's facts, and the page shown offline.

Key -> (Swedish, English). Folded into `guide_site.texts`; a key defined twice stops the build."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # the page shown for an address not visited before, when there is no network
    "offline.title": ("Ingen anslutning – Ladok-guiden", "No connection – Ladok Guide"),
    "offline.heading": ("Du är inte ansluten till nätet", "You are not connected to the network"),
    "offline.text": (
        "Den här sidan har du inte öppnat tidigare, så den finns inte sparad i webbläsaren. Sidor som du har "
        "besökt fungerar utan nät, liksom deras övningar och verktyg.",
        "You have not opened this page before, so it is not saved in your browser. Pages you have visited work "
        "without a network, and so do their exercises and tools.",
    ),
    "offline.home": ("Till startsidan", "To the home page"),
}

MESSAGES: dict[str, tuple[str, str]] = {
    "doc.eves_days_off": (
        "{eves} räknas inte som arbetsdagar (en lokal inställning)",
        "{eves} are not working days (a local setting)",
    ),
    "doc.eves_working_days": (
        "{eves} räknas som arbetsdagar (en lokal inställning)",
        "{eves} count as working days (a local setting)",
    ),
    "doc.course_grade_first": (
        "Har studenten ett attesterat betyg på hel kurs tas det bort först, med {button} – {who}",
        "If the student has a certified course grade, it is removed first, with {button} – {who}",
    ),
    "doc.permission_marks": (
        "✓ = får göra det, – = får inte, ★ = gör det enligt institutionens rutin. {listed} gäller bara kursens "
        "egen examinator.",
        "✓ = may do it, – = may not, ★ = does it by the department's routine. {listed} are for the course's own "
        "examiner only.",
    ),
    # The ordinance's two ways to change a grade, said once for the examiner's page and the student's (ladok:rule).
    "doc.rule_correction": (
        "Innehåller beslutet en uppenbar felaktighet till följd av ett skrivfel, ett räknefel eller ett liknande "
        "förbiseende, får examinator rätta det. Rättelsen kan gå åt båda hållen, alltså också sänka betyget, men en "
        "sänkning kräver stor försiktighet och att felet är tydligt.",
        "If the decision holds an obvious error caused by a slip in writing, a miscalculation or a similar oversight, "
        "the examiner may correct it. A correction can go either way, so it can lower the grade too, but lowering "
        "it calls for great care and a clear error.",
    ),
    "doc.rule_reconsideration": (
        "Finner examinator att beslutet är uppenbart oriktigt av något annat skäl, till exempel nya omständigheter, "
        "ska det ändras om det kan ske snabbt och enkelt och om betyget inte sänks.",
        "If the examiner finds the decision obviously wrong for another reason, for example new circumstances, it "
        "is to be changed if that can be done quickly and simply and the grade is not lowered.",
    ),
    "doc.lms_apart": (
        "I lärplattformen: knappen nedan finns i kursrummets betygsbok. Den som trycker på den behöver ändå "
        "behörighet att rapportera i Ladok, eftersom verktyget för in resultaten med den behörigheten.",
        "In the learning platform: the button below is in the course room's gradebook. Whoever presses it still needs "
        "the authorisation to report in Ladok, since the tool enters the results with it.",
    ),
    "doc.inspera_apart": (
        "I Inspera, inte i Ladok: knappen nedan är Insperas egen och visas för den som har rollen ”Planner” på "
        "tentamen (”Admin” i Insperas svenska gränssnitt). Det är ingen behörighet i Ladok.",
        "In Inspera, not in Ladok: the button below is Inspera's own and is shown to whoever holds the “Planner” "
        "role on the test. It is not a Ladok authorisation.",
    ),
}
