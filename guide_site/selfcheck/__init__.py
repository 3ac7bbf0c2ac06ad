"""The self-check page, "Testa dig själv" / "Check yourself": questions and sandbox tasks, rendered from the engine.

`<!-- ladok:selfcheck -->` becomes the questions (each answered by the engine; see `selfcheck_questions`), behind
`<details>` so that they read without JavaScript, and the sandbox tasks of `guide_engine.goals`. `selfcheck.js`
only compares the reader's choice with the marked answer in the data attributes. A department chooses the topics
and the number of questions in mkdocs.yml (`extra.ladok_selfcheck`), checked here.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import Any

from guide_engine import catalog
from guide_engine.goals import tasks
from guide_engine.goals_api import task_text

from .. import texts
from ..config import ConfigError
from ..pages.context import Context, MarkerError, runtime_hint
from .facts import anonymous_questions, date_questions, deadline_questions, grade_questions
from .judgement import blank_questions, certifying_questions, correcting_questions, who_scenes
from .questions import Asker, Question, change_questions, next_questions, who_questions
from .routes import inspera_questions, missing_questions, platform_questions

TOPICS = (
    "who",
    "lifecycle",
    "change",
    "correcting",
    "certifying",
    "anonymous",
    "inspera",
    "platform",
    "missing",
    "dates",
    "grades",
    "deadlines",
)
MAKERS: dict[str, Callable[[Asker], list[Question]]] = {
    "who": lambda a: [*who_questions(a), *who_scenes(a)],
    "lifecycle": next_questions,
    "change": change_questions,
    "correcting": correcting_questions,
    "certifying": certifying_questions,
    "anonymous": anonymous_questions,
    "inspera": inspera_questions,
    "platform": platform_questions,
    "missing": missing_questions,
    "dates": date_questions,
    "grades": lambda a: [*grade_questions(a), *blank_questions(a)],
    "deadlines": deadline_questions,
}
MAX_QUESTIONS = 100
ROLES = ("teacher", "examiner", "study_admin")

# The section that teaches each answer: a page inside the language folder and a heading id both languages share.
SECTIONS = {
    "permissions": "reference/permissions.md#tabell",
    "report_save": "teacher/report.md#steg-3-spara",
    "report_fill": "teacher/report.md#steg-2-fyll-i",
    "mark_ready": "teacher/report.md#steg-4-klarmarkera",
    "certify": "teacher/certify.md#steg-4-attestera",
    "certify_fix": "teacher/certify.md#steg-3-ratta",
    "waiting": "teacher/certify.md#nar-resultat-vantar",
    "course_grade": "teacher/certify.md#kursbetyg",
    "change": "teacher/change.md#steg-2-ta-bort",
    "change_order": "teacher/change.md#kursbetyget-forst",
    "when_change": "teacher/change.md#nar-far-betyget-andras",
    "after_fail": "teacher/change.md#efter-underkant",
    "inspera": "admin/inspera.md#overforing",
    "inspera_transfer": "admin/inspera.md#steg-2-overfor",
    "inspera_check": "admin/inspera.md#steg-3-klarmarkera",
    "inspera_fails": "admin/inspera.md#nar-overforingen-misslyckas",
    "codes_under": "admin/inspera.md#koder-under",
    "who_sees": "admin/inspera.md#vem-ser-vad",
    "codes_after": "admin/inspera.md#koder-efter",
    "lifecycle": "reference/lifecycle.md#overgangar",
    "rules": "reference/lifecycle.md#regler",
    "decision_date": "student/index.md#kontrollera-status",
    "deadlines": "teacher/deadlines.md#regeln",
    "authorisation": "teacher/authorisation.md#behorighet",
    "missing": "teacher/missing-student.md#sok",
    "platform": "teacher/learning-platform.md#vem-gor-vad-sedan",
    "platform_order": "teacher/learning-platform.md#ordningen",
    "platform_skips": "teacher/learning-platform.md#det-som-inte-fors-over",
    "registration": "student/registration.md#ingen-registrering",
    "reregistration": "student/registration.md#omregistrering",
}

# What to read when the engine refuses a step during a task, by the refusal's key.
READ_AFTER = {
    "not_authorised": "authorisation",
    "not_examiner_of_course": "authorisation",
    "wrong_state": "lifecycle",
    "course_grade_must_be_removed_first": "change_order",
    "already_passed": "after_fail",
    "date_not_after_previous": "after_fail",
    "modules_not_passed": "course_grade",
    "course_grade_must_pass": "course_grade",
    "missing_param": "report_fill",
    "invalid_grade": "report_fill",
    "exam_date_in_future": "report_fill",
    "notify_not_examiner": "mark_ready",
    "not_a_teacher": "mark_ready",
    "student_not_found": "missing",
    "registered_on_other_course": "missing",
    # the routes into Ladok: the learning platform's transfer and registration
    "lms_course_grade": "platform_skips",
    "lms_no_letter_grades": "platform_skips",
    "lms_scale_mismatch": "platform_skips",
    "lms_not_posted": "platform_skips",
    "lms_points_not_moved": "platform_skips",
    "lms_not_in_use": "platform",
    "not_registered": "registration",
    "not_registered_for_term": "registration",
    "not_registered_resit": "reregistration",
    "no_earlier_registration": "reregistration",
}


def config_from(extra: dict[str, Any]) -> dict[str, Any]:
    """`extra.ladok_selfcheck` from mkdocs.yml, checked: {"selfcheck_topics": (...), "selfcheck_questions": N}."""
    raw = extra.get("ladok_selfcheck")
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ConfigError(f"extra.ladok_selfcheck: {raw!r} is not allowed; it must be a mapping of topics, questions")
    out: dict[str, Any] = {}
    for key, value in raw.items():
        name = f"extra.ladok_selfcheck.{key}"
        if key == "topics":
            if not isinstance(value, list) or not value or any(t not in TOPICS for t in value):
                raise ConfigError(f"{name}: {value!r} is not allowed; it must be a list of some of {', '.join(TOPICS)}")
            out["selfcheck_topics"] = tuple(t for t in TOPICS if t in value)
        elif key == "questions":
            if type(value) is not int or not 1 <= value <= MAX_QUESTIONS:
                raise ConfigError(
                    f"{name}: {value!r} is not allowed; it must be a whole number from 1 to {MAX_QUESTIONS}"
                )
            out["selfcheck_questions"] = value
        else:
            raise ConfigError(f"{name}: {value!r} is not a known setting; the settings are topics, questions")
    return out


def questions(ctx: Context) -> list[Question]:
    """The page's questions in its language: the department's topics, at most its number, spread over the topics."""
    asker = Asker(ctx.lang, ctx.calendar, ctx.settings, ctx.today_year)
    topics = ctx.local.selfcheck_topics or TOPICS
    by_topic = {t: MAKERS[t](asker) for t in topics}
    most = ctx.local.selfcheck_questions or MAX_QUESTIONS
    picked: set[str] = set()
    for round_ in range(max(len(qs) for qs in by_topic.values())):
        for qs in by_topic.values():
            if round_ < len(qs) and len(picked) < most:
                picked.add(qs[round_].key)
    return [q for t in topics for q in by_topic[t] if q.key in picked]


def render(ctx: Context, part: str = "questions", *args: str) -> str:
    """`<!-- ladok:selfcheck -->` (the questions) or `<!-- ladok:selfcheck tasks [ROLE] -->` (the sandbox tasks, of
    one staff role or all)."""
    if part == "tasks":
        return render_tasks(ctx, *args)
    if part != "questions":
        raise MarkerError(f"unknown self-check part {part}")
    found = questions(ctx)
    words = {k.rsplit(".", 1)[1]: texts.label(k, ctx.lang) for k in texts.LABELS if k.startswith("selfcheck.ui.")}
    words |= {
        f"task_{k.rsplit('.', 1)[1]}": texts.label(k, ctx.lang) for k in texts.LABELS if k.startswith("selfcheck.task.")
    }
    reset = catalog.quoted(texts.label("ui.reset", ctx.lang), ctx.lang)  # the sandbox's own button
    words = {k: v.replace("{reset}", reset) for k, v in words.items()}
    topics = {t: texts.label(f"selfcheck.topic.{t}", ctx.lang) for t in TOPICS}
    roles = {r: texts.label(f"role.{r}", ctx.lang) for r in ROLES}
    head = (
        f'<div class="ladok-selfcheck" data-lang="{ctx.lang}" data-texts="{_attr(words)}" '
        f'data-topics="{_attr(topics)}" data-roles="{_attr(roles)}" markdown="1">\n'
    )
    body = [_question(ctx, number, q) for number, q in enumerate(found, 1)]
    return head + "\n".join(body) + "\n</div>\n"


def _attr(value: Any) -> str:
    return html.escape(json.dumps(value, ensure_ascii=False), quote=True)


def _link(ctx: Context, section: str) -> str:
    return f"[{texts.label(f'selfcheck.read.{section}', ctx.lang)}](../{SECTIONS[section]})"


def _question(ctx: Context, number: int, q: Question) -> str:
    label = texts.label
    choices = "\n".join(f"<li>{html.escape(c.text)}</li>" for c in q.choices)
    letter = "ABCDEFG"[q.answer]
    explanation = q.explanation[:1].upper() + q.explanation[1:]
    return (
        f'<div class="ladok-question" id="fraga-{q.key}" data-key="{q.key}" data-topic="{q.topic}" '
        f'data-roles="{" ".join(q.roles)}" data-answer="{q.answer}" markdown="1">\n'
        f'<p class="ladok-q-text"><span class="ladok-q-number">{label("selfcheck.question", ctx.lang)} {number}.'
        f"</span> {html.escape(q.text)}</p>\n"
        f'<ol class="ladok-choices" type="A">\n{choices}\n</ol>\n'
        f'<details class="ladok-answer" markdown="1">\n'
        f"<summary>{label('selfcheck.show_answer', ctx.lang)}</summary>\n\n"
        f'<p class="ladok-explanation" markdown="1">**{label("selfcheck.correct_answer", ctx.lang)}: {letter}. '
        f"{_md(q.choices[q.answer].text)}.** {_md(explanation)} {label('selfcheck.read', ctx.lang)}: "
        f"{_link(ctx, q.section)}</p>\n\n{_consequences(ctx, q)}</details>\n</div>\n"
    )


def _consequences(ctx: Context, q: Question) -> str:
    """A scene's choices, each with what Ladok does with it (played in the engine); selfcheck.js shows the reader's."""
    if not any(q.consequences):
        return ""
    items = "\n".join(
        f'<li data-choice="{i}"><strong>{"ABCDEFG"[i]}.</strong> {html.escape(said)}</li>'
        for i, said in enumerate(q.consequences)
        if said
    )
    title = texts.label("selfcheck.consequences", ctx.lang)
    return f'<p class="ladok-consequences-title">{title}</p>\n<ul class="ladok-consequences">\n{items}\n</ul>\n\n'


def _md(text: str) -> str:
    """Engine text inside Markdown: escaped as HTML, and with Markdown's own marks made literal."""
    escaped = html.escape(text, quote=False)
    for mark in ("\\", "*", "_", "[", "]", "`"):
        escaped = escaped.replace(mark, "\\" + mark)
    return escaped


def render_tasks(ctx: Context, role: str = "") -> str:
    """The sandbox tasks (of one staff role, or all): each opens a sandbox at the task's start, and a Check asks the
    engine which parts of its goal the sandbox's state meets, linking the section that teaches each missing part."""
    if role and role not in ROLES:
        raise MarkerError(f"unknown self-check task role {role}")
    out = []
    for key, task in tasks().items():
        if role and task.role != role:
            continue
        sections = dict.fromkeys(need.section for need in task.needs)
        reads = [f'<li data-section="{s}" markdown="1">{_link(ctx, s)}</li>' for s in sections]
        reads += [f'<li data-refusal="{r}" markdown="1">{_link(ctx, s)}</li>' for r, s in READ_AFTER.items()]
        asks = ' data-asks="1"' if task.asks else ""
        title = texts.label(f"selfcheck.task_title.{key}", ctx.lang)
        out.append(
            f'<div class="ladok-task" id="uppgift-{key}" data-task="{key}" data-role="{task.role}" markdown="1">\n'
            f'<p class="ladok-task-title"><strong>{html.escape(title)}</strong></p>\n'
            f'<p class="ladok-task-text"><strong>{texts.label("selfcheck.task.goal", ctx.lang)}:</strong> '
            f"{html.escape(task_text(key, ctx.lang))}</p>\n"
            f'<ul class="ladok-task-reads" hidden markdown="1">\n{chr(10).join(reads)}\n</ul>\n'
            f'<div class="ladok-sandbox" data-scenario="{task.scenario}" data-task="{key}" '
            f'data-lang="{ctx.lang}" data-registration-by="{html.escape(ctx.local.registration_by)}" '
            f"{runtime_hint()}{asks}>\n"
            f'<button type="button" class="md-button md-button--primary ladok-open" hidden>'
            f"{texts.label('selfcheck.task.open_sandbox', ctx.lang)}</button>\n"
            f"<noscript><p>{texts.label('selfcheck.task.needs_js', ctx.lang)}</p></noscript>\n</div>\n</div>\n"
        )
    return "\n".join(out)
