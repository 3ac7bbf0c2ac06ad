"""The one reader of dates and the one reader of decimal numbers that the engine's inputs use."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any


def parse_date(value: Any) -> dt.date | None:
    """An ISO date (YYYY-MM-DD) as a date, or None: never a week date, an ordinal date or an impossible day."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) != 10 or value[4] != "-" or value[7] != "-":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def parse_decimal(value: Any, most_chars: int = 20) -> float | None:
    """A non-negative finite number written with a decimal point or a decimal comma, or None."""
    text = str(value).strip()
    if not text or len(text) > most_chars:
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None


def parse_points(value: Any, most_chars: int) -> str | None:
    """Examination points as Ladok stores them: the number as written, with a decimal point."""
    if parse_decimal(value, most_chars) is None:
        return None
    return str(value).strip().replace(",", ".")
