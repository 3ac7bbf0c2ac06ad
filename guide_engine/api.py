"""The browser's entry point: one JSON request in, one JSON answer out, never a traceback.

Requests are objects with an "op". Every answer has "ok"; a refused action comes back as {"ok": false,
"refusal": {...}} with the state untouched, and anything unreadable as {"ok": false, "error": {...}}. A request
over MAX_REQUEST_CHARS is refused before it is parsed, so no input costs more than a bounded amount of work.

A caller that sends the same calendar and settings with every request reads them once (`keep`) and passes what it
kept to `handle`; its requests then name them as "kept" instead of sending them again.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import Any

from . import catalog
from .actions import SEARCHERS
from .calendar import Calendar, Settings, result_deadline
from .describe import describe
from .guide import advance, guide_for
from .inspera import with_seed
from .lateness import late_notes
from .model import State
from .names import Role
from .numbers import parse_date, parse_decimal
from .outcome import Event, Refusal
from .progress import course_from_structure, csn_check, instalments
from .registration import with_registrar
from .scenarios import all_scenarios
from .stateio import MAX_SEED, STATE_FORMAT, MalformedState, NewerFormat, OlderFormat, state_from_json, to_json
from .views import search, view
from .workflow import act

MAX_REQUEST_CHARS = 1_000_000  # about 4,000 students with a result on every module; the sandbox's are far smaller


MAX_DEPTH = 64  # a state is about six levels deep; Python's own limits differ between CPython and Pyodide
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def nesting_depth(text: str) -> int:
    """How deep arrays and objects nest, brackets inside strings not counted; read before parsing, so no parser
    recursion limit (which differs between CPython and Pyodide, and can crash the latter) is ever reached.

    The strings and everything but brackets are taken out by regular expressions and the depth is the largest
    running sum of the brackets left, all in C loops: a request that sends the calendar (25,000 characters) is read
    in a tenth of the time a Python loop over each bracket and string took."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(0, max(accumulate(map(_STEP.__getitem__, brackets)), default=0))


class RequestError(Exception):
    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key, self.params = key, params


@dataclass(frozen=True)
class Kept:
    """The calendar and settings a caller sends once rather than with every request: the sandbox's worker keeps
    them from its start, so an action's request is its state and parameters (the calendar alone was 25,000
    characters, and reading it again was most of an action's time in the engine)."""

    calendar: Calendar
    settings: Settings


def keep(kept_json: str) -> Kept:
    """Read {"calendar": table, "settings": {...}} once, for `handle`. Raises ValueError if either is unreadable."""
    try:
        request = _parse(kept_json)
        return Kept(_calendar(request), _settings(request))
    except RequestError as exc:
        raise ValueError(f"not kept: {exc.params.get('detail', exc.key)}") from None


KEPT = "kept"  # a request's "calendar" or "settings" that names what the caller kept (keep) instead of sending it


def handle(request_json: str, kept: Kept | None = None) -> str:
    """Answer one request. Whatever comes in, a JSON object goes out. With `kept`, a request's "calendar" and
    "settings" may be "kept": those kept are used (without, such a request is malformed)."""
    lang = "sv"
    try:
        request = _parse(request_json)
        if kept is not None:
            request = _with_kept(request, kept)
        lang = request["lang"] if request.get("lang") in catalog.LANGS else "sv"
        op = request.get("op")
        if not isinstance(op, str) or op not in OPS:
            raise RequestError("malformed_request", detail="unknown op")
        answer = OPS[op](request, lang)
    except RequestError as exc:
        if exc.key in ("request_too_large", "malformed_request") and isinstance(request_json, str):
            lang = _edge_language(request_json)  # refused before it was read: its "lang", looked for at either end
        answer = {"ok": False, "error": _sentence(exc.key, exc.params, lang)}
    except Exception as exc:  # the last guard: a bug must still answer in the reader's language, never a traceback
        answer = {"ok": False, "error": _sentence("internal_error", {"detail": type(exc).__name__}, lang)}
    return json.dumps(answer, ensure_ascii=False)


def _with_kept(request: dict[str, Any], kept: Kept) -> dict[str, Any]:
    named = {name: getattr(kept, name) for name in ("calendar", "settings") if request.get(name) == KEPT}
    return {**request, **named} if named else request


_LANG_FIELD = re.compile(r'"lang"\s*:\s*"(sv|en)"')


def _edge_language(request_json: str) -> str:
    """The language of a request too large to parse: its "lang" field, looked for at either end only."""
    found = _LANG_FIELD.search(request_json[:200] + " " + request_json[-200:])
    return found.group(1) if found else "sv"


def _parse(request_json: Any) -> dict[str, Any]:
    if not isinstance(request_json, str):
        raise RequestError("malformed_request", detail="not a text")
    if len(request_json) > MAX_REQUEST_CHARS:
        raise RequestError("request_too_large", size=len(request_json), most=MAX_REQUEST_CHARS)
    if nesting_depth(request_json) > MAX_DEPTH:
        raise RequestError("malformed_request", detail=f"nested deeper than {MAX_DEPTH} levels")
    try:
        request = json.loads(request_json)
    except (ValueError, RecursionError) as exc:
        raise RequestError("malformed_request", detail=f"not JSON ({exc.__class__.__name__})") from None
    if not isinstance(request, dict):
        raise RequestError("malformed_request", detail="not an object")
    return request


def _sentence(key: str, params: dict[str, Any], lang: str) -> dict[str, Any]:
    return {"key": key, "params": params, "text": catalog.message(key, params, lang)}


def _state(request: dict[str, Any]) -> State:
    data = request.get("state")
    try:
        return state_from_json(data)
    except NewerFormat as exc:
        raise RequestError("newer_state_version", detail=exc.detail) from None
    except OlderFormat:
        found = str(data["format"]) if isinstance(data, dict) else ""
        raise RequestError("unsupported_state_version", found=found, expected=str(STATE_FORMAT)) from None
    except MalformedState as exc:  # a format that is not a whole number included: damaged, not newer
        raise RequestError("malformed_state", detail=exc.detail) from None


def _date(request: dict[str, Any], name: str) -> dt.date:
    value = request.get(name)
    day = parse_date(value)
    return _bad(value) if day is None else day


def _bad(value: Any) -> dt.date:
    raise RequestError("invalid_date", value=str(value)[:40])


def _op_describe(request: dict[str, Any], lang: str) -> dict[str, Any]:
    return {"ok": True, "rules": describe(_settings(request))}


def _op_scenario(request: dict[str, Any], lang: str) -> dict[str, Any]:
    """A fresh exercise. With "seed" (the page's own random value), its anonymisation codes are drawn from it; with
    "registration_by", its refusals name who registers as the page's department does; with "actor", its guide is as
    that person may see it (else as the person it opens as)."""
    key = request.get("scenario")
    scenarios = all_scenarios()
    if not isinstance(key, str) or key not in scenarios:
        raise RequestError("unknown_scenario", scenario=str(key)[:40])
    start = localised(seeded(scenarios[key].start, request), request)
    actor = request.get("actor")
    return {"ok": True, "state": to_json(start), "guide": guide_for(start, actor if isinstance(actor, str) else None)}


def localised(state: State, request: dict[str, Any]) -> State:
    """The state with who registers as the page's department says ("registration_by", from mkdocs.yml's
    extra.ladok_local), if the request names it: the exercise's refusals then name them as the pages do."""
    registration_by = request.get("registration_by")
    if registration_by is None:
        return state
    try:
        return with_registrar(state, registration_by if isinstance(registration_by, str) else "")
    except ValueError:
        raise RequestError("malformed_request", detail="registration_by") from None


_SEED = re.compile(rf"[A-Za-z0-9]{{1,{MAX_SEED}}}")  # as a saved state may hold it


def seeded(state: State, request: dict[str, Any]) -> State:
    """The state with the request's seed, if it brings one: a text of letters and digits or a whole number, such as
    the page draws with crypto.getRandomValues. The engine itself draws nothing: without a seed, codes are as always."""
    seed = request.get("seed")
    if seed is None:
        return state
    if isinstance(seed, int) and not isinstance(seed, bool) and 0 <= seed < 2**128:
        seed = str(seed)
    if not isinstance(seed, str) or not _SEED.fullmatch(seed):
        raise RequestError("malformed_request", detail="seed")
    return with_seed(state, seed)


def _op_act(request: dict[str, Any], lang: str) -> dict[str, Any]:
    state = _state(request)
    actor, action, params = request.get("actor"), request.get("action"), request.get("params", {})
    if not isinstance(actor, str) or not isinstance(action, str) or not isinstance(params, dict):
        raise RequestError("malformed_request", detail="actor, action and params are needed")
    today = _date(request, "today")
    outcome = act(state, actor, action, params, today)
    if outcome.refusal is None and request.get("calendar") is not None:
        outcome = replace(
            outcome, events=(*outcome.events, *late_notes(outcome, _calendar(request), _settings(request)))
        )
    if outcome.refusal is not None:
        moved = advance(state, state, actor, action, params, outcome.refusal.key)
        answer = {"ok": False, "refusal": _sentence(outcome.refusal.key, outcome.refusal.params, lang)}
    else:
        moved = advance(state, outcome.state, actor, action, params, "ok")
        answer = {"ok": True, "events": [_event(e, lang) for e in outcome.events]}
    answer.update(state=to_json(moved), guide=guide_for(moved, actor))
    if request.get("view") is True:  # what the actor then sees, so the page needs no second request to redraw
        answer["view"] = view(moved, actor, _options(request), today.isoformat())
    return answer


def _event(event: Event, lang: str) -> dict[str, Any]:
    return _sentence(event.key, event.params, lang)


def _op_view(request: dict[str, Any], lang: str) -> dict[str, Any]:
    state = _state(request)
    seen = view(state, str(request.get("actor")), _options(request), _view_day(request))
    if "error" in seen:
        raise RequestError("unknown_actor", actor=str(request.get("actor")))
    # The state as read: a state of an earlier format comes back upgraded, so the page keeps and draws that one.
    return {"ok": True, "view": seen, "guide": guide_for(state, str(request.get("actor"))), "state": to_json(state)}


def _view_day(request: dict[str, Any]) -> str | None:
    """The day a view is drawn as of (what the day allows on each row), if the request names one."""
    return _date(request, "today").isoformat() if request.get("today") is not None else None


def _options(request: dict[str, Any]) -> dict[str, Any] | None:
    """Which page of each screen the view shows; an odd value means the first. None (no "options" at all) asks for
    every row of the course as well, for callers that page nothing themselves."""
    raw = request.get("options")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        return {}
    allowed = {
        "target",
        "page",
        "query",
        "certify_page",
        "activity",
        "status",
        "activity_page",
        "registration_page",
        "screen",
    }
    return {k: v for k, v in raw.items() if k in allowed and isinstance(v, (str, int)) and not isinstance(v, bool)}


def _op_search(request: dict[str, Any], lang: str) -> dict[str, Any]:
    """A search by personal identity number. With "view": true, what the searcher then sees comes with the answer,
    as with an act (a student found stays in the list), so the page needs no second request to redraw."""
    state = _state(request)
    pnr = request.get("pnr", "")
    if not isinstance(pnr, str) or len(pnr) > 40:
        raise RequestError("malformed_request", detail="pnr")
    person = state.person(str(request.get("actor", "")))
    if person is None or not set(person.roles) & set(SEARCHERS):
        role = person.roles[0] if person else Role.STUDENT
        refusal = Refusal(
            "not_authorised",
            {"role": f"role.{role}", "action": "action.search", "allowed": [f"role.{r}" for r in SEARCHERS]},
        )
        moved = state
        answer = {**_refusal_answer(refusal, lang), "state": to_json(state)}
    else:
        state, found = search(state, pnr)
        moved = advance(state, state, person.id, "search", {"pnr": pnr}, "ok")
        text = catalog.message(f"found.{found['found']}", {**found, "course": state.course.code}, lang)
        answer = {"ok": True, "found": found, "text": text, "state": to_json(moved)}
    answer["guide"] = guide_for(moved, person.id if person else "")
    if person is not None and request.get("view") is True:
        answer["view"] = view(moved, person.id, _options(request), _view_day(request))
    return answer


def _settings(request: dict[str, Any]) -> Settings:
    raw = request.get("settings") or {}
    if isinstance(raw, Settings):  # the one kept (handle)
        return raw
    if not isinstance(raw, dict):
        raise RequestError("malformed_request", detail="settings")
    try:
        return Settings.checked(raw)
    except ValueError:
        raise RequestError("malformed_request", detail="settings") from None


def _calendar(request: dict[str, Any]) -> Calendar:
    """The request's calendar: its table read, or the one kept (handle)."""
    table = request.get("calendar")
    if isinstance(table, Calendar):
        return table
    try:
        return Calendar.from_table(table)
    except ValueError:
        raise RequestError("malformed_request", detail="calendar") from None


def _refusal_answer(refusal: Refusal, lang: str) -> dict[str, Any]:
    return {"ok": False, "refusal": _sentence(refusal.key, refusal.params, lang)}


def _op_deadline(request: dict[str, Any], lang: str) -> dict[str, Any]:
    found = result_deadline(_calendar(request), request.get("exam"), _settings(request), request.get("retake"))
    if isinstance(found, Refusal):
        return _refusal_answer(found, lang)
    return {"ok": True, "deadline": found.to_dict()}


def _op_instalments(request: dict[str, Any], lang: str) -> dict[str, Any]:
    course = all_scenarios()["partial_credits"].start.course
    if request.get("structure") is not None:
        own = course_from_structure(request["structure"])
        if isinstance(own, Refusal):
            return _refusal_answer(own, lang)
        course = own
    finished = request.get("finished") or {}
    certified_list = request.get("certified") or []
    if not isinstance(finished, dict) or not isinstance(certified_list, list):
        raise RequestError("malformed_request", detail="finished or certified")
    plan = instalments(course, finished, _calendar(request), _settings(request))
    if isinstance(plan, Refusal):
        return _refusal_answer(plan, lang)
    names = {m.code: {"sv": m.name_sv, "en": m.name_en} for m in course.modules}
    answer: dict[str, Any] = {
        "ok": True,
        "instalments": [{**i.to_dict(), "name": names[i.module]} for i in plan],
    }
    if request.get("required_hp") not in (None, ""):
        read = parse_decimal(request["required_hp"])
        required = -1.0 if read is None else read
        if not 0 <= required <= 1000:
            return _refusal_answer(
                Refusal(
                    "invalid_number",
                    {
                        "param": catalog.field_name("tool.csn_required"),
                        "minimum": 0,
                        "maximum": 1000,
                        "value": str(request["required_hp"])[:20],
                    },
                ),
                lang,
            )
        certified = {str(c) for c in certified_list}
        answer["csn"] = csn_check(plan, certified, required, _date(request, "by"))
    return answer


OPS = {
    "describe": _op_describe,
    "scenario": _op_scenario,
    "act": _op_act,
    "view": _op_view,
    "search": _op_search,
    "deadline": _op_deadline,
    "instalments": _op_instalments,
}

from .goals_api import GOAL_OPS  # noqa: E402  the self-check's sandbox tasks (task, goal); after OPS, which it extends

OPS.update(GOAL_OPS)

from .diagnosis_api import DIAGNOSIS_OPS  # noqa: E402  "Where is my result?" (diagnose); after OPS, which it extends

OPS.update(DIAGNOSIS_OPS)
