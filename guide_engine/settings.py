"""The local rules a department sets in mkdocs.yml (`extra.ladok_rules`), checked by type and range.

The caller passes them in (the build from mkdocs.yml, the browser from runtime.json), never read from a file here.
A wrong value is a `SettingError` naming the key, the value and what is allowed, which stops the build.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import LMS_LANDINGS, REGISTRARS, Routes


class SettingError(ValueError):
    """A local setting of the wrong type or out of range: which key, what value, and what is allowed."""

    def __init__(self, key: str, value: Any, allowed: str) -> None:
        super().__init__(f"{key}: {value!r} is not allowed; {key} must be {allowed}")
        self.key, self.value, self.allowed = key, value, allowed


# key -> (type, least, most, what is allowed, in words). Booleans are not numbers here, and numbers not booleans.
SETTING_RULES: dict[str, tuple[type, int, int, str]] = {
    "working_days": (int, 1, 60, "a whole number of working days from 1 to 60"),
    "eves_are_days_off": (bool, 0, 1, "true or false"),
    "retake_margin_days": (int, 1, 60, "a whole number of days from 1 to 60"),
    # Whether the examination points that come over from Inspera are visible to the student at once (a results
    # annotation the course's teacher can show or hide); a local choice, hidden unless the department says so.
    "inspera_points_visible": (bool, 0, 1, "true or false"),
    # Whether a transfer from the learning platform carries a column's points to Ladok as a results annotation.
    # KTH's Transfer to Ladok moves no examination points; SLU's flows carry results annotations.
    "lms_points": (bool, 0, 1, "true or false"),
    # Whether a student who re-sits must be registered on the course instance of the term (Lund's SOL: every term
    # you are active, re-sits included), or a registration on an earlier instance of the course counts (Uppsala;
    # Stockholm's chemistry department).
    "resit_needs_registration": (bool, 0, 1, "true or false"),
}
# key -> the values it may take, in words as they are written in mkdocs.yml.
SETTING_CHOICES: dict[str, tuple[str, ...]] = {
    # Where a transfer from the learning platform lands in Ladok: the route not in use, as drafts (KTH's Transfer
    # to Ladok), or marked as ready by the integration's user (Sunet's Canvas–Ladok result service).
    "lms_transfer": LMS_LANDINGS,
}
SETTING_KEYS = (*SETTING_RULES, *SETTING_CHOICES)


@dataclass(frozen=True)
class Settings:
    """The local rule, from mkdocs.yml. The staff page's rule is the default: 15 working days after the exam and
    at least two weeks before the re-take. Whether Midsummer, Christmas and New Year's Eve count as days off is
    a local reading, not stated by the sources.

    The learning platform's route defaults to drafts: the only landing state a source confirms at a named university
    in use (KTH's Transfer to Ladok), the one Inspera's route has too, and the safer to teach, since a teacher who
    expects drafts and meets results already marked as ready loses nothing, while one who expects them ready and
    meets drafts leaves them waiting, unmarked. Points do not move by default (KTH), and a registration on an earlier
    instance of the course counts for a re-sit (Uppsala), as the sandbox's missing-student exercise shows."""

    working_days: int = 15
    eves_are_days_off: bool = True
    retake_margin_days: int = 14
    inspera_points_visible: bool = False
    lms_transfer: str = "draft"
    lms_points: bool = False
    resit_needs_registration: bool = False

    def __post_init__(self) -> None:
        for key, (kind, least, most, allowed) in SETTING_RULES.items():
            value: Any = getattr(self, key)
            wrong_type = type(value) is not kind  # a bool is not a number here, nor a number a bool
            if wrong_type or (kind is int and not least <= getattr(self, key) <= most):
                raise SettingError(key, value, allowed)
        for key, choices in SETTING_CHOICES.items():
            value = getattr(self, key)
            if not isinstance(value, str) or value not in choices:
                raise SettingError(key, value, "one of " + ", ".join(choices))

    @classmethod
    def checked(cls, raw: Any) -> Settings:
        """Settings from a mapping, refusing unknown keys and wrong types with a SettingError."""
        if not isinstance(raw, dict):
            raise SettingError("ladok_rules", raw, "a mapping of " + ", ".join(SETTING_KEYS))
        for key in raw:
            if key not in SETTING_KEYS:
                raise SettingError(str(key), raw[key], "one of " + ", ".join(SETTING_KEYS))
        return cls(**raw)

    def to_dict(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in SETTING_KEYS}

    def routes(self, registration_by: str = REGISTRARS[0]) -> Routes:
        """The department's routes as a state holds them, with who registers (a local detail: ladok_local)."""
        return Routes(self.lms_transfer, self.lms_points, self.resit_needs_registration, registration_by)
