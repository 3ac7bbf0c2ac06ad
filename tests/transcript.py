"""The shared test scenarios, played through the JSON entry point.

This file runs unchanged in CPython (pytest) and inside Pyodide under Node (tests/node/run_pyodide.mjs), and the
two transcripts must be equal. It imports nothing but the engine and the standard library.
"""

from __future__ import annotations

import json
from typing import Any

from guide_engine import handle


def call(request: dict[str, Any]) -> dict[str, Any]:
    answer: dict[str, Any] = json.loads(handle(json.dumps(request)))
    return answer


def play(key: str, lang: str) -> list[dict[str, Any]]:
    """Every guided step of one scenario, in one language, plus what each role then sees."""
    started = call({"op": "scenario", "scenario": key, "lang": lang})
    state, guide = started["state"], started["guide"]
    rows: list[dict[str, Any]] = []
    for step in guide["steps"]:
        if step["action"] == "search":
            answer = call({"op": "search", "state": state, "actor": step["actor"], "pnr": step["params"]["pnr"],
                           "lang": lang})
        else:
            answer = call({"op": "act", "state": state, "actor": step["actor"], "action": step["action"],
                           "params": step["params"], "today": "2026-02-02", "lang": lang})
        state = answer["state"]
        rows.append({
            "ok": answer["ok"],
            "text": [e["text"] for e in answer.get("events", [])] or answer.get("refusal", {}).get("text")
            or answer.get("text"),
            "step": answer["guide"]["step"],
        })
    for actor in ("t-lea", "e-ebba", "20010101-T001"):
        rows.append(call({"op": "view", "state": state, "actor": actor, "lang": lang})["view"])
    return rows


def bad_requests() -> list[dict[str, Any]]:
    return [
        call({"op": "nope"}),
        json.loads(handle("{not json")),
        json.loads(handle("[1, 2]")),
        call({"op": "act", "state": {"format": 99}, "actor": "x", "action": "certify", "params": {}, "today": "x"}),
        call({"op": "view", "state": {"format": 1, "course": 3}, "actor": "x", "lang": "en"}),
    ]


def deadlines(calendar: dict[str, Any]) -> list[dict[str, Any]]:
    cases = [("2026-03-27", None), ("2026-06-05", None), ("2026-12-11", None), ("2026-12-18", "2027-01-10"),
             ("2026-02-30", None), ("2030-01-01", None), ("2026-05-10", "2026-05-01")]
    return [call({"op": "deadline", "calendar": calendar, "exam": exam, "retake": retake, "lang": "en"})
            for exam, retake in cases]


def timelines(calendar: dict[str, Any]) -> list[dict[str, Any]]:
    finished = {"1": "2026-03-20", "2": "2026-03-27", "3": "2026-05-08", "4": "2026-05-15"}
    own = [{"name": "Lab", "hp": "1,5", "moments": ["a"]}, {"name": "Tenta", "hp": "6", "moments": ["b"]}]
    return [
        call({"op": "instalments", "calendar": calendar, "finished": finished, "required_hp": "5", "by": "2026-06-01",
              "certified": ["DEL1"], "lang": "sv"}),
        call({"op": "instalments", "calendar": calendar, "structure": own, "finished": {"a": "2026-12-11"},
              "lang": "en"}),
        call({"op": "instalments", "calendar": calendar, "structure": [{"hp": "x", "moments": ["a"]}], "lang": "en"}),
    ]


def deep_nesting() -> list[dict[str, Any]]:
    """1,000-, 1,500- and 3,000-deep arrays and objects: the same clear answer in CPython and Pyodide."""
    out = []
    for depth in (1000, 1500, 3000):
        out.append(json.loads(handle('{"op": "view", "lang": "en", "state": ' + "[" * depth + "]" * depth + "}")))
        out.append(json.loads(handle('{"op": "view", "lang": "sv", "x": ' + '{"a": ' * depth + "1" + "}" * depth + "}")))
    return out


def transcript(calendar_json: str) -> str:
    calendar = json.loads(calendar_json)
    scenarios = [s["key"] for s in call({"op": "describe"})["rules"]["scenarios"]]
    out = {
        "scenarios": {f"{key}/{lang}": play(key, lang) for key in scenarios for lang in ("sv", "en")},
        "bad": bad_requests(),
        "deadlines": deadlines(calendar),
        "timelines": timelines(calendar),
        "deep": deep_nesting(),
    }
    return json.dumps(out, ensure_ascii=False, sort_keys=True)
