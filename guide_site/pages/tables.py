"""The tables a page shows of the engine's facts: who may do what, the transitions, the glossary, the order of a
change, the steps from exam to credits and the instalments. Each is rendered in the page's language."""

from __future__ import annotations

from typing import Any

from guide_engine import catalog, describe
from guide_engine.rules import CHANGE_ORDER, PERMISSIONS, TRANSITIONS

from .. import texts
from .context import Context, button, joined, md_table, words


def _permissions(ctx: Context) -> str:
    """Who may do what: Ladok's actions with the authorisation each needs, then Inspera's transfer apart from them,
    since pressing Inspera's button is Inspera's planner role on the test, not a Ladok authorisation, and the
    learning platform's transfer, a button in its gradebook that needs the authorisation to report in Ladok."""
    rules = describe(ctx.settings)
    roles = [r for r in rules["roles"] if r != "student"]
    declared = rules["declared"]

    def mark(action: dict[str, Any], role: str) -> str:
        if role not in action["roles"]:
            return "–"
        return "✓ ★" if ctx.local.routines().get(action["name"]) == role else "✓"

    def table(system: str, first: str, last: str) -> str:
        head = [first, *(texts.label(f"role.{r}", ctx.lang) for r in roles), last]
        rows = [
            [button(ctx, f"action.{a['name']}"), *(mark(a, r) for r in roles), label(a["authorisation"])]
            for a in declared
            if a["system"] == system
        ]
        return md_table(head, rows)

    def label(authorisation: str) -> str:
        return texts.label(f"authorisation.{authorisation}", ctx.lang)

    only = [texts.label(f"action.{a['name']}", ctx.lang) for a in declared if a["examiner_only"]]
    listed = joined(ctx, only)
    note = texts.message("doc.permission_marks", {"listed": listed}, ctx.lang)
    inspera = texts.message("doc.inspera_apart", {}, ctx.lang)
    lms = texts.message("doc.lms_apart", {}, ctx.lang)
    ladok_head = words(ctx, "Åtgärd i Ladok", "Action in Ladok")
    inspera_head = words(ctx, "Knapp i Inspera", "Button in Inspera")
    needs = words(ctx, "Behörighet", "Authorisation")
    role = words(ctx, "Roll i Inspera", "Role in Inspera")
    lms_head = words(ctx, "Knapp i lärplattformen", "Button in the learning platform")
    needs_in_ladok = words(ctx, "Behörighet i Ladok", "Authorisation in Ladok")
    return (
        table("ladok", ladok_head, needs)
        + "\n"
        + note
        + "\n\n"
        + inspera
        + "\n\n"
        + table("inspera", inspera_head, role)
        + "\n\n"
        + lms
        + "\n\n"
        + table("lms", lms_head, needs_in_ladok)
        + "\n"
    )


def _transitions(ctx: Context) -> str:
    head = [
        words(ctx, "Från status", "From status"),
        words(ctx, "Åtgärd", "Action"),
        words(ctx, "Till status", "To status"),
        words(ctx, "Vem", "Who"),
    ]
    rows = []
    for action, table in TRANSITIONS.items():
        for frm, to in table.items():
            who = ", ".join(texts.label(f"role.{r}", ctx.lang) for r in PERMISSIONS[action])
            rows.append(
                [
                    texts.label(f"state.{frm}", ctx.lang),
                    button(ctx, f"action.{action}"),
                    texts.label(f"state.{to}", ctx.lang),
                    who,
                ]
            )
    return md_table(head, rows)


def _glossary(ctx: Context) -> str:
    rows = []
    for key, (sv, en, about_sv, about_en) in catalog.GLOSSARY.items():
        mine, other, about = (sv, en, about_sv) if ctx.lang == "sv" else (en, sv, about_en)
        rows.append([f'<span id="term-{key}">**{mine}**</span>', other, about])
    head = [words(ctx, "Svenska", "English"), words(ctx, "Engelska", "Swedish"), words(ctx, "Betydelse", "Meaning")]
    return md_table(head, rows)


def _change_order(ctx: Context) -> str:
    """The numbered order of a change, starting with the course grade that has to go first."""
    who = {a: " / ".join(texts.label(f"role.{r}", ctx.lang) for r in PERMISSIONS[a]) for a in ("remove", *CHANGE_ORDER)}
    first = texts.message(
        "doc.course_grade_first", {"button": button(ctx, "action.remove"), "who": who["remove"]}, ctx.lang
    )
    rest = [f"{button(ctx, f'action.{a}')} – {who[a]}" for a in CHANGE_ORDER]
    return "\n".join(f"{i}. {line}" for i, line in enumerate([first, *rest], 1)) + "\n"


def _steps(ctx: Context) -> str:
    rules = describe(ctx.settings)
    head = [
        words(ctx, "Steg", "Step"),
        words(ctx, "Vem", "Who"),
        words(ctx, "Tidigast, uppskattat", "Earliest, estimated"),
        words(ctx, "Senast, uppskattat", "Latest, estimated"),
    ]

    def who(role: str) -> str:
        name = texts.label(f"team.{role}", ctx.lang)
        return name[0].upper() + name[1:]

    days = words(ctx, "arbetsdag {n}", "working day {n}")
    rows = [
        [
            texts.label(f"step.{s['key']}", ctx.lang),
            who(s["role"]),
            days.format(n=s["earliest"]),
            days.format(n=s["latest"]),
        ]
        for s in rules["steps"]
    ]
    note = words(
        ctx,
        "Dagarna räknas från examinationen. De är guidens uppskattningar, inte regler: det som är fastställt är att "
        f"resultaten ska vara klara inom {ctx.settings.working_days} arbetsdagar, och att hanteringen efter "
        "rapporteringen brukar ta från ett par dagar till lite mer än en vecka.",
        "The days are counted from the examination. They are this guide's estimates, not rules: what is laid down is "
        f"that results are due within {ctx.settings.working_days} working days, and handling after reporting "
        "usually takes from a couple of days to a little more than a week.",
    )
    return md_table(head, rows) + "\n" + note + "\n"


def _instalments(ctx: Context) -> str:
    from guide_engine.scenarios import SEED

    head = [
        words(ctx, "Del", "Part"),
        words(ctx, "Poäng", "Credits"),
        words(ctx, "Rapporteras", "Reported"),
    ]
    rows = []
    for module in SEED.modules:
        numbered = [m for m in module.moments if m != "project"]
        parts = []
        if numbered:
            many = len(numbered) > 1
            noun = words(ctx, "uppgift", "assignments" if many else "assignment")
            parts.append(f"{noun} {joined(ctx, numbered)}")
        if "project" in module.moments:
            parts.append(words(ctx, "projektet", "the project"))
        plural = len(numbered) > 1 or len(parts) > 1
        done = words(
            ctx,
            "är klara" if plural else "är klart" if not numbered else "är klar",
            "are done" if plural else "is done",
        )
        when = words(ctx, "när ", "when ") + joined(ctx, parts) + " " + done
        rows.append([module.name(ctx.lang), _hp(ctx, module.hp), when])
    rows.append(
        [
            texts.label("target.COURSE", ctx.lang),
            _hp(ctx, SEED.hp),
            words(ctx, "när alla delar är godkända", "when every part is passed"),
        ]
    )
    return md_table(head, rows)


def _hp(ctx: Context, hp: float) -> str:
    text = f"{hp:g}"
    return f"{text.replace('.', ',')} hp" if ctx.lang == "sv" else f"{text} credits"
