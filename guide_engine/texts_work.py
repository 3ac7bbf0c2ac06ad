"""Texts of one concern (work): key -> (Swedish, English), merged into the catalog by `catalog._merge_concerns`.

The reader's own work in the sandbox (saving it, a full storage, another tab) and the tools' links."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
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
    "tool.field_missing": ("Fyll i {field}.", "Fill in {field}."),
    "tool.bad_done": (
        "I adressen är done={value} inte moment och datum i par, som done=1:2026-03-20,2:2026-03-27.",
        "In the address, done={value} is not assignments and dates in pairs, such as done=1:2026-03-20,2:2026-03-27.",
    ),
    "tool.repeated_key": (
        "Adressen anger {key} mer än en gång, så guiden vet inte vilket värde som gäller. Ange det en gång.",
        "The address gives {key} more than once, so the guide cannot tell which value holds. Give it once.",
    ),
}
MESSAGES: dict[str, tuple[str, str]] = {}
