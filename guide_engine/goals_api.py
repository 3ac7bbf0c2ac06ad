"""The browser's two requests for the self-check's sandbox tasks, answered through `api.handle()`.

- {"op": "task", "task": KEY, "seed": SEED} -> the task's starting state (no guided steps; codes drawn from the
  seed, if given), whom it opens as and what it asks;
- {"op": "goal", "task": KEY, "state": ..., "answer": TEXT} -> whether its goal is met, part by part.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import catalog, goals
from .api import RequestError, _state, seeded
from .stateio import to_json

MAX_ANSWER = 40


def _task(request: dict[str, Any]) -> goals.Task:
    key = request.get("task")
    if not isinstance(key, str) or key not in goals.tasks():
        raise RequestError("malformed_request", detail="task")
    return goals.tasks()[key]


def _op_task(request: dict[str, Any], lang: str) -> dict[str, Any]:
    task = _task(request)
    text = catalog.message(f"task.{task.key}", task.params, lang)
    state = seeded(goals.start(task.key), request)  # with the page's seed, the task's codes are its own too
    return {"ok": True, "state": to_json(state), "guide": None, "actor": task.actor, "text": text}


def _op_goal(request: dict[str, Any], lang: str) -> dict[str, Any]:
    task, answer = _task(request), request.get("answer") or ""
    if not isinstance(answer, str) or len(answer) > MAX_ANSWER:
        raise RequestError("malformed_request", detail="answer")
    met, parts = goals.check(task.key, _state(request), answer)
    return {
        "ok": True,
        "met": met,
        "parts": [{"text": _first_up(catalog.message(k, p, lang)), "done": d} for k, p, d in parts],
    }


def _first_up(text: str) -> str:
    return text[:1].upper() + text[1:]


GOAL_OPS: dict[str, Callable[[dict[str, Any], str], dict[str, Any]]] = {"task": _op_task, "goal": _op_goal}
