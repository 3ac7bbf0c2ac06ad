"""Reading a request fast without reading it differently: the nesting check gives the depth the bracket-by-bracket
reading gave, and the calendar kept from the last request is used only for an equal table."""

from __future__ import annotations

import json
import re

from hypothesis import example, given
from hypothesis import strategies as st

from guide_engine import handle
from guide_engine.api import nesting_depth
from guide_site.calendar_table import swedish_table

_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def depth_one_by_one(text: str) -> int:
    """The reading nesting_depth replaced: each string and bracket in turn (the largest depth, never cut short)."""
    depth = deepest = 0
    for token in _TOKENS.finditer(text):
        if token.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif token.group() in "]}":
            depth -= 1
    return deepest


@given(st.text(alphabet='[]{}"\\ax,:', max_size=200))
@example('{"a": "\\"[{", "b": [1]}')  # an escaped quote does not end the string: its brackets do not count
@example('}}[[')
def test_the_depth_is_the_one_a_bracket_by_bracket_reading_gives(text: str) -> None:
    """Brackets inside strings (escaped quotes too) do not count; unbalanced and unterminated text is read alike."""
    assert nesting_depth(text) == depth_one_by_one(text)


def test_a_request_s_depth_is_its_deepest_bracket() -> None:
    request = json.dumps({"op": "view", "state": {"students": [{"name": "[[{{"}]}, "calendar": {"days": [[1]]}})
    assert nesting_depth(request) == 4
    assert nesting_depth("") == 0


def test_each_request_counts_with_its_own_calendar_though_the_last_one_is_kept() -> None:
    """Friday 2026-01-30 plus the deadline's working days, with and without a made-up day off in between: the answer
    follows each request's table, also when a request comes again with the table before it."""
    table = swedish_table(2025, 2028)
    with_day_off = {**table, "days": sorted([*table["days"], ["2026-02-03", "holiday", "Påhittad", "Made up"]])}

    def deadline(calendar: dict[str, object]) -> str:
        answer = json.loads(handle(json.dumps({"op": "deadline", "exam": "2026-01-30", "calendar": calendar})))
        assert answer["ok"], answer
        return str(answer["deadline"]["last_day"])

    usual = deadline(table)
    later = deadline(with_day_off)
    assert later > usual
    assert deadline(table) == usual
    assert deadline(json.loads(json.dumps(with_day_off))) == later
