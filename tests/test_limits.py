"""The engine's limits reach the browser through `describe()["limits"]` (runtime.json's `rules.limits`), and the
browser glue states none of them again: each limit is the one the engine enforces, and no script in docs/assets
that draws a sandbox or a tool holds its figure."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from guide_engine import all_scenarios, describe, handle
from guide_engine.scenarios import TEACHER
from guide_engine.stateio import to_json
from guide_engine.workflow import act
from guide_site.calendar_table import swedish_table

ASSETS = Path(__file__).resolve().parents[1] / "docs" / "assets"
GLUE = sorted([*ASSETS.glob("sandbox*.js"), *ASSETS.glob("tool*.js"), ASSETS / "ui.js"])
LIMITS = describe()["limits"]
DAY = dt.date(2026, 2, 2)


def literals(source: str) -> tuple[set[float], set[str]]:
    """The numbers and the strings a script writes, leaving out comments and the widths of fields (`size: 12`)."""
    code = re.sub(r"//[^\n]*|/\*.*?\*/", "", source, flags=re.S)
    code = re.sub(r"\bsize:\s*\d+", "", code)
    strings = set(re.findall(r"\"([^\"\\\n]*)\"|'([^'\\\n]*)'", code))
    numbers = {float(n.replace("_", "")) for n in re.findall(r"(?<![\w.$])(\d[\d_]*(?:\.\d+)?)(?![\w.])", code)}
    return numbers, {s for pair in strings for s in pair if s}


def test_no_script_of_the_sandbox_or_the_tools_states_a_limit_of_the_engine() -> None:
    """The comment and points lengths, the request limit, a new part's credits and the codes of a student's own
    parts are read from runtime.json, never written in the glue (a `maxlength: 500` or `P${i + 1}` fails)."""
    figures = {float(LIMITS[k]) for k in ("comment_chars", "points_chars", "request_chars", "new_part_hp")}
    prefixes = {re.sub(r"\d+$", "", code) for code in LIMITS["own_part_codes"]}
    found = {}
    for script in GLUE:
        source = script.read_text(encoding="utf-8")
        numbers, strings = literals(source)
        stated = sorted(figures & numbers) + sorted(s for s in strings if s in LIMITS["own_part_codes"])
        stated += [f"{p}${{" for p in prefixes if f"{p}${{" in source or f'"{p}" +' in source]
        if stated:
            found[script.name] = stated
    assert found == {}
    assert len(GLUE) > 10, "the glue's scripts were found"


def test_the_scan_finds_a_limit_written_in_a_script() -> None:
    """The check above would see a limit if one were written again (as the comment field's `maxlength: 500` was)."""
    numbers, _ = literals('h("input", { type: "text", size: 22, maxlength: 500 }); // 12 in a comment')
    assert numbers == {500.0}


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
