"""Render the engine's facts into a page, in the page's language, from markers in the Markdown.

A marker is an HTML comment, `<!-- ladok:NAME ARG ... -->`. Each NAME is one small function below; an unknown
NAME or a bad argument raises `MarkerError`, which fails the build. Nothing here reads files: the hook passes the
settings and the calendar in.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from guide_engine import Calendar, Settings, all_scenarios, catalog, describe
from guide_engine.rules import CHANGE_ORDER, PERMISSIONS, TRANSITIONS
from guide_engine.scenarios import Scenario

from .diagram import lifecycle_svg
from .examples import credit_examples, deadline_examples, walkthrough

MARKER = re.compile(r"<!--\s*ladok:([a-z-]+)((?:\s+[^\s>]+)*)\s*-->")


class MarkerError(ValueError):
    pass


@dataclass(frozen=True)
class Context:
    lang: str
    settings: Settings
    calendar: Calendar
    today_year: int  # the first year of the worked examples, from the build's configuration, not the clock


def render_markers(markdown: str, ctx: Context) -> str:
    def replace(match: re.Match[str]) -> str:
        name, args = match.group(1), match.group(2).split()
        if name not in RENDERERS:
            raise MarkerError(f"unknown marker ladok:{name}")
        return RENDERERS[name](ctx, *args)

    return MARKER.sub(replace, markdown)


def markers_in(markdown: str) -> list[str]:
    return [m.group(1) for m in MARKER.finditer(markdown)]


def _both(ctx: Context, key: str) -> tuple[str, str]:
    """A label in the page's language, and in the other one (Ladok's interface can be set to either)."""
    other = "en" if ctx.lang == "sv" else "sv"
    return catalog.label(key, ctx.lang), catalog.label(key, other)


def _label(ctx: Context, key: str) -> str:
    if key not in catalog.LABELS:
        raise MarkerError(f"unknown label {key}")
    return catalog.label(key, ctx.lang)


def _button(ctx: Context, key: str) -> str:
    """A button in Ladok, named as the reader sees it, with the other language's name beside it."""
    if key not in catalog.LABELS:
        raise MarkerError(f"unknown label {key}")
    mine, other = _both(ctx, key)
    return f"**{mine}** (*{other}*)" if mine != other else f"**{mine}**"


def _who(ctx: Context, action: str) -> str:
    """The roles that may perform an action, as a phrase inside a sentence ("examinator", "the examiner")."""
    if action not in PERMISSIONS:
        raise MarkerError(f"unknown action {action}")
    names = [catalog.label(f"role.{r}", ctx.lang).lower() for r in PERMISSIONS[action]]
    joiner = " och " if ctx.lang == "sv" else " and "
    return ", ".join(names[:-1]) + joiner + names[-1] if len(names) > 1 else names[0]


def _setting(ctx: Context, name: str) -> str:
    s = ctx.settings
    if name == "working-days":
        return str(s.working_days)
    if name == "retake-margin":
        weeks, days = divmod(s.retake_margin_days, 7)
        if days == 0:
            words = {
                "sv": ["", "en vecka", "två veckor", "tre veckor"],
                "en": ["", "one week", "two weeks", "three weeks"],
            }
            if weeks < 4:
                return words[ctx.lang][weeks]
        return f"{s.retake_margin_days} {'dagar' if ctx.lang == 'sv' else 'days'}"
    if name == "eves":
        names = ("midsommarafton, julafton och nyårsafton", "Midsummer Eve, Christmas Eve and New Year's Eve")
        if s.eves_are_days_off:
            return names[0] + " räknas inte som arbetsdagar" if ctx.lang == "sv" else names[1] + " are not working days"
        return names[0] + " räknas som arbetsdagar" if ctx.lang == "sv" else names[1] + " count as working days"
    raise MarkerError(f"unknown setting {name}")


def _table(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _words(ctx: Context, sv: str, en: str) -> str:
    return sv if ctx.lang == "sv" else en


def _permissions(ctx: Context) -> str:
    rules = describe(ctx.settings)
    roles = [r for r in rules["roles"] if r != "student"]
    head = [_words(ctx, "Åtgärd i Ladok", "Action in Ladok")] + [catalog.label(f"role.{r}", ctx.lang) for r in roles]
    head.append(_words(ctx, "Behörighet", "Authorisation"))
    auth = {
        "report": _words(ctx, "Rapportera", "Report"),
        "certify": _words(ctx, "Attestera", "Certify"),
        "admin": _words(ctx, "Studieadministration", "Study administration"),
        "inspera": "Inspera",
    }
    rows = []
    for action in rules["actions"]:
        marks = ["✓" if r in PERMISSIONS[action] else "–" for r in roles]
        rows.append([_button(ctx, f"action.{action}"), *marks, auth[rules["authorisations"][action]]])
    note = _words(
        ctx,
        "✓ = får göra det, – = får inte. Attestera, Ta bort resultat och Attestera borttag gäller bara kursens "
        "egen examinator.",
        "✓ = may do it, – = may not. Certify, Remove result and Certify removal are for the course's own examiner "
        "only.",
    )
    return _table(head, rows) + "\n" + note + "\n"


def _transitions(ctx: Context) -> str:
    head = [
        _words(ctx, "Från status", "From status"),
        _words(ctx, "Åtgärd", "Action"),
        _words(ctx, "Till status", "To status"),
        _words(ctx, "Vem", "Who"),
    ]
    rows = []
    for action, table in TRANSITIONS.items():
        for frm, to in table.items():
            who = ", ".join(catalog.label(f"role.{r}", ctx.lang) for r in PERMISSIONS[action])
            rows.append(
                [
                    catalog.label(f"state.{frm}", ctx.lang),
                    _button(ctx, f"action.{action}"),
                    catalog.label(f"state.{to}", ctx.lang),
                    who,
                ]
            )
    return _table(head, rows)


def _glossary(ctx: Context) -> str:
    rows = []
    for key, (sv, en, about_sv, about_en) in catalog.GLOSSARY.items():
        mine, other, about = (sv, en, about_sv) if ctx.lang == "sv" else (en, sv, about_en)
        rows.append([f'<span id="term-{key}">**{mine}**</span>', other, about])
    head = [_words(ctx, "Svenska", "English"), _words(ctx, "Engelska", "Swedish"), _words(ctx, "Betydelse", "Meaning")]
    return _table(head, rows)


def _change_order(ctx: Context) -> str:
    who = {a: " / ".join(catalog.label(f"role.{r}", ctx.lang) for r in PERMISSIONS[a]) for a in CHANGE_ORDER}
    return "\n".join(f"{i}. {_button(ctx, f'action.{a}')} – {who[a]}" for i, a in enumerate(CHANGE_ORDER, 1)) + "\n"


def _steps(ctx: Context) -> str:
    rules = describe(ctx.settings)
    head = [
        _words(ctx, "Steg", "Step"),
        _words(ctx, "Vem", "Who"),
        _words(ctx, "Tidigast (arbetsdagar efter)", "Earliest (working days after)"),
        _words(ctx, "Senast (arbetsdagar efter)", "Latest (working days after)"),
    ]
    rows = [
        [
            catalog.label(f"step.{s['key']}", ctx.lang),
            catalog.label(f"role.{s['role']}", ctx.lang),
            str(s["earliest"]),
            str(s["latest"]),
        ]
        for s in rules["steps"]
    ]
    return _table(head, rows)


def _instalments(ctx: Context) -> str:
    from guide_engine.scenarios import SEED

    head = [
        _words(ctx, "Del", "Part"),
        _words(ctx, "Poäng", "Credits"),
        _words(ctx, "Rapporteras när", "Reported when"),
    ]
    rows = []
    for module in SEED.modules:
        done = [m if m != "project" else _words(ctx, "projektet", "the project") for m in module.moments]
        when = _words(ctx, "klart: ", "done: ") + ", ".join(done)
        rows.append([module.name(ctx.lang), _hp(ctx, module.hp), when])
    rows.append(
        [
            catalog.label("target.COURSE", ctx.lang),
            _hp(ctx, SEED.hp),
            _words(ctx, "alla delar är godkända", "every part is passed"),
        ]
    )
    return _table(head, rows)


def _hp(ctx: Context, hp: float) -> str:
    text = f"{hp:g}"
    return f"{text.replace('.', ',')} hp" if ctx.lang == "sv" else f"{text} credits"


def _lifecycle(ctx: Context) -> str:
    return lifecycle_svg(ctx.lang) + "\n"


def _walkthrough(ctx: Context, key: str) -> str:
    _scenario(key)
    return walkthrough(key, ctx.lang)


def _credit_examples(ctx: Context) -> str:
    return credit_examples(ctx.calendar, ctx.settings, ctx.lang, ctx.today_year)


def _deadline_examples(ctx: Context) -> str:
    return deadline_examples(ctx.calendar, ctx.settings, ctx.lang, ctx.today_year)


def _sandbox(ctx: Context, key: str) -> str:
    _scenario(key)
    start = _words(ctx, "Öppna övningsmiljön", "Open the sandbox")
    note = _words(
        ctx,
        "Övningsmiljön kräver JavaScript. Genomgången ovan fungerar utan.",
        "The sandbox needs JavaScript. The walkthrough above works without it.",
    )
    return (
        f'<div class="ladok-sandbox" data-scenario="{html.escape(key)}" data-lang="{ctx.lang}">\n'
        f'<button type="button" class="md-button md-button--primary ladok-open" hidden>{start}</button>\n'
        f"<noscript><p>{note}</p></noscript>\n</div>\n"
    )


def _tool(ctx: Context, name: str) -> str:
    if name not in ("deadline", "credits"):
        raise MarkerError(f"unknown tool {name}")
    start = _words(ctx, "Öppna verktyget", "Open the tool")
    return (
        f'<div class="ladok-tool" data-tool="{name}" data-lang="{ctx.lang}">\n'
        f'<button type="button" class="md-button md-button--primary ladok-open" hidden>{start}</button>\n</div>\n'
    )


# Scenario key -> its practice page (docs/<lang>/practise/<slug>.md).
SCENARIO_PAGES = {
    "written_exam": "written-exam",
    "inspera": "inspera",
    "change_grade": "change-grade",
    "missing_student": "missing-student",
    "partial_credits": "partial-credits",
}


def _scenario(key: str) -> Scenario:
    scenario = all_scenarios().get(key)
    if scenario is None or key not in SCENARIO_PAGES:
        raise MarkerError(f"unknown scenario {key}")
    return scenario


def _scenario_title(ctx: Context, key: str) -> str:
    scenario = _scenario(key)
    return scenario.title_sv if ctx.lang == "sv" else scenario.title_en


def _scenarios(ctx: Context) -> str:
    lines = []
    for key, slug in SCENARIO_PAGES.items():
        s = _scenario(key)
        title, intro = (s.title_sv, s.intro_sv) if ctx.lang == "sv" else (s.title_en, s.intro_en)
        lines.append(f"- [{title}]({slug}.md): {intro}")
    return "\n".join(lines) + "\n"


RENDERERS: dict[str, Callable[..., str]] = {
    "scenario-title": _scenario_title,
    "scenarios": _scenarios,
    "label": _label,
    "button": _button,
    "setting": _setting,
    "who": _who,
    "permissions": _permissions,
    "transitions": _transitions,
    "glossary": _glossary,
    "change-order": _change_order,
    "steps": _steps,
    "instalments": _instalments,
    "lifecycle": _lifecycle,
    "walkthrough": _walkthrough,
    "deadline-examples": _deadline_examples,
    "credit-examples": _credit_examples,
    "sandbox": _sandbox,
    "tool": _tool,
}
