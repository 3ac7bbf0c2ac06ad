"""Texts of one concern (sandbox): key -> (Swedish, English), merged into the catalog by `catalog._merge_concerns`."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # the screens' tabs that were not named yet
    "ui.tab_inspera": ("Inspera", "Inspera"),
    # the report screen: search in the list, and its pages
    "ui.search_rows": (
        "Sök i listan: namn, personnummer eller kod",
        "Search the list: name, personal identity number or code",
    ),
    "ui.search_rows_button": ("Sök i listan", "Search the list"),
    "ui.search_empty": (
        "Skriv ett namn, ett personnummer eller en kod att söka på.",
        "Type a name, a personal identity number or a code to search for.",
    ),
    "ui.search_empty_pnr": (
        "Skriv ett personnummer att söka på, med eller utan bindestreck.",
        "Type a personal identity number to search for, with or without its hyphen.",
    ),
    "ui.search_none": ("Ingen rad i listan matchar ”{query}”.", "No row in the list matches “{query}”."),
    "ui.search_found": ("Rader som matchar ”{query}”: {count}.", "Rows matching “{query}”: {count}."),
    "ui.search_clear": ("Visa hela listan", "Show the whole list"),
    "ui.paging": ("Sidor", "Pages"),
    "ui.page_of": ("Sida {n} av {total}, {count} rader", "Page {n} of {total}, {count} rows"),
    "ui.page_prev": ("Föregående sida", "Previous page"),
    "ui.page_next": ("Nästa sida", "Next page"),
    # the certify screen
    "ui.choose_column": ("Välj", "Choose"),
    "ui.concerns": ("Avser", "Concerns"),
    "ui.notified": ("Avisering", "Notification"),
    "ui.awaits.certify": ("Klarmarkerat resultat", "Result marked as ready"),
    "ui.awaits.certify_removal": ("Borttag av attesterat resultat", "Removal of a certified result"),
    "ui.notified_you": ("Aviserat till dig", "Notified to you"),
    "ui.notified_other": ("Inte aviserat till dig", "Not notified to you"),
    "ui.confirm_button.certify": ("Attestera resultat", "Certify results"),
    "ui.confirm_button.certify_removal": ("Attestera borttag", "Certify removal"),
    "ui.confirm_text.certify": (
        "Du attesterar {n} resultat. Det är det formella beslutet, och studenterna ser resultaten direkt efteråt.",
        "Results to certify: {n}. This is the formal decision, and the students see the results at once.",
    ),
    "ui.confirm_text.certify_removal": (
        "Du attesterar borttag av {n} resultat. Resultaten tas bort ur Ladok när du bekräftar.",
        "Removals to certify: {n}. The results leave Ladok when you confirm.",
    ),
    "ui.not_listed_title": ("Inte klart för attestering", "Not ready for certification"),
    "ui.not_listed_note": (
        "Bara klarmarkerade resultat väntar här på attestering. De här resultaten är utkast och står därför inte i "
        "listan ovan:",
        "Only results marked as ready wait here for certification. These results are drafts, so they are not in the "
        "list above:",
    ),
    "ui.change_before_certify": (
        "Du kan ändra betyg eller examinationsdatum på en rad innan du attesterar, eller skicka tillbaka raden med "
        "Ta bort klarmarkering och en kommentar.",
        "You can change the grade or the examination date of a row before certifying, or send the row back with "
        "Remove ready mark and a comment.",
    ),
    # the activity session's own certify view
    "ui.activity_certify": ("Attestera på aktivitetstillfället", "Certify on the activity session"),
    "ui.activity_of": (
        "{activity}: {target}, {date}, {count} studenter",
        "{activity}: {target}, {date}, {count} students",
    ),
    "ui.no_activities": ("Inga aktivitetstillfällen ännu.", "No activity sessions yet."),
    "ui.no_rows_with_status": ("Inga resultat med den statusen.", "No results with that status."),
    "ui.filter_all": ("Alla", "All"),
    "ui.create_activity": ("Nytt aktivitetstillfälle", "New activity session"),
    # Inspera's own screen
    "ui.inspera_title": ("Inspera: prov och bedömning", "Inspera: tests and grading"),
    "ui.inspera_test": ("Prov {activity}: {target}, {date}", "Test {activity}: {target}, {date}"),
    "ui.inspera_points": ("Poäng i Inspera", "Points in Inspera"),
    "ui.no_inspera": (
        "Här finns inget prov att överföra från. Provet kopplas till ett aktivitetstillfälle i Ladok, och den som "
        "överför behöver rollen planerare i Inspera.",
        "There is no test to transfer from here. The test is linked to an activity session in Ladok, and whoever "
        "transfers needs the planner role in Inspera.",
    ),
    "ui.points_hidden": (
        "Poängen följer med till Ladok som resultatnotering, dold för studenten enligt institutionens inställning.",
        "The points come over to Ladok as a results annotation, hidden from the student as the department has set it.",
    ),
    "ui.points_shown": (
        "Poängen följer med till Ladok som resultatnotering, synlig för studenten enligt institutionens inställning.",
        "The points come over to Ladok as a results annotation, visible to the student as the department has set it.",
    ),
    "ui.inspera_grades_kept": (
        "Betygen är satta i Inspera och står kvar här; en ny överföring uppdaterar utkasten i Ladok.",
        "The grades are set in Inspera and stay here; another transfer updates the drafts in Ladok.",
    ),
}
MESSAGES: dict[str, tuple[str, str]] = {}
