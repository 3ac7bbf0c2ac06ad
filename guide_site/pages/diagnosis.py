"""The "Where is my result?" page's two markers: the tool, and the decision list that works without JavaScript.

`<!-- ladok:diagnosis tool -->` places the tool: the questions it asks come from the engine's declaration
(`diagnosis.ANSWERS`), and the department's study administration from mkdocs.yml (`extra.ladok_local`), both put
on the widget by the build. `<!-- ladok:diagnosis list -->` prints the same declaration as an ordered list: each
cause with the facts that make it the one, why, the dates as the department's rule gives them, what to do and whom
to ask, in the order the tool tries them.
"""

from __future__ import annotations

import html
import json

from guide_engine import catalog
from guide_engine.diagnosis import ANSWERS
from guide_engine.diagnosis_words import decision_list, joined

from .context import Context, MarkerError, runtime_hint, words
from .plain import markdown_text


def render(ctx: Context, what: str = "") -> str:
    if what == "tool":
        return _tool(ctx)
    if what == "list":
        return _list(ctx)
    raise MarkerError(f"ladok:diagnosis takes 'tool' or 'list', not {what!r}")


def _tool(ctx: Context) -> str:
    from .markers import _failure_texts  # the same texts as every widget's; markers imports this module

    start = words(ctx, "Öppna verktyget", "Open the tool")
    note = words(
        ctx,
        "Verktyget kräver JavaScript. Listan nedan ger samma svar utan.",
        "The tool needs JavaScript. The list below gives the same answers without it.",
    )
    questions = html.escape(json.dumps([[q, list(a)] for q, a in ANSWERS.items()]))
    contact = html.escape(ctx.local.study_admin_contact)
    return (
        f'<div class="ladok-tool" data-tool="diagnosis" data-lang="{ctx.lang}" data-questions="{questions}" '
        f'data-contact="{contact}" {runtime_hint()} {_failure_texts(ctx, "tool")}>\n'
        f'<button type="button" class="md-button md-button--primary ladok-open" hidden>{start}</button>\n'
        f"<noscript><p>{note}</p></noscript>\n</div>\n"
    )


def _list(ctx: Context) -> str:
    found = decision_list(ctx.settings, ctx.lang, markdown_text(ctx.local.study_admin_contact))
    lines = []
    for number, cause in enumerate(found["causes"], 1):
        lines.append(f"{number}. **{cause['if']}:** {cause['title']}")
        lines.append("")
        body = " ".join([cause["why"], *cause["rules"], cause["do"], cause["ask"]])
        lines.append(f"    {body}")
        lines.append("")
    for note in found["notes"]:
        items = joined(note["items"], ctx.lang)
        template = catalog.label("diagnosis.list.note", ctx.lang)
        head = catalog.render(template, {"conditions": note["if"], "items": items}, ctx.lang)
        lines.append(f"**{head}:** {note['text']}")
        lines.append("")
    return "\n".join(lines)
