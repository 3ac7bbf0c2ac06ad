"""The diagnosis in words, in one language: one student's answer (`explain`) and the whole decision list
(`decision_list`), both read from the same declaration (`diagnosis.CAUSES`, `diagnosis.NOTES`) and texts.

Dates in an answer carry their weekday, as the other tools write them; dates in the message to copy are plain.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import catalog
from .calendar import Settings
from .diagnosis import CAUSES, NOTES, Cause, Condition, Diagnosis
from .model import Module
from .progress import csn_days


def say(key: str, lang: str, **params: Any) -> str:
    return catalog.message(key, params, lang)


def day(date: dt.date, lang: str) -> str:
    return f"{catalog.label(f'weekday.{date.weekday()}', lang)} {date.isoformat()}"


def hp(value: float, lang: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "sv" else text


def joined(items: list[str], lang: str) -> str:
    """ "a, b och c" / "a, b and c"."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {catalog.label('diagnosis.list.and', lang)} " + items[-1]


def part_name(part: str, lang: str) -> str:
    """A part inside a sentence: the typical course's numbered assignments and its project by name, a student's own
    part as they wrote it, quoted."""
    if part == "project":
        return catalog.label("moment.project", lang)
    if part.isdigit():
        return catalog.render(catalog.label("diagnosis.moment", lang), {"m": part}, lang)
    return catalog.quoted(part, lang)


def study_admin(contact: str, lang: str) -> str:
    """The study administration as the department's settings name it (extra.ladok_local.study_admin_contact)."""
    if contact:
        return catalog.render(catalog.label("diagnosis.study_admin.named", lang), {"contact": contact}, lang)
    return catalog.label("diagnosis.study_admin.general", lang)


def csn_rule(lang: str) -> str:
    """When CSN can see a certified result, in words, from the one rule (progress.csn_days)."""
    fewest, most = csn_days()
    if fewest == most:
        return catalog.render(catalog.label("diagnosis.csn_rule.one", lang), {"n": fewest}, lang)
    return catalog.render(catalog.label("diagnosis.csn_rule.range", lang), {"fewest": fewest, "most": most}, lang)


def _general(cause: Cause, settings: Settings, lang: str) -> dict[str, str]:
    """A cause's headline, why, what to do and whom to ask, as they read without one student's dates."""
    labels = {
        "draft": catalog.quoted(catalog.label("state.draft", lang), lang),
        "ready": catalog.quoted(catalog.label("state.ready", lang), lang),
        "working_days": settings.working_days,
    }
    return {
        "title": say(f"diagnosis.cause.{cause.key}", lang),
        "why": say(f"diagnosis.why.{cause.key}", lang, **labels),
        "do": say(f"diagnosis.do.{cause.key}", lang),
    }


def _ask(cause: Cause, contact: str, lang: str) -> str:
    return say(f"diagnosis.ask.{cause.ask}", lang, study_admin=study_admin(contact, lang))


def explain(d: Diagnosis, settings: Settings, lang: str, course: str = "", contact: str = "") -> dict[str, Any]:
    """One student's answer: the cause, why, the dates, what the part gives, what to do, whom to ask, any notes, and
    the message to send in both languages (None where there is nothing to send)."""
    words = _general(d.cause, settings, lang)
    return {
        **words,
        "dates": _dates(d, settings, lang),
        "credits": _credits(d.module, d.part, lang),
        "ask": _ask(d.cause, contact, lang),
        "notes": [say(f"diagnosis.note.{key}", lang) for key in d.notes],
        "message": {code: _message(d, code, course) for code in catalog.LANGS} if d.cause.mail else None,
    }


def _dates(d: Diagnosis, settings: Settings, lang: str) -> list[str]:
    if d.cause.dates == "csn_now":
        assert d.csn is not None
        return [say("diagnosis.date.csn_now", lang, rule=csn_rule(lang), last=day(d.csn.latest, lang))]
    if d.cause.dates == "next_occasion":
        if d.counted is None:
            return [say("diagnosis.date.next_unknown", lang, working_days=settings.working_days)]
        return [
            say(
                "diagnosis.date.next_occasion",
                lang,
                occasion=day(d.counted.exam, lang),
                day=day(d.counted.last_day, lang),
            )
        ]
    if d.cause.dates != "deadline":
        return []
    deadline = d.deadline
    if d.facts["phase"] == "overdue":
        return [say("diagnosis.date.was_due", lang, day=day(deadline.last_day, lang))]
    lines = [say("diagnosis.date.last_day", lang, day=day(deadline.last_day, lang))]
    if deadline.governing == "retake" and deadline.retake is not None:
        lines.append(
            say("diagnosis.date.by_retake", lang, days=settings.retake_margin_days, retake=day(deadline.retake, lang))
        )
    else:
        lines.append(say("diagnosis.date.by_working_days", lang, n=settings.working_days, exam=day(d.exam, lang)))
    if d.visible_from is not None and d.csn is not None:
        lines.append(
            say("diagnosis.date.visible", lang, first=day(d.visible_from, lang), last=day(deadline.last_day, lang))
        )
        lines.append(say("diagnosis.date.csn", lang, first=day(d.csn.earliest, lang), last=day(d.csn.latest, lang)))
    return lines


def _credits(module: Module, part: str, lang: str) -> str:
    parts = module.moments or (module.code,)
    name = catalog.quoted(module.name(lang), lang)
    if len(parts) == 1:
        return say("diagnosis.credits.alone", lang, module=name, hp=hp(module.hp, lang))
    others = joined([part_name(p, lang) for p in parts if p != part], lang)
    return say(
        "diagnosis.credits.shared", lang, part=part_name(part, lang), module=name, hp=hp(module.hp, lang), others=others
    )


def _message(d: Diagnosis, lang: str, course: str) -> str:
    in_course = " " + say("diagnosis.in_course", lang, course=course) if course else ""
    body = say(
        f"diagnosis.mail.{d.cause.mail}",
        lang,
        part=part_name(d.part, lang),
        in_course=in_course,
        exam=d.exam.isoformat(),
        module=catalog.quoted(d.module.name(lang), lang),
        last_day=d.deadline.last_day.isoformat(),
    )
    return "\n\n".join((say("diagnosis.mail.hello", lang), body, say("diagnosis.mail.bye", lang)))


# --- the whole declaration, for the page that works without JavaScript ------------------------------------------


def conditions(when: tuple[Condition, ...], lang: str) -> str:
    """A cause's facts as the list states them: "Om … och …" / "If … and …"; the default as "Annars"."""
    if not when:
        return catalog.label("diagnosis.list.otherwise", lang)
    facts = joined([catalog.label(f"diagnosis.if.{fact}.{value}", lang) for fact, value in when], lang)
    return catalog.render(catalog.label("diagnosis.list.if", lang), {"conditions": facts}, lang)


def decision_list(settings: Settings, lang: str, contact: str = "") -> dict[str, Any]:
    """Every cause in the order the diagnosis tries them, with its facts, its words, its dates as a rule and whom
    to ask; then each note, with the causes it goes with (numbered as in the list)."""
    items = []
    for cause in CAUSES:
        words = _general(cause, settings, lang)
        items.append(
            {
                "key": cause.key,
                "if": conditions(cause.when, lang),
                **words,
                "rules": _rules(cause, settings, lang),
                "ask": _ask(cause, contact, lang),
            }
        )
    notes = []
    for note in NOTES:
        numbers = [str(n) for n, cause in enumerate(CAUSES, 1) if cause.key not in note.not_with]
        text = say(f"diagnosis.note.{note.key}", lang)
        notes.append({"if": conditions(note.when, lang), "items": numbers, "text": text})
    return {"causes": items, "notes": notes}


def _rules(cause: Cause, settings: Settings, lang: str) -> list[str]:
    deadline = say(
        "diagnosis.rule.deadline", lang, working_days=settings.working_days, margin=settings.retake_margin_days
    )
    csn = say("diagnosis.rule.csn", lang, rule=csn_rule(lang))
    return {
        "deadline": [deadline, csn],
        "next_occasion": [say("diagnosis.date.next_unknown", lang, working_days=settings.working_days), csn],
        "csn_now": [csn],
        "none": [],
    }[cause.dates]
