"""Sweden's public holidays and eves, from the `holidays` library, as the small table the engine reads.

The browser gets this table (a few kilobytes) instead of the 1.7 MB library.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import holidays

from guide_engine.calendar import Calendar


def swedish_table(first_year: int, last_year: int) -> dict[str, Any]:
    years = range(first_year, last_year + 1)
    names = {}
    for category, kind in (("public", "holiday"), ("de_facto", "eve")):
        sv = holidays.country_holidays("SE", years=years, language="sv", include_sundays=False, categories=(category,))
        en = holidays.country_holidays(
            "SE", years=years, language="en_US", include_sundays=False, categories=(category,)
        )
        for day, name in sv.items():
            names[day] = [day.isoformat(), kind, name, en[day]]
    return {
        "first": dt.date(first_year, 1, 1).isoformat(),
        "last": dt.date(last_year, 12, 31).isoformat(),
        "days": [names[d] for d in sorted(names)],
    }


def swedish_calendar(first_year: int, last_year: int) -> Calendar:
    return Calendar.from_table(swedish_table(first_year, last_year))
