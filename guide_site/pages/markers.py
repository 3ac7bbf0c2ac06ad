"""Render the engine's facts into a page, in the page's language, from markers in the Markdown.

A marker is an HTML comment, `<!-- ladok:NAME ARG ... -->`. Each NAME is one small function below; an unknown
NAME or a bad argument raises `MarkerError`, which fails the build. Nothing here reads files: the hook passes the
settings and the calendar in.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from guide_engine import all_scenarios, catalog, describe
from guide_engine.progress import csn_timing
from guide_engine.rules import PERMISSIONS
from guide_engine.scenarios import Scenario

from .. import selfcheck, texts
from . import diagnosis
from .context import Context, MarkerError, button, joined, runtime_hint, words
from .diagram import lifecycle_svg
from .examples import credit_examples, deadline_examples, walkthrough
from .plain import markdown_text
from .skip import SANDBOX_ID
from .tables import _change_order, _glossary, _instalments, _permissions, _steps, _transitions

__all__ = ["Context", "MarkerError", "markers_in", "render_markers"]

MARKER = re.compile(r"<!--\s*ladok:([a-z-]+)((?:\s+[^\s>]+)*)\s*-->")
# Anything that starts like a marker: "<!--ladok", "<!-- LADOK :", "<!-- ladok-permissions". Whatever of it is left
# once the real markers are rendered is a near-miss, and stops the build rather than vanishing from the page.
NEAR_MISS = re.compile(r"<!--\s*ladok\b[^\n]{0,80}", re.IGNORECASE)


def render_markers(markdown: str, ctx: Context) -> str:
    def replace(match: re.Match[str]) -> str:
        name, args = match.group(1), match.group(2).split()
        if name not in RENDERERS:
            raise MarkerError(f"unknown marker ladok:{name}")
        return RENDERERS[name](ctx, *args)

    rendered = MARKER.sub(replace, markdown)
    missed = NEAR_MISS.search(rendered)
    if missed:
        line = rendered[: missed.start()].count("\n") + 1
        raise MarkerError(
            f"line {line}: {missed.group().strip()!r} looks like a marker but is not one; "
            "write it as <!-- ladok:name arg ... --> (lower case, no space before the colon)"
        )
    return rendered


def markers_in(markdown: str) -> list[str]:
    return [m.group(1) for m in MARKER.finditer(markdown)]


def eve_names(ctx: Context) -> list[str]:
    """The eves of the build's year, in the page's language and in date order, as the calendar names them."""
    table = ctx.calendar.to_table()
    year = str(ctx.today_year)
    at = 2 if ctx.lang == "sv" else 3
    return [day[at] for day in table["days"] if day[1] == "eve" and day[0].startswith(year)]


def _label_marker(ctx: Context, key: str) -> str:
    if not texts.has_label(key):
        raise MarkerError(f"unknown label {key}")
    return texts.label(key, ctx.lang)


def _who(ctx: Context, action: str) -> str:
    """The roles that may perform an action, as a phrase inside a sentence ("examinator", "the examiner")."""
    if action not in PERMISSIONS:
        raise MarkerError(f"unknown action {action}")
    names = [texts.label(f"role.{r}", ctx.lang).lower() for r in PERMISSIONS[action]]
    return joined(ctx, names)


def _routine(ctx: Context, action: str) -> str:
    """Who does an action by the department's routine, as a phrase inside a sentence ("studieadministrationen")."""
    routines = ctx.local.routines()
    if action not in routines:
        raise MarkerError(f"no routine for {action}")
    return texts.label(f"team.{routines[action]}", ctx.lang)


def _see_names(ctx: Context) -> str:
    """Who sees names beside anonymisation codes before certification, from the engine's table."""
    names = [texts.label(f"team.{r}", ctx.lang) for r in describe()["see_names_on_anonymous_exams"]]
    return joined(ctx, names)


def _local(ctx: Context, name: str) -> str:
    """A department's own detail from mkdocs.yml, or the general words when it is not set."""
    local = ctx.local
    if name == "study-admin":
        general = words(ctx, "din institutions studieadministration", "your department's study administration")
        if not local.study_admin_contact:
            return general
        contact = markdown_text(local.study_admin_contact)
        return words(ctx, "studieadministrationen", "the study administration") + f" ({contact})"
    if name == "authorisation-system":
        return markdown_text(local.authorisation_system) or words(
            ctx, "lärosätets system för behörigheter", "your university's system for authorisations"
        )
    if name == "registration":  # who registers students, as the refusals of the sandbox name them too
        return texts.label(f"registrar.{local.registration_by}", ctx.lang)
    raise MarkerError(f"unknown local setting {name}")


def _roles(ctx: Context) -> str:
    """Every role the sandbox offers, as a phrase inside a sentence, each linked to its glossary entry."""
    names = [
        f"[{texts.label(f'role.{r}', ctx.lang).lower()}](../reference/glossary.md#term-{catalog.ROLE_GLOSSARY[r]})"
        for r in describe()["roles"]
    ]
    return joined(ctx, names, sv="eller", en="or")


def _setting(ctx: Context, name: str) -> str:
    s = ctx.settings
    if name == "working-days":
        return str(s.working_days)
    if name == "retake-margin":
        weeks, days = divmod(s.retake_margin_days, 7)
        if days == 0:
            spelled = {
                "sv": ["", "en vecka", "två veckor", "tre veckor"],
                "en": ["", "one week", "two weeks", "three weeks"],
            }
            if weeks < 4:
                return spelled[ctx.lang][weeks]
        return f"{s.retake_margin_days} {'dagar' if ctx.lang == 'sv' else 'days'}"
    if name == "eves":
        eves = [catalog.in_sentence(n) if ctx.lang == "sv" else n for n in eve_names(ctx)]
        key = "doc.eves_days_off" if s.eves_are_days_off else "doc.eves_working_days"
        return texts.message(key, {"eves": joined(ctx, eves)}, ctx.lang)
    if name == "lms-transfer":  # where results from the learning platform land at the department
        return texts.label(f"doc.lms_route.{s.lms_transfer}", ctx.lang)
    if name == "resit-registration":  # whether a re-sit needs a registration on the term's instance
        return texts.label(f"doc.resit.{'needs' if s.resit_needs_registration else 'counts'}", ctx.lang)
    raise MarkerError(f"unknown setting {name}")


def _csn_timing(ctx: Context) -> str:
    """When CSN can see a certified result, as a phrase inside a sentence: the engine's one value, in words."""
    return csn_timing(ctx.lang)


RULES = ("correction", "reconsideration")


def _rule(ctx: Context, name: str) -> str:
    """A rule from the ordinance that more than one page states, written once (guide_site/texts/site.py)."""
    if name not in RULES:
        raise MarkerError(f"unknown rule {name}")
    return texts.message(f"doc.rule_{name}", {}, ctx.lang)


def _lifecycle(ctx: Context) -> str:
    return lifecycle_svg(ctx.lang) + "\n"


def _walkthrough(ctx: Context, key: str) -> str:
    _scenario(key)
    return walkthrough(key, ctx.lang, ctx.local.registration_by)


def _credit_examples(ctx: Context) -> str:
    return credit_examples(ctx.calendar, ctx.settings, ctx.lang, ctx.today_year)


def _deadline_examples(ctx: Context) -> str:
    return deadline_examples(ctx.calendar, ctx.settings, ctx.lang, ctx.today_year)


def _sandbox(ctx: Context, key: str) -> str:
    _scenario(key)
    start = words(ctx, "Öppna övningsmiljön", "Open the sandbox")
    note = words(
        ctx,
        "Övningsmiljön kräver JavaScript. Genomgången ovan fungerar utan.",
        "The sandbox needs JavaScript. The walkthrough above works without it.",
    )
    return (
        f'<div class="ladok-sandbox" id="{SANDBOX_ID}" tabindex="-1" data-scenario="{html.escape(key)}" '
        f'data-lang="{ctx.lang}" data-registration-by="{html.escape(ctx.local.registration_by)}" '
        f"{runtime_hint()} {_failure_texts(ctx)}>\n"
        f'<button type="button" class="md-button md-button--primary ladok-open" hidden>{start}</button>\n'
        f"<noscript><p>{note}</p></noscript>\n</div>\n"
    )


def _failure_texts(ctx: Context, kind: str = "ui") -> str:
    """What a widget says if its code or the runtime cannot load: from the catalog, put in the page by the build,
    since the catalog itself comes with the runtime. `kind`: "ui" for a sandbox's words, "tool" for a tool's."""
    keys = {"fail": f"{kind}.module_failed", "start-failed": f"{kind}.start_failed", "retry": "ui.retry"}
    return " ".join(f'data-{name}="{html.escape(texts.label(key, ctx.lang))}"' for name, key in keys.items())


def _tool(ctx: Context, name: str) -> str:
    if name not in ("deadline", "credits"):
        raise MarkerError(f"unknown tool {name}")
    start = words(ctx, "Öppna verktyget", "Open the tool")
    return (
        f'<div class="ladok-tool" data-tool="{name}" data-lang="{ctx.lang}" {runtime_hint()} '
        f"{_failure_texts(ctx, 'tool')}>\n"
        f'<button type="button" class="md-button md-button--primary ladok-open" hidden>{start}</button>\n</div>\n'
    )


# Scenario key -> its practice page (docs/<lang>/practise/<slug>.md).
SCENARIO_PAGES = {
    "written_exam": "written-exam",
    "inspera": "inspera",
    "change_grade": "change-grade",
    "missing_student": "missing-student",
    "partial_credits": "partial-credits",
    "lms_draft": "lms-draft",
    "lms_ready": "lms-ready",
    "lms_skipped": "lms-skipped",
    "registration": "registration",
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
    "label": _label_marker,
    "button": button,
    "setting": _setting,
    "csn-timing": _csn_timing,
    "rule": _rule,
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
    "selfcheck": lambda ctx, *args: selfcheck.render(ctx, *args),  # the self-check page (guide_site/selfcheck/)
    "diagnosis": diagnosis.render,  # "Where is my result?": the tool and its decision list (pages/diagnosis.py)
}
