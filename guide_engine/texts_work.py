"""Texts of one concern (work): key -> (Swedish, English), merged into the catalog by `catalog._merge_concerns`."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {}
MESSAGES: dict[str, tuple[str, str]] = {}
