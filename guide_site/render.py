"""Render the engine's facts into a page, in the page's language, from markers in the Markdown.

A marker is an HTML comment, `<!-- ladok:NAME ARG ... -->`. Each NAME is one small function below; an unknown
NAME or a bad argument raises `MarkerError`, which fails the build. Nothing here reads files: the hook passes the
settings and the calendar in.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from guide_engine import Calendar, Settings, all_scenarios, catalog, describe
from guide_engine.rules import CHANGE_ORDER, EXAMINER_ONLY, PERMISSIONS, TRANSITIONS
from guide_engine.scenarios import Scenario

from .diagram import lifecycle_svg
from .examples import credit_examples, deadline_examples, walkthrough
from .local import Local

MARKER = re.compile(r"<!--\s*ladok:([a-z-]+)((?:\s+[^\s>]+)*)\s*-->")


class MarkerError(ValueError):
    pass


@dataclass(frozen=True)
class Context:
    lang: str
    settings: Settings
    calendar: Calendar
    today_year: int  # the first year of the worked examples, from the build's configuration, not the clock
    local: Local = field(default_factory=Local)
    page: str = ""  # the page's path inside its language folder, such as "student/index.md"

    @property
    def for_students(self) -> bool:
        """Student pages name Ladok's terms in the reader's language only; staff pages add the other language."""
        return self.page.startswith("student/")


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
    return f"**{mine}** (*{other}*)" if mine != other and not ctx.for_students else f"**{mine}**"


def _who(ctx: Context, action: str) -> str:
    """The roles that may perform an action, as a phrase inside a sentence ("examinator", "the examiner")."""
    if action not in PERMISSIONS:
        raise MarkerError(f"unknown action {action}")
    names = [catalog.label(f"role.{r}", ctx.lang).lower() for r in PERMISSIONS[action]]
    joiner = " och " if ctx.lang == "sv" else " and "
    return ", ".join(names[:-1]) + joiner + names[-1] if len(names) > 1 else names[0]


def _routine(ctx: Context, action: str) -> str:
    """Who does an action by the department's routine, as a phrase inside a sentence ("studieadministrationen")."""
    routines = ctx.local.routines()
    if action not in routines:
        raise MarkerError(f"no routine for {action}")
    return catalog.label(f"team.{routines[action]}", ctx.lang)


def _see_names(ctx: Context) -> str:
    """Who sees names beside anonymisation codes before certification, from the engine's table."""
    names = [catalog.label(f"team.{r}", ctx.lang) for r in describe()["see_names_on_anonymous_exams"]]
    return ", ".join(names[:-1]) + _words(ctx, " och ", " and ") + names[-1] if len(names) > 1 else names[0]


def _local(ctx: Context, name: str) -> str:
    """A department's own detail from mkdocs.yml, or the general words when it is not set."""
    local = ctx.local
    if name == "study-admin":
        general = _words(ctx, "din institutions studieadministration", "your department's study administration")
        if not local.study_admin_contact:
            return general
        return _words(ctx, "studieadministrationen", "the study administration") + f" ({local.study_admin_contact})"
    if name == "authorisation-system":
        return local.authorisation_system or _words(
            ctx, "lärosätets system för behörigheter", "your university's system for authorisations"
        )
    raise MarkerError(f"unknown local setting {name}")


def _roles(ctx: Context) -> str:
    """Every role the sandbox offers, as a phrase inside a sentence, each linked to its glossary entry."""
    names = [
        f"[{catalog.label(f'role.{r}', ctx.lang).lower()}](../reference/glossary.md#term-{catalog.ROLE_GLOSSARY[r]})"
        for r in describe()["roles"]
    ]
    joiner = " och " if ctx.lang == "sv" else " or "
    return ", ".join(names[:-1]) + joiner + names[-1]


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
        local = _words(ctx, " (en lokal inställning i guiden)", " (a local setting of this guide)")
        if s.eves_are_days_off:
            return (
                names[0] + " räknas inte som arbetsdagar" if ctx.lang == "sv" else names[1] + " are not working days"
            ) + local
        return (
            names[0] + " räknas som arbetsdagar" if ctx.lang == "sv" else names[1] + " count as working days"
        ) + local
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
    }

    def mark(action: str, role: str) -> str:
        if role not in PERMISSIONS[action]:
            return "–"
        return "✓ ★" if ctx.local.routines().get(action) == role else "✓"

    rows = []
    for action in rules["actions"]:
        marks = [mark(action, r) for r in roles]
        rows.append([_button(ctx, f"action.{action}"), *marks, auth[rules["authorisations"][action]]])
    only = [catalog.label(f"action.{a}", ctx.lang) for a in rules["actions"] if a in EXAMINER_ONLY]
    listed = ", ".join(only[:-1]) + _words(ctx, " och ", " and ") + only[-1]
    note = _words(
        ctx,
        f"✓ = får göra det, – = får inte, ★ = gör det enligt institutionens rutin. {listed} gäller bara kursens "
        "egen examinator.",
        f"✓ = may do it, – = may not, ★ = does it by the department's routine. {listed} are for the course's own "
        "examiner only.",
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
    """The numbered order of a change, starting with the course grade that has to go first."""
    who = {
        a: " / ".join(catalog.label(f"role.{r}", ctx.lang) for r in PERMISSIONS[a]) for a in ("remove", *CHANGE_ORDER)
    }
    first = _words(
        ctx,
        f"Har studenten ett attesterat betyg på hel kurs tas det bort först, med {_button(ctx, 'action.remove')} "
        f"– {who['remove']}",
        f"If the student has a certified course grade, it is removed first, with {_button(ctx, 'action.remove')} "
        f"– {who['remove']}",
    )
    rest = [f"{_button(ctx, f'action.{a}')} – {who[a]}" for a in CHANGE_ORDER]
    return "\n".join(f"{i}. {line}" for i, line in enumerate([first, *rest], 1)) + "\n"


def _steps(ctx: Context) -> str:
    rules = describe(ctx.settings)
    head = [
        _words(ctx, "Steg", "Step"),
        _words(ctx, "Vem", "Who"),
        _words(ctx, "Tidigast, uppskattat", "Earliest, estimated"),
        _words(ctx, "Senast, uppskattat", "Latest, estimated"),
    ]

    def who(role: str) -> str:
        name = catalog.label(f"team.{role}", ctx.lang)
        return name[0].upper() + name[1:]

    days = _words(ctx, "arbetsdag {n}", "working day {n}")
    rows = [
        [
            catalog.label(f"step.{s['key']}", ctx.lang),
            who(s["role"]),
            days.format(n=s["earliest"]),
            days.format(n=s["latest"]),
        ]
        for s in rules["steps"]
    ]
    note = _words(
        ctx,
        "Dagarna räknas från examinationen. De är guidens uppskattningar, inte regler: det som är fastställt är att "
        f"resultaten ska vara klara inom {ctx.settings.working_days} arbetsdagar, och att hanteringen efter "
        "rapporteringen brukar ta från ett par dagar till lite mer än en vecka.",
        "The days are counted from the examination. They are this guide's estimates, not rules: what is laid down is "
        f"that results are due within {ctx.settings.working_days} working days, and handling after reporting "
        "usually takes from a couple of days to a little more than a week.",
    )
    return _table(head, rows) + "\n" + note + "\n"


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
    "routine": _routine,
    "local": _local,
    "see-names": _see_names,
    "roles": _roles,
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
