"""The browser's two requests for the self-check's sandbox tasks, answered through `api.handle()`.

- {"op": "task", "task": KEY, "seed": SEED} -> the task's starting state (no guided steps; codes drawn from the
  seed, if given), whom it opens as and its goal's text;
- {"op": "goal", "task": KEY, "state": ..., "answer": TEXT} -> whether its goal is met, part by part: each part's
  text, whether it is done, what stands instead when it is not, and the section of the guide that teaches it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import catalog, goals
from .api import RequestError, _state, localised, seeded
from .stateio import to_json

MAX_ANSWER = 40


def _task(request: dict[str, Any]) -> goals.Task:
    key = request.get("task")
    if not isinstance(key, str) or key not in goals.tasks():
        raise RequestError("malformed_request", detail="task")
    return goals.tasks()[key]


def task_text(key: str, lang: str) -> str:
    return catalog.message(f"task.{key}", goals.text_params(key), lang)


def _op_task(request: dict[str, Any], lang: str) -> dict[str, Any]:
    task = _task(request)
    state = to_json(localised(seeded(goals.start(task.key), request), request))  # the page's seed and registrar
    return {"ok": True, "state": state, "guide": None, "actor": task.actor, "text": task_text(task.key, lang)}


def _op_goal(request: dict[str, Any], lang: str) -> dict[str, Any]:
    task, answer = _task(request), request.get("answer") or ""
    if not isinstance(answer, str) or len(answer) > MAX_ANSWER:
        raise RequestError("malformed_request", detail="answer")
    met, parts = goals.check(task.key, _state(request), answer)
    return {"ok": True, "met": met, "parts": [part_json(p, lang) for p in parts]}


def part_json(part: goals.Part, lang: str) -> dict[str, Any]:
    """A part of a goal as the page shows it: its text, done or not, what stands instead, where to read."""
    now = _first_up(catalog.message(part.now[0], part.now[1], lang)) if part.now else ""
    return {
        "text": _first_up(catalog.message(part.key, part.params, lang)),
        "done": part.met,
        "now": now,
        "section": part.section,
    }


def _first_up(text: str) -> str:
    return text[:1].upper() + text[1:]


GOAL_OPS: dict[str, Callable[[dict[str, Any], str], dict[str, Any]]] = {"task": _op_task, "goal": _op_goal}
