"""Reading a request fast without reading it differently: the nesting check gives the depth the bracket-by-bracket
reading gave, each request counts with its own calendar, and a request that names the calendar and settings its
caller kept (`keep`) is answered as one that sends them."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from guide_engine import Kept, handle, keep
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
@example("}}[[")
def test_the_depth_is_the_one_a_bracket_by_bracket_reading_gives(text: str) -> None:
    """Brackets inside strings (escaped quotes too) do not count; unbalanced and unterminated text is read alike."""
    assert nesting_depth(text) == depth_one_by_one(text)


def test_a_request_s_depth_is_its_deepest_bracket() -> None:
    request = json.dumps({"op": "view", "state": {"students": [{"name": "[[{{"}]}, "calendar": {"days": [[1]]}})
    assert nesting_depth(request) == 4
    assert nesting_depth("") == 0


def test_each_request_counts_with_its_own_calendar() -> None:
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


def test_a_request_naming_what_was_kept_is_answered_as_one_that_sends_it() -> None:
    """The sandbox's worker keeps the calendar and settings from its start and its requests name them "kept": the
    deadline (with a made-up day off and the local rule's 10 working days, so that both are seen to count) is the
    one the request sending them gets, and another kept calendar gives another deadline."""
    table = swedish_table(2025, 2028)
    with_day_off = {**table, "days": sorted([*table["days"], ["2026-02-03", "holiday", "Påhittad", "Made up"]])}
    settings = {"working_days": 10}

    def deadline(request: dict[str, object], kept: Kept | None = None) -> object:
        answer = json.loads(handle(json.dumps({"op": "deadline", "exam": "2026-01-30", **request}), kept))
        assert answer["ok"], answer
        return answer["deadline"]

    sent = deadline({"calendar": with_day_off, "settings": settings})
    kept = keep(json.dumps({"calendar": with_day_off, "settings": settings}))
    assert deadline({"calendar": "kept", "settings": "kept"}, kept) == sent
    assert deadline({"calendar": "kept", "settings": settings}, kept) == sent, "one kept, the other sent"
    assert deadline({"calendar": table, "settings": settings}, kept) != sent, "a calendar sent counts, kept or not"
    other = keep(json.dumps({"calendar": table, "settings": {}}))
    assert deadline({"calendar": "kept", "settings": "kept"}, other) == deadline({"calendar": table})


def test_naming_what_was_not_kept_is_a_malformed_request_and_keep_reads_only_a_calendar() -> None:
    request = json.dumps({"op": "deadline", "exam": "2026-01-30", "calendar": "kept", "lang": "en"})
    answer = json.loads(handle(request))
    assert answer["ok"] is False and answer["error"]["key"] == "malformed_request"
    assert answer["error"]["params"] == {"detail": "calendar"}
    with pytest.raises(ValueError, match="calendar"):
        keep(json.dumps({"calendar": {"days": "no"}, "settings": {}}))
    with pytest.raises(ValueError, match="settings"):
        keep(json.dumps({"calendar": swedish_table(2025, 2026), "settings": {"working_days": "many"}}))
