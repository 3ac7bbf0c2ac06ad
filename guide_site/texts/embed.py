"""The words of the guide inside a learning platform: the embed pages, the box with the frame code on each page that
has a widget, the self-check's SCORM package, and the self-check's words for answers kept by the platform or carried
by a link (their keys start with `selfcheck.` so that the self-check's page takes them in with its own).

Key -> (Swedish, English). Folded into `guide_site.texts`; a key defined twice stops the build."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # the embed pages (guide_site/embed/pages.py, docs/assets/embed.js)
    "embed.open_full": ("Öppna i hela guiden", "Open in the full guide"),
    "embed.note_tool": (
        "Länken till hela guiden tar med det du har fyllt i.",
        "The link to the full guide takes along what you have filled in.",
    ),
    "embed.note_work": (
        "Det du gör här sparas bara i den här ramen: webbläsaren håller en inbäddad sida åtskild från guiden när "
        "den öppnas direkt. Länken till hela guiden tar med ditt arbete dit.",
        "What you do here is kept in this frame only: the browser keeps an embedded page apart from the guide "
        "opened directly. The link to the full guide takes your work along.",
    ),
    "embed.selfcheck_title": ("Testa dig själv", "Check yourself"),
    "embed.tasks": ("Gör det själv i övningsmiljön", "Do it yourself in the sandbox"),
    # the box with the frame code on a page with a widget (guide_site/embed/code.py, docs/assets/embed-code.js)
    "embed.code.summary": ("Bädda in på en annan webbplats", "Embed on another site"),
    "embed.code.text": (
        "Klistra in koden där lärplattformen eller webbplatsen tar emot HTML eller inbäddad kod. Sidan visas då i "
        "en ram utan guidens meny, med en länk som tar med läsarens arbete till hela guiden.",
        "Paste the code where the learning platform or website takes HTML or embedded code. The page then shows in "
        "a frame without the guide's menu, with a link that takes the reader's work along to the full guide.",
    ),
    "embed.code.label": ("Kod för inbäddning", "Code to embed"),
    "embed.code.copy": ("Kopiera koden", "Copy the code"),
    "embed.code.copied": ("Koden är kopierad.", "The code is copied."),
    "embed.code.copy_failed": (
        "Det gick inte att kopiera. Markera koden och kopiera den själv.",
        "It could not be copied. Select the code and copy it yourself.",
    ),
    "embed.code.preview": ("Se sidan som den visas i ramen", "See the page as the frame shows it"),
    "embed.code.scorm": (
        "Testet och uppgifterna finns också som SCORM-paket (SCORM 1.2) att lägga in som en aktivitet i "
        "lärplattformen. Paketet fungerar utan nätanslutning, sparar svaren i lärplattformen och rapporterar "
        "resultat och slutförande dit.",
        "The questions and tasks also come as a SCORM package (SCORM 1.2) to add as an activity in the learning "
        "platform. The package works without a network connection, keeps the answers in the platform and reports "
        "the score and completion to it.",
    ),
    "embed.code.scorm_link": ("Ladda ner SCORM-paketet", "Download the SCORM package"),
    # the SCORM package (guide_site/embed/scorm.py, docs/assets/embed-scorm*.js)
    "embed.scorm.platform": (
        "Dina svar och ditt resultat sparas i lärplattformen.",
        "Your answers and your score are kept by the learning platform.",
    ),
    "embed.scorm.no_platform": (
        "Ingen lärplattform svarar, så svaren sparas bara i den här webbläsaren och inget resultat rapporteras.",
        "No learning platform answers, so the answers are kept in this browser only and no score is reported.",
    ),
    # the self-check's own words for the above (selfcheck.js takes every selfcheck.ui.* and selfcheck.task.* text)
    "selfcheck.ui.stored_platform": (
        "Dina svar sparas i lärplattformen, så de finns kvar nästa gång du öppnar testet.",
        "Your answers are kept by the learning platform, so they are there the next time you open the test.",
    ),
    "selfcheck.ui.not_stored_platform": (
        "Lärplattformen tog inte emot svaren, så de finns kvar bara tills du lämnar sidan.",
        "The learning platform did not take the answers, so they last only until you leave the page.",
    ),
    "selfcheck.ui.full_platform": (
        "Lärplattformen har inte plats för fler svar, så nya svar finns kvar bara tills du lämnar sidan. Svaren du "
        "redan har sparat visas som vanligt.",
        "The learning platform has no room for more answers, so new answers last only until you leave the page. "
        "The answers you saved before are shown as usual.",
    ),
    "selfcheck.ui.tasks_line": ("{met} av {total} klara", "{met} of {total} done"),
    "selfcheck.ui.tasks_topic": ("Uppgifter i övningsmiljön", "Tasks in the sandbox"),
    "selfcheck.ui.linked": (
        "Svaren från länken har lagts till dina. Där du redan hade svarat på samma fråga gäller det senaste svaret.",
        "The answers from the link were added to yours. Where you had already answered the same question, the "
        "latest answer counts.",
    ),
    "selfcheck.ui.bad_link": (
        "Svaren i länken gick inte att läsa, så inget har ändrats.",
        "The answers in the link could not be read, so nothing has changed.",
    ),
    "selfcheck.task.met_on": ("Du nådde målet {date}.", "You met the goal on {date}."),
}

MESSAGES: dict[str, tuple[str, str]] = {}
