"""The sandbox's and the tools' shared interface words: tabs, columns, buttons, the start-up box and its failures,
the reader's saved work.

Key -> (Swedish, English). Folded into `guide_site.texts`; a key defined twice stops the build."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "ui.decision_date": ("Beslutsdatum", "Decision date"),
    "ui.mark_ready": ("Klarmarkera", "Mark as ready"),
    "ui.points": ("Skrivningspoäng", "Examination points"),
    "ui.points_visible": ("Synlig för studenten", "Visible to the student"),
    "ui.annotation": ("Resultatnotering", "Results annotation"),
    "ui.code": ("Anonymiseringskod", "Anonymisation code"),
    "ui.status": ("Status", "Status"),
    "ui.hp": ("hp", "credits"),
    "ui.credits": ("Poäng i Ladok", "Credits in Ladok"),
    "ui.report_results": ("Rapportera", "Report results"),
    "ui.more_functions": ("Övriga funktioner", "More functions"),
    "ui.certify_results": ("Attestera resultat", "Certify results"),
    "ui.results_annotations": ("Resultatnoteringar", "Results annotations"),
    "ui.new_annotation": ("Ny resultatnotering", "New results annotation"),
    "ui.filter_by_status": ("Filtrera resultat på status", "Filter results by status"),
    "ui.filter_ready": ("Klarmarkerade", "Marked as ready"),
    "ui.filter_certified": ("Attesterade", "Certified"),
    "ui.course": ("Kurs", "Course"),
    "ui.course_instance": ("Kurstillfälle", "Course instance"),
    "ui.hidden": ("(dold tills resultatet är attesterat)", "(hidden until the result is certified)"),
    # the sandbox and the tools in the page
    "ui.sandbox_title": ("Övningsmiljö", "Practice sandbox"),
    "ui.starting": ("Startar övningsmiljön …", "Starting the sandbox …"),
    "ui.loading_runtime": (
        "Hämtar övningsmiljön till din webbläsare (steg 1 av 3). Första gången tar det några sekunder.",
        "Fetching the sandbox into your browser (step 1 of 3). The first time takes a few seconds.",
    ),
    "ui.loading_engine": ("Läser in guidens regler (steg 2 av 3) …", "Reading the guide's rules (step 2 of 3) …"),
    "ui.slow_start": (
        "Det tar längre tid än vanligt. Anslutningen kan vara långsam: vänta en stund till eller försök igen.",
        "This is taking longer than usual. The connection may be slow: wait a little longer or try again.",
    ),
    "ui.retry": ("Försök igen", "Try again"),
    "ui.ready": ("Övningsmiljön är redo.", "The sandbox is ready."),
    "ui.start_failed": (
        "Övningsmiljön kunde inte starta. Kontrollera anslutningen och försök igen; genomgången ovan fungerar utan "
        "den.",
        "The sandbox could not start. Check the connection and try again; the walkthrough above works without it.",
    ),
    "ui.module_failed": (
        "Övningsmiljön kunde inte starta. Ladda om sidan och försök igen.",
        "The sandbox could not start. Reload the page and try again.",
    ),
    "ui.reset": ("Börja om", "Start over"),
    "ui.reset_done": ("Övningen började om från början.", "The exercise started again from the beginning."),
    "ui.copy_link": ("Kopiera länk till läget", "Copy a link to this state"),
    "ui.link_copied": (
        "Länken är kopierad. Den öppnar samma läge och steg, på båda språken.",
        "The link is copied. It opens the same state and step, in either language.",
    ),
    "ui.link_label": ("Länk till läget", "Link to this state"),
    "ui.log": ("Logg", "Log"),
    "ui.step_of": ("Steg {n} av {total}", "Step {n} of {total}"),
    "ui.scenario_done": (
        "Klart! Du har gjort alla steg. Pröva gärna vidare på egen hand.",
        "Done! You have taken every step. Feel free to explore further on your own.",
    ),
    "ui.switch_role": ("Byt roll till {role}", "Switch role to {role}"),
    "ui.search_student": ("Sök student på personnummer", "Search for a student by personal identity number"),
    "ui.search": ("Sök", "Search"),
    "ui.name": ("Namn", "Name"),
    "ui.your_results": ("Dina resultat", "Your results"),
    "ui.no_results_yet": ("Inga attesterade resultat ännu.", "No certified results yet."),
    "ui.actions": ("Åtgärder", "Actions"),
    "ui.cancel": ("Avbryt", "Cancel"),
    "ui.bad_link": (
        "Länken kunde inte öppnas: den är ofullständig, skadad eller ändrad. Ditt eget arbete är orört.",
        "The link could not be opened: it is incomplete, damaged or altered. Your own work is untouched.",
    ),
    "ui.link_too_large": (
        "Länken är större än någon länk som guiden skapar och öppnades inte. Ditt eget arbete är orört.",
        "The link is larger than any link the guide makes, and was not opened. Your own work is untouched.",
    ),
    "ui.link_newer": (
        "Länken kommer från en nyare version av guiden. Ladda om sidan för att få den nya versionen; ditt eget "
        "arbete är orört.",
        "The link comes from a newer version of the guide. Reload the page to get the new version; your own work "
        "is untouched.",
    ),
    "ui.link_refused": (
        "Länken innehåller ett läge som guiden inte kan visa, så den öppnades inte. Ditt eget arbete är orört.",
        "The link holds a state the guide cannot show, so it was not opened. Your own work is untouched.",
    ),
    "ui.link_other_exercise": (
        "Länken hör till en annan övning. Ditt arbete här är orört.",
        "The link belongs to another exercise. Your work here is untouched.",
    ),
    "ui.bad_saved": (
        "Ditt sparade läge var skadat och kunde inte öppnas, så övningen börjar om. Det skadade läget finns kvar "
        "i webbläsaren.",
        "Your saved state was damaged and could not be opened, so the exercise starts again. The damaged state is "
        "kept in the browser.",
    ),
    "ui.newer_saved": (
        "Ditt sparade läge kommer från en nyare version av guiden. Det finns kvar i webbläsaren; ladda om sidan "
        "för att fortsätta med det. Här börjar övningen om så länge.",
        "Your saved state comes from a newer version of the guide. It is kept in the browser; reload the page to "
        "go on with it. Meanwhile the exercise starts again here.",
    ),
    "ui.link_loaded": (
        "Du tittar på läget från en länk. Det du gör här sparas inte och ändrar inte ditt eget arbete.",
        "You are looking at the state from a link. What you do here is not saved and leaves your own work as it is.",
    ),
    "ui.back_to_mine": ("Tillbaka till mitt eget arbete", "Back to my own work"),
    "ui.restored": ("Du är tillbaka i ditt eget arbete.", "You are back in your own work."),
    "ui.storage_blocked": (
        "Webbläsaren låter inte guiden spara något, så övningen glöms när du lämnar sidan. Allt annat fungerar.",
        "The browser does not let the guide save anything, so the exercise is forgotten when you leave the page. "
        "Everything else works.",
    ),
    "ui.grades_in_inspera": ("Betyg i Inspera", "Grades in Inspera"),
    "ui.date_hint": ("ÅÅÅÅ-MM-DD", "YYYY-MM-DD"),
    "ui.module_hp": ("{hp} hp, {scale}", "{hp} credits, {scale}"),
    "ui.you_act_as": ("Du agerar som {name}.", "You act as {name}."),
    "ui.no_grade": ("– välj –", "– choose –"),
    "ui.refused": ("Går inte", "That did not work"),
    "ui.done": ("Klart", "Done"),
    "ui.act_as": ("Agera som", "Act as"),
    "ui.view_of": ("Du agerar som {name}", "You act as {name}"),
    "ui.screens": ("Skärmar i Ladok", "Screens in Ladok"),
    "ui.tab_search": ("Sök student", "Find a student"),
    "ui.select_all": ("Markera alla", "Select all"),
    "ui.select_row": ("Välj {name}, {target}", "Choose {name}, {target}"),
    "ui.no_ready": ("Inga resultat väntar på attestering.", "No results are waiting for certification."),
    "ui.nothing_selected": ("Välj minst ett resultat att attestera.", "Choose at least one result to certify."),
    "ui.add_points": ("Skrivningspoäng", "Examination points"),
    "ui.guide": ("Nästa steg", "Next step"),
    "ui.visible_short": ("Synlig", "Visible"),
    "ui.activities": ("Aktivitetstillfällen", "Activity sessions"),
    # The skip link at the top of a practice page, beside the theme's "Skip to content".
    "ui.skip_to_sandbox": ("Hoppa till övningsmiljön", "Skip to the sandbox"),
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
    "ui.storage_full": (
        "Webbläsarens lagring är full, så det du gör i övningen sparas inte just nu. Det finns kvar på sidan tills "
        "du lämnar den och sparas igen så snart det finns plats.",
        "The browser's storage is full, so what you do in the exercise is not being saved. It stays on the page "
        "until you leave it, and is saved again as soon as there is room.",
    ),
    "ui.not_saved.full": ("Inte sparat: webbläsarens lagring är full.", "Not saved: the browser's storage is full."),
    "ui.not_saved.blocked": (
        "Inte sparat: webbläsaren låter inte guiden spara.",
        "Not saved: the browser does not let the guide save.",
    ),
    "ui.not_saved.waiting": (
        "Inte sparat förrän du har valt vilket arbete du vill behålla.",
        "Not saved until you choose which work to keep.",
    ),
    "ui.other_tab_past": (
        "Övningen har ändrats i en annan flik, och den ändringen bygger inte på det du har gjort här. Välj vilket "
        "arbete du vill fortsätta med; det andra sparas undan i webbläsaren.",
        "This exercise was changed in another tab, and that change does not build on what you did here. Choose "
        "which work to go on with; the other is kept aside in the browser.",
    ),
    "ui.other_tab_take": ("Visa arbetet från den andra fliken", "Show the work from the other tab"),
    "ui.other_tab_keep": ("Behåll arbetet i den här fliken", "Keep the work in this tab"),
    "ui.other_tab_taken": (
        "Övningen ändrades i en annan flik, och här visas nu det arbetet.",
        "The exercise was changed in another tab, and this tab now shows that work.",
    ),
    # work kept aside from a newer version of the guide, offered back by a version that reads it (sandbox-work.js)
    "ui.kept_newer": (
        "Arbete som en nyare version av guiden sparade finns undanlagt i webbläsaren, och den här sidan kan öppna "
        "det. Det du har här nu läggs då undan i stället.",
        "Work that a newer version of the guide saved is kept aside in the browser, and this page can open it. What "
        "you have here now is then kept aside instead.",
    ),
    "ui.kept_newer_open": ("Öppna det undanlagda arbetet", "Open the work kept aside"),
    "ui.kept_newer_later": ("Inte nu", "Not now"),
    "ui.kept_newer_opened": (
        "Här är arbetet som var undanlagt. Det du hade innan finns kvar i webbläsaren.",
        "Here is the work that was kept aside. What you had before is kept in the browser.",
    ),
    # the runtime's start (docs/assets/engine.js): a page of an older build than the site now serves
    "ui.other_build": (
        "Guiden har uppdaterats sedan sidan öppnades. Ladda om sidan för att starta övningsmiljön; ditt sparade "
        "arbete finns kvar.",
        "The guide has been updated since this page was opened. Reload the page to start the sandbox; your saved "
        "work is kept.",
    ),
    "ui.reload": ("Ladda om sidan", "Reload the page"),
}

MESSAGES: dict[str, tuple[str, str]] = {}
