"""The engine's limits reach the browser through `describe()["limits"]` (runtime.json's `rules.limits`): each limit
is the one the engine enforces."""

from __future__ import annotations

import datetime as dt
import json

from guide_engine import all_scenarios, describe, handle
from guide_engine.scenarios import TEACHER
from guide_engine.stateio import to_json
from guide_engine.workflow import act
from guide_site.calendar_table import swedish_table

LIMITS = describe()["limits"]
DAY = dt.date(2026, 2, 2)


def test_the_comment_limit_is_the_one_the_engine_enforces() -> None:
    state = all_scenarios()["written_exam"].start
    target = {"student": "20010101-T001", "target": "TEN1"}
    drafted = act(state, TEACHER, "save_draft", {**target, "grade": "G", "exam_date": "2026-01-15"}, DAY).state
    most = LIMITS["comment_chars"]
    assert act(drafted, TEACHER, "comment", {**target, "comment": "x" * most}, DAY).refusal is None
    refused = act(drafted, TEACHER, "comment", {**target, "comment": "x" * (most + 1)}, DAY).refusal
    assert refused is not None and refused.key == "comment_too_long"


def test_the_points_limit_is_the_one_the_engine_enforces() -> None:
    state = all_scenarios()["written_exam"].start
    params = {"student": "20010101-T001", "target": "TEN1", "grade": "G", "exam_date": "2026-01-15"}
    most = LIMITS["points_chars"]
    assert act(state, TEACHER, "save_draft", {**params, "points": "1" * most}, DAY).refusal is None
    refused = act(state, TEACHER, "save_draft", {**params, "points": "1" * (most + 1)}, DAY).refusal
    assert refused is not None and refused.key == "invalid_points"


def test_the_request_limit_is_the_one_the_engine_enforces() -> None:
    """A shared link inflates to at most this: a request one character longer is refused unread."""
    request = {"op": "view", "state": to_json(all_scenarios()["written_exam"].start), "actor": TEACHER, "pad": ""}
    room = LIMITS["request_chars"] - len(json.dumps(request))
    assert json.loads(handle(json.dumps({**request, "pad": "x" * room})))["ok"] is True
    answer = json.loads(handle(json.dumps({**request, "pad": "x" * (room + 1)})))
    assert answer["error"]["key"] == "request_too_large"


def test_a_students_own_parts_are_known_to_the_engine_by_the_codes_given() -> None:
    """Ticking a student's own part as already visible sends its code; the engine counts that part as certified."""
    structure = [{"name": "A", "hp": "3", "moments": ["1"]}, {"name": "B", "hp": "4", "moments": ["2"]}]
    for index, hp in ((0, 3.0), (1, 4.0)):
        answer = json.loads(handle(json.dumps({"op": "instalments", "structure": structure, "finished": {},
                                               "required_hp": "1", "by": "2026-06-01", "lang": "en",
                                               "calendar": swedish_table(2026, 2026),
                                               "certified": [LIMITS["own_part_codes"][index]]})))
        assert answer["csn"]["certified_hp"] == hp


def test_the_actions_drawn_as_taking_a_result_away_are_those_that_move_it_to_removed() -> None:
    declared = {a["name"]: a for a in describe()["declared"]}
    assert set(LIMITS["destructive"]) == {"delete_draft", "remove", "certify_removal"}
    assert all(to == "removed" for name in LIMITS["destructive"] for _, to in declared[name]["moves"])


def test_a_new_part_starts_as_large_as_the_example_courses_parts() -> None:
    seed = describe()["instalment_structure"]
    assert LIMITS["new_part_hp"] == seed[-1]["hp"]
