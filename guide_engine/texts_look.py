"""Texts of one concern (look and reach): key -> (Swedish, English), merged into the catalog by
`catalog._merge_concerns`."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # The skip link at the top of a practice page, beside the theme's "Skip to content".
    "ui.skip_to_sandbox": ("Hoppa till övningsmiljön", "Skip to the sandbox"),
}
MESSAGES: dict[str, tuple[str, str]] = {}
