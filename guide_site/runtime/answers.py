"""What a tool shows before Python has arrived: the engine's own answers, made at build time.

On a slow phone the engine (Pyodide, several megabytes) takes many seconds to start, while a tool's first answer is
one of a few inputs a first visit gives: an exam date near the build's day, the credit timeline's example, a link to
"Where is my result?". For those inputs the build asks the engine here, exactly as the page would
(`api.handle`'s ops, the same request), and writes its answers beside the runtime, one small file per tool:

    {"span": "today", "answers": [answer, ...], "keys": {request: index, or [[first day, last day, index], ...]}}

A request's key is the request as the page sends it, with its keys sorted, less the fields it sends as runtime.json
holds them (`SHARED`: the calendar and the settings, the same build's), and less `span`, the reader's day: an answer
that holds for a span of days is listed with the days it holds for, each day of them asked of the engine. The page
(first-answers.js) looks a request up whole and shows what the engine said; anything else waits for the engine. So
no rule is written twice: the file holds answers, not the means to make them. tests/test_first_answers.py asks the
engine again for every key of every file and compares, in both languages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from guide_engine import api, catalog, describe
from guide_engine.diagnosis import ANSWERS
from guide_engine.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "answers"
SHARED = ("calendar", "settings")  # sent by the page as runtime.json holds them (the same build's)
SPAN = "today"  # the reader's day: an answer holds over a span of them
TOOLS = ("deadline", "credits", "diagnosis")

EXAM_DAYS = 365  # deadlines: every exam day this many days either side of the build's day
TODAY_DAYS = 60  # "Where is my result?": each answer for every reader's day from the build's to this many after
# The credit timeline's example, as its texts give it (tool.bad_done): moments 1 and 2 done.
CREDITS_EXAMPLE = {"1": "2026-03-20", "2": "2026-03-27"}
DIAGNOSIS_EXAMPLE = {
    "part": "3",
    "shows": "nothing",
    "registered": "yes",
    "on_time": "yes",
    "rest": "yes",
    "graded": "no",
}
DIAGNOSIS_EXAM_BEFORE = 14  # the example's exam: this many days before the build's day


def key_of(request: dict[str, Any]) -> str:
    """The request as first-answers.js writes it to look it up (keys sorted, no spaces)."""
    asked = {k: v for k, v in request.items() if k not in SHARED and k != SPAN}
    return json.dumps(asked, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def engine_answer(request: dict[str, Any]) -> dict[str, Any]:
    """What the engine in the page answers to `request`: api.handle's answer, read back from its JSON."""
    answer: dict[str, Any] = json.loads(api.handle(json.dumps(request, ensure_ascii=False)))
    return answer


def _quick_answer(request: dict[str, Any]) -> dict[str, Any]:
    """The same answer without writing the calendar to JSON and reading it back for each request (a build asks
    thousands): the op that handle() calls, and handle() itself for anything that is not a plain answer."""
    try:
        answer = api.OPS[request["op"]](request, request["lang"])
    except Exception:
        return engine_answer(request)
    read: dict[str, Any] = json.loads(json.dumps(answer, ensure_ascii=False))
    return read


def _days(first: dt.date, count: int) -> Iterator[dt.date]:
    return (first + dt.timedelta(days=n) for n in range(count))


def requests(table: dict[str, Any], settings: Settings, day: dt.date, contact: str) -> dict[str, list[dict[str, Any]]]:
    """The requests each tool's file answers, as the tools send them (tool-deadline.js, tool-credits.js,
    tool-diagnosis.js), for the build's day."""
    shared = {"calendar": table, "settings": settings.to_dict()}
    deadline = [
        {"op": "deadline", **shared, "lang": lang, "exam": exam.isoformat(), "retake": None}
        for exam in _days(day - dt.timedelta(days=EXAM_DAYS), 2 * EXAM_DAYS + 1)
        for lang in catalog.LANGS
    ]
    credits = []
    for lang in catalog.LANGS:
        structure = [
            {"name": p["name"][lang], "hp": _hp(p["hp"], lang), "moments": list(p["moments"])}
            for p in describe(settings)["instalment_structure"]
        ]
        for finished in ({}, CREDITS_EXAMPLE):
            credits.append({"op": "instalments", **shared, "lang": lang, "structure": structure, "finished": finished})
    diagnosis = []
    exam = (day - dt.timedelta(days=DIAGNOSIS_EXAM_BEFORE)).isoformat()
    empty = {"part": "", "exam": "", "answers": {q: "" for q in ANSWERS}}
    example = {"part": DIAGNOSIS_EXAMPLE["part"], "exam": exam, "answers": {q: DIAGNOSIS_EXAMPLE[q] for q in ANSWERS}}
    for lang in catalog.LANGS:
        for asked in (empty, example):
            for today in _days(day, TODAY_DAYS + 1):
                fixed = {"op": "diagnose", "lang": lang, "today": today.isoformat(), "retake": None, "course": None}
                diagnosis.append({**fixed, **shared, **asked, "contact": contact or None})
    return {"deadline": deadline, "credits": credits, "diagnosis": diagnosis}


def _hp(value: float, lang: str) -> str:
    """Credits as the form writes them into its field (tool-parts.js hp): a decimal comma in Swedish."""
    text = str(int(value)) if float(value).is_integer() else str(value)
    return text.replace(".", ",") if lang == "sv" else text


def answers_file(asked: list[dict[str, Any]]) -> dict[str, Any]:
    """The file for one tool: each distinct answer once; a key to its answer, or to its answers by spans of days."""
    answers: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    spans: dict[str, list[list[Any]]] = {}
    keys: dict[str, Any] = {}
    for request in asked:
        answer = _quick_answer(request)
        text = json.dumps(answer, sort_keys=True, ensure_ascii=False)
        at = index.setdefault(text, len(answers))
        if at == len(answers):
            answers.append(answer)
        key = key_of(request)
        if SPAN not in request:
            keys[key] = at
            continue
        day = request[SPAN]
        listed = spans.setdefault(key, [])
        following = listed and dt.date.fromisoformat(listed[-1][1]) + dt.timedelta(days=1)
        if listed and listed[-1][2] == at and following and following.isoformat() == day:
            listed[-1][1] = day  # the same answer the day after: the span grows
        else:
            listed.append([day, day, at])
    keys.update(spans)
    return {"span": SPAN, "answers": answers, "keys": keys}


def _spec(asked: list[dict[str, Any]]) -> bytes:
    """The requests as a cache's key: each request's key and day, and the shared values once each (the calendar
    is the same object in every request; written out per request it would be most of a build's time here)."""
    shared: list[Any] = []
    for request in asked:
        for name in SHARED:
            if not any(request.get(name) is seen for seen in shared):
                shared.append(request.get(name))
    keys = [(key_of(request), request.get(SPAN)) for request in asked]
    return json.dumps([shared, keys], sort_keys=True, ensure_ascii=False).encode()


def write_answers(folder: Path, asked: dict[str, list[dict[str, Any]]], cache: Path = CACHE) -> dict[str, Path]:
    """Each tool's file in `folder`, named for its content (answers-TOOL-HASH.json). The answers of the same engine
    to the same requests, asked the same way, are kept in `cache`, so that a build asks only once."""
    sources = [*sorted((ROOT / "guide_engine").glob("*.py")), Path(__file__)]  # the engine, and how it is asked
    engine_source = b"".join(p.read_bytes() for p in sources)
    written = {}
    for tool in TOOLS:
        spec = _spec(asked[tool])
        key = hashlib.sha256(engine_source + b"\0" + spec).hexdigest()[:32]
        kept = cache / f"{key}.json"
        if kept.is_file():
            text = kept.read_text(encoding="utf-8")
        else:
            text = json.dumps(answers_file(asked[tool]), ensure_ascii=False, separators=(",", ":"))
            cache.mkdir(parents=True, exist_ok=True)
            kept.write_text(text, encoding="utf-8")
        digest = hashlib.sha256(text.encode()).hexdigest()[:12]
        path = folder / f"answers-{tool}-{digest}.json"
        path.write_text(text, encoding="utf-8")
        written[tool] = path
    return written
