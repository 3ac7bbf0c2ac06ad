"""The browser's request for "Where is my result?", answered through `api.handle()`:

{"op": "diagnose", "lang", "calendar", "settings", "today", "part", "exam", "retake"?, "answers": {question: answer},
 "structure"?: [{"name", "hp", "moments"}], "course"?: text, "contact"?: the study administration's contact}

-> {"ok": true, "diagnosis": {...the facts and dates...}, "answer": {...the words, in the reader's language...}}
or {"ok": false, "refusal": the first problem, "problems": [{"field", "key", "params", "text"}, ...]}: every field
that cannot be read is named at once, each with its field, so the page can say it beside the field and in a summary.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import catalog
from .api import RequestError, _calendar, _date, _settings
from .calendar import as_date
from .catalog import LANGS
from .diagnosis import ANSWERS, NOT_ASKED_WHEN_ALONE, Case, diagnose, module_of, parts_of
from .diagnosis_words import explain
from .model import Course
from .outcome import Refusal
from .progress import course_from_structure
from .scenarios import SEED

MAX_COURSE = 80  # a course's code or name, as the message names it
MAX_CONTACT = 120  # as guide_site.config allows for study_admin_contact
# Which field a refusal from the dates concerns, so that the page can say it beside that field.
FIELD_OF = {
    "exam_date_in_future": "exam",
    "exam_after_retake": "retake",
    "diagnosis_retake_too_close": "retake",
    "unknown_part": "part",
}


def _problem(field: str, refusal: Refusal, lang: str) -> dict[str, Any]:
    return {
        "field": field,
        "key": refusal.key,
        "params": refusal.params,
        "text": catalog.message(refusal.key, refusal.params, lang),
    }


def _text(request: dict[str, Any], name: str, most: int) -> str | None:
    """A plain text of at most `most` characters ("" when not given), or None when it is too long."""
    value = request.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RequestError("malformed_request", detail=name)
    return value.strip() if len(value.strip()) <= most else None


def _course(request: dict[str, Any]) -> Course | Refusal:
    if request.get("structure") is None:
        return SEED
    return course_from_structure(request["structure"])


def _answers(raw: Any, alone: bool | None) -> tuple[dict[str, str], list[tuple[str, Refusal]]]:
    """The answers that can be read, and a refusal for each question without a readable one. `rest` is not needed
    for a part that is a module of its own (or when the part itself cannot be read)."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise RequestError("malformed_request", detail="answers")
    answers, problems = {}, []
    for question, allowed in ANSWERS.items():
        value = raw.get(question)
        name = catalog.field_name(f"diagnosis.q.{question}")
        if value in (None, ""):
            if question != NOT_ASKED_WHEN_ALONE or alone is False:
                problems.append((question, Refusal("unanswered", {"question": name})))
        elif value not in allowed:
            choices = {code: ", ".join(catalog.label(f"diagnosis.a.{a}", code) for a in allowed) for code in LANGS}
            problems.append(
                (question, Refusal("invalid_choice", {"value": str(value)[:40], "question": name, "allowed": choices}))
            )
        else:
            answers[question] = value
    return answers, problems


def _op_diagnose(request: dict[str, Any], lang: str) -> dict[str, Any]:
    calendar, settings, today = _calendar(request), _settings(request), _date(request, "today")
    contact = _text(request, "contact", MAX_CONTACT)  # from the page's settings, not from the reader
    if contact is None:
        raise RequestError("malformed_request", detail="contact")
    problems: list[tuple[str, Refusal]] = []
    course = _course(request)
    part = request.get("part")
    alone: bool | None = None
    if isinstance(course, Refusal):
        problems.append(("structure", course))
    elif part in (None, ""):
        problems.append(("part", Refusal("missing_param", {"param": catalog.field_name("diagnosis.q.part")})))
    else:
        module = module_of(course, str(part)[:80])
        if module is None:
            problems.append(
                ("part", Refusal("unknown_part", {"part": str(part)[:40], "parts": ", ".join(parts_of(course))}))
            )
        else:
            alone = len(module.moments or (module.code,)) == 1
    exam = as_date(request.get("exam")) if request.get("exam") not in (None, "") else None
    if exam is None:
        problems.append(("exam", Refusal("missing_param", {"param": catalog.field_name("diagnosis.q.exam")})))
    elif isinstance(exam, Refusal):
        problems.append(("exam", exam))
    retake = as_date(request["retake"]) if request.get("retake") not in (None, "") else None
    if isinstance(retake, Refusal):
        problems.append(("retake", retake))
    answers, unanswered = _answers(request.get("answers"), alone)
    problems += unanswered
    course_name = _text(request, "course", MAX_COURSE)
    if course_name is None:
        name = catalog.field_name("diagnosis.q.course")
        problems.append(("course", Refusal("text_too_long", {"param": name, "most": MAX_COURSE})))
    if problems:
        return _refused(problems, lang)
    assert not isinstance(course, Refusal) and not isinstance(exam, Refusal) and exam is not None
    assert not isinstance(retake, Refusal) and isinstance(course_name, str)
    found = diagnose(course, Case(str(part), answers, exam, retake, today), calendar, settings)
    if isinstance(found, Refusal):
        field = FIELD_OF.get(found.key, "exam")
        if retake is not None and found.params.get("value") == retake.isoformat():
            field = "retake"  # a day outside the calendar: the re-take's
        return _refused([(field, found)], lang)
    return {"ok": True, "diagnosis": found.to_dict(), "answer": explain(found, settings, lang, course_name, contact)}


def _refused(problems: list[tuple[str, Refusal]], lang: str) -> dict[str, Any]:
    listed = [_problem(field, refusal, lang) for field, refusal in problems]
    first = {k: listed[0][k] for k in ("key", "params", "text")}
    return {"ok": False, "refusal": first, "problems": listed}


DIAGNOSIS_OPS: dict[str, Callable[[dict[str, Any], str], dict[str, Any]]] = {"diagnose": _op_diagnose}
