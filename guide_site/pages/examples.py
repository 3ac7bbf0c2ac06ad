"""What the engine renders into pages as prose: scenario walkthroughs and worked deadline examples.

Both are computed by running the engine, so a page shows what the sandbox and the tools will do.
"""

from __future__ import annotations

import datetime as dt

from guide_engine import Calendar, Refusal, Settings, act, all_scenarios, instalments, result_deadline
from guide_engine.registration import with_registrar
from guide_engine.views import search

from .. import texts


def walkthrough(key: str, lang: str, registration_by: str = "") -> str:
    """The guided steps of a scenario, played through the engine, as a numbered list; with `registration_by`, its
    refusals name who registers as the department's setting says, as the page's sandbox does."""
    scenario = all_scenarios().get(key)
    if scenario is None:
        raise ValueError(f"unknown scenario {key}")
    state = with_registrar(scenario.start, registration_by) if registration_by else scenario.start
    lines = [f"*{scenario.intro_sv if lang == 'sv' else scenario.intro_en}*", ""]
    for number, step in enumerate(scenario.steps, 1):
        person = state.person(step.actor)
        assert person is not None
        role = texts.label(f"role.{person.roles[0]}", lang)
        text = step.text_sv if lang == "sv" else step.text_en
        if step.action == "search":
            state, found = search(state, step.params["pnr"])
            answers = [texts.message(f"found.{found['found']}", {**found, "course": state.course.code}, lang)]
            verdict = "Ladok"
        else:
            outcome = act(state, step.actor, step.action, step.params, scenario.today)
            if outcome.refusal is not None:
                if outcome.refusal.key != step.expect:
                    raise ValueError(f"{key} step {number}: {outcome.refusal.key}, expected {step.expect}")
                answers = [texts.message(outcome.refusal.key, outcome.refusal.params, lang)]
                verdict = "Ladok säger nej" if lang == "sv" else "Ladok says no"
            else:
                answers = [texts.message(e.key, e.params, lang) for e in outcome.events]
                verdict = "Ladok"
            state = outcome.state
        button = texts.label(f"action.{step.action}", lang) if step.action != "search" else ""
        head = f"{number}. **{role}** ({person.name})" + (f" – {button}" if button else "")
        lines.append(f"{head}: {text}")
        lines.append(f"    <br>*{verdict}:* " + " ".join(answers))
    return "\n".join(lines) + "\n"


# A typical Friday exam in each exam period: mid-January, before Easter, late May, before Midsummer, late October,
# mid-December (ISO weeks). The dates change with the year; the rule that counts them is the engine's.
EXAM_WEEKS = (3, 12, 21, 24, 43, 50)


def deadline_examples(calendar: Calendar, settings: Settings, lang: str, first_year: int) -> str:
    head = (
        ["Tentamen", "Sista dag för resultat", "Lediga dagar som flyttade datumet"]
        if lang == "sv"
        else ["Exam", "Last day for results", "Days off that moved the date"]
    )
    rows = []
    for year in (first_year, first_year + 1):
        for week in EXAM_WEEKS:
            exam = dt.date.fromisocalendar(year, week, 5)
            found = result_deadline(calendar, exam, settings)
            if isinstance(found, Refusal):
                continue
            moved = ", ".join(
                f"{d.name_sv if lang == 'sv' else d.name_en} ({d.day.isoformat()})" for d in found.moved_by
            )
            rows.append([_day(exam, lang), f"**{_day(found.last_day, lang)}**", moved or "–"])
    lines = ["| " + " | ".join(head) + " |", "|---|---|---|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def _day(day: dt.date, lang: str) -> str:
    return f"{texts.label(f'weekday.{day.weekday()}', lang)} {day.isoformat()}"


# When a student following the seed course finishes each part: a Friday in the autumn term, and in the spring term
# of the next year (ISO weeks of moments 1-2, moments 3-4, the project).
TERMS = (("ht", 0, (39, 44, 2)), ("vt", 1, (12, 16, 22)))


def credit_examples(calendar: Calendar, settings: Settings, lang: str, first_year: int) -> str:
    from guide_engine.scenarios import SEED

    head = (
        ["Del", "Klart", "Attesterat och synligt i Ladok", "CSN kan se poängen"]
        if lang == "sv"
        else ["Part", "Done", "Certified and visible in Ladok", "CSN can see the credits"]
    )
    out = []
    for term, offset, weeks in TERMS:
        year = first_year + offset
        finished: dict[str, str] = {}
        for module, week in zip(SEED.modules, weeks, strict=True):
            # the project of the autumn term is done in January of the next year
            done = dt.date.fromisocalendar(year + (1 if term == "ht" and week < 10 else 0), week, 5)
            finished.update({m: done.isoformat() for m in module.moments})
        plan = instalments(SEED, finished, calendar, settings)
        if isinstance(plan, Refusal):
            continue
        title = {"ht": ("Hösttermin", "Autumn term"), "vt": ("Vårtermin", "Spring term")}[term]
        out.append(f"**{title[0] if lang == 'sv' else title[1]} {year}**\n")
        out.append("| " + " | ".join(head) + " |")
        out.append("|---|---|---|---|")
        for part, module in zip(plan, SEED.modules, strict=True):
            assert part.finished_on is not None
            steps = {s.key: s for s in part.steps}
            cert, csn = steps["certification"], steps["csn"]
            out.append(
                f"| {module.name(lang)} | {_day(part.finished_on, lang)} | "
                f"{_span(cert.earliest, cert.latest, lang)} | {_span(csn.earliest, csn.latest, lang)} |"
            )
        out.append("")
    return "\n".join(out) + "\n"


def _span(first: dt.date, last: dt.date, lang: str) -> str:
    return f"{_day(first, lang)} – {_day(last, lang)}"
