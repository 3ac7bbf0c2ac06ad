"""A department's own details, set in mkdocs.yml under `extra.ladok_local`, and the rules under `extra.ladok_rules`.

The source pages name a system for authorisations, an address for the study administration, a local routine for
Inspera transfers and who registers students. The guide generalises them away; a department that adopts it puts them
back here, and both languages name them. Every value is checked by type and range, and a wrong one stops the build
with a message that names the key, the value and what is allowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from guide_engine import Settings
from guide_engine.model import REGISTRARS
from guide_engine.rules import PERMISSIONS, ROUTINES
from guide_engine.settings import SettingError


class ConfigError(ValueError):
    """A setting in mkdocs.yml that the build will not guess about."""


MAX_TEXT = 120
TRANSFER_ROLES = tuple(r for r in PERMISSIONS["transfer_from_inspera"] if r != "examiner")


@dataclass(frozen=True)
class Local:
    authorisation_system: str = ""  # where staff apply for the Ladok authorisation, for example "Lucat"
    study_admin_contact: str = ""  # how to reach the study administration: an address, a desk, a web form
    inspera_transfer_by: str = ROUTINES["transfer_from_inspera"]  # who transfers Inspera results by routine
    # Who registers students on a course instance, as the pages and refusals name it: "student" (in Ladok for
    # students while web registration is open, the study administration registering those who did not: Lund, LTH,
    # Umeå) or "study_admin" (the study administration registers).
    registration_by: str = REGISTRARS[0]
    selfcheck_topics: tuple[str, ...] = ()  # the self-check's topics (extra.ladok_selfcheck); empty: every topic
    selfcheck_questions: int = 0  # how many questions the self-check shows at most; 0: all of them

    def routines(self) -> dict[str, str]:
        return {**ROUTINES, "transfer_from_inspera": self.inspera_transfer_by, "register": self.registration_by}


_TEXTS = ("authorisation_system", "study_admin_contact")
_CHOICES: dict[str, tuple[str, ...]] = {"inspera_transfer_by": TRANSFER_ROLES, "registration_by": REGISTRARS}


def _plain_text(name: str, value: Any) -> str:
    """A text a page shows as typed (the pages escape it for Markdown and HTML: guide_site/pages/plain.py): one line
    of at most MAX_TEXT characters, with no control characters."""
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > MAX_TEXT:
        raise ConfigError(f"{name}: {value!r} is not allowed; it must be a text of 1 to {MAX_TEXT} characters")
    if any(ord(char) < 32 or ord(char) == 127 for char in value):
        raise ConfigError(
            f"{name}: {value!r} is not allowed; it must be one line of plain text, without line breaks or tabs"
        )
    return value.strip()


def local_from(extra: dict[str, Any]) -> Local:
    raw = extra.get("ladok_local")
    if raw is None:
        return Local()
    if not isinstance(raw, dict):
        raise ConfigError(f"extra.ladok_local: {raw!r} is not allowed; it must be a mapping of settings")
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name = f"extra.ladok_local.{key}"
        if key in _TEXTS:
            values[key] = _plain_text(name, value)
        elif key in _CHOICES:
            if value not in _CHOICES[key]:
                raise ConfigError(f"{name}: {value!r} is not allowed; it must be one of {', '.join(_CHOICES[key])}")
            values[key] = value
        else:
            allowed = ", ".join((*_TEXTS, *_CHOICES))
            raise ConfigError(f"{name}: {value!r} is not a known setting; the settings are {allowed}")
    return Local(**values)


def settings_from(extra: dict[str, Any]) -> Settings:
    raw = extra.get("ladok_rules")
    if raw is not None and not isinstance(raw, dict):
        raise ConfigError(f"extra.ladok_rules: {raw!r} is not allowed; it must be a mapping of settings")
    try:
        return Settings.checked({} if raw is None else raw)
    except SettingError as exc:
        raise ConfigError(
            f"extra.ladok_rules.{exc.key}: {exc.value!r} is not allowed; {exc.key} must be {exc.allowed}"
        ) from None
