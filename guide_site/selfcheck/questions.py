"""The self-check's questions, each answered by asking the engine, never by a rule of our own.

Every question plays a made-up course through `guide_engine.act()` (or asks `view()`, `credits()` or
`result_deadline()`), and its marked answer is what the engine decided. Each keeps, in `facts`, what it asked, so that
a test can ask the engine again by itself. Texts come from the catalog (`guide_site/texts/`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from guide_engine import Calendar, Settings, State, act, all_scenarios, catalog, describe, view
from guide_engine.scenarios import EXAM_DAY, play

from .. import texts

SEED = 20  # the number: the same seed and year give the same dates on every build
AUTHORISATION_REFUSALS = frozenset({"not_authorised", "not_examiner_of_course"})
STAFF = ("teacher", "examiner", "study_admin")
COURSE = "COURSE"


@dataclass(frozen=True)
class Choice:
    value: str  # what the engine's answer is, as a value: "yes", a state, a date, "action|target"
    text: str


@dataclass(frozen=True)
class Question:
    key: str
    topic: str
    roles: tuple[str, ...]
    text: str
    choices: tuple[Choice, ...]
    answer: int
    explanation: str
    section: str  # a key of selfcheck.SECTIONS
    facts: dict[str, Any] = field(default_factory=dict, compare=False)
    template: str = ""  # the key of the question's stem: no stem may give more than a fifth of the questions
    consequences: tuple[str, ...] = ()  # a scenario's choices played out in the engine: what Ladok does with each


@dataclass(frozen=True)
class Asker:
    """What every question asks with: the page's language, the calendar, the local rule and the build's year."""

    lang: str
    calendar: Calendar
    settings: Settings
    year: int

    def m(self, key: str, **params: Any) -> str:
        return texts.message(key, params, self.lang)

    def label(self, key: str) -> str:
        return texts.label(key, self.lang)

    def word(self, key: str) -> str:
        return catalog.in_sentence(texts.label(key, self.lang))

    def button(self, action: str) -> str:
        return self.term(f"action.{action}")

    def term(self, key: str) -> str:
        """A button's or a field's name in Ladok, quoted inside a sentence."""
        return catalog.quoted(texts.label(key, self.lang), self.lang)

    def day(self, day: str) -> str:
        weekday = texts.label(f"weekday.{dt.date.fromisoformat(day).weekday()}", self.lang)
        return f"{catalog.in_sentence(weekday) if self.lang == 'sv' else weekday} {day}"

    def yes_no(self) -> tuple[Choice, Choice]:
        return Choice("yes", self.label("selfcheck.yes")), Choice("no", self.label("selfcheck.no"))


# --- states, brought about through the engine -----------------------------------------------------------------------

SCENARIO = all_scenarios()["written_exam"]
TODAY = SCENARIO.today


def _play(state: State, steps: list[tuple[str, str, dict[str, Any]]], today: dt.date = TODAY) -> State:
    """The exercises' own set-up (`scenarios.play`), on the self-check's day unless told otherwise."""
    return play(state, steps, today)


def _people(state: State) -> dict[str, str]:
    """role -> the first person in the scenario with it."""
    out: dict[str, str] = {}
    for person in state.people:
        out.setdefault(person.roles[0], person.id)
    return out


def _fresh() -> State:
    return replace(SCENARIO.start, scenario="", step=0)


def _student(state: State) -> str:
    return state.registered()[0].pnr


def _report(pnr: str, target: str, grade: str, day: str, who: dict[str, str]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(who["teacher"], "save_draft", {"student": pnr, "target": target, "grade": grade, "exam_date": day})]


def _ready(pnr: str, target: str, who: dict[str, str]) -> list[tuple[str, str, dict[str, Any]]]:
    ready = {"student": pnr, "target": target, "graded_by": who["teacher"], "notify": who["examiner"]}
    return [(who["teacher"], "mark_ready", ready)]


def _certify(pnr: str, target: str, who: dict[str, str]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(who["examiner"], "certify", {"student": pnr, "target": target})]


def _passed(pnr: str, target: str, grade: str, day: str, who: dict[str, str]) -> list[tuple[str, str, dict[str, Any]]]:
    return [*_report(pnr, target, grade, day, who), *_ready(pnr, target, who), *_certify(pnr, target, who)]


def _lifecycle_states() -> dict[str, tuple[State, dict[str, Any]]]:
    """status of one result -> a state where it has that status, and the parameters that name the result."""
    state, who = _fresh(), _people(_fresh())
    pnr, target, day = _student(state), "TEN1", EXAM_DAY
    subject = {"student": pnr, "target": target}
    draft = play(state, _report(pnr, target, "G", day, who), TODAY)
    ready = play(draft, _ready(pnr, target, who), TODAY)
    certified = play(ready, _certify(pnr, target, who), TODAY)
    prepared = play(certified, [(who["study_admin"], "prepare_removal", subject)], TODAY)
    return {
        "none": (state, {**subject, "grade": "G", "exam_date": day}),
        "draft": (draft, {**subject, "graded_by": who["teacher"], "notify": who["examiner"]}),
        "ready": (ready, subject),
        "certified": (certified, subject),
        "prepared_for_removal": (prepared, subject),
    }


# --- who may take an action ------------------------------------------------------------------------------------------

# action -> the status its result is in when it is asked about
WHO_ACTIONS = (
    ("save_draft", "none"),
    ("mark_ready", "draft"),
    ("certify", "ready"),
    ("prepare_removal", "certified"),
    ("certify_removal", "prepared_for_removal"),
)


def _may(
    state: State, actor: str, action: str, params: dict[str, Any]
) -> tuple[bool, list[tuple[str, dict[str, Any]]]]:
    """Whether the engine lets `actor` do `action` here, and what it says; only an authorisation may refuse."""
    outcome = act(state, actor, action, params, TODAY)
    if outcome.refusal is not None and outcome.refusal.key not in AUTHORISATION_REFUSALS:
        raise ValueError(f"self-check question on {action} refused for another reason: {outcome.refusal}")
    return outcome.refusal is None, _said(outcome)


def _said(outcome: Any) -> list[tuple[str, dict[str, Any]]]:
    """What Ladok says to an outcome, as (key, params) pairs, made into text in the page's language by `_say`."""
    if outcome.refusal is not None:
        return [(outcome.refusal.key, outcome.refusal.params)]
    return [(e.key, e.params) for e in outcome.events]


def _say(a: Asker, said: list[tuple[str, dict[str, Any]]]) -> str:
    return " ".join(texts.message(k, p, a.lang) for k, p in said)


def told(a: Asker, outcome: Any, params: dict[str, Any]) -> str:
    """What Ladok does with an action: refused and why, or done, the status the result gets and what follows."""
    if outcome.refusal is not None:
        return a.m("selfcheck.c.refused", engine=_say(a, _said(outcome)))
    pnr, target = params.get("student"), params.get("target")
    found = outcome.state.results_of(pnr, target) if isinstance(pnr, str) and isinstance(target, str) else ()
    status = f"state.{found[-1].status}" if found else "state.none"
    return a.m("selfcheck.c.done", engine=_say(a, _said(outcome)), state=status)


# The sets of roles offered as answers, in this order; the engine's answer is always among the three shown.
ROLE_SETS = (("examiner",), STAFF, ("examiner", "study_admin"), ("teacher", "examiner"))


def who_questions(a: Asker) -> list[Question]:
    """Who may use a button: one question per action, the roles the engine lets through as the answer."""
    states = _lifecycle_states()
    out = []
    for action, status in WHO_ACTIONS:
        state, params = states[status]
        who = _people(state)
        decided = {role: _may(state, who[role], action, params) for role in STAFF}
        allowed = tuple(role for role in STAFF if decided[role][0])
        shown = [allowed, *(s for s in ROLE_SETS if s != allowed)][:3]
        ordered = sorted(shown, key=lambda s: ROLE_SETS.index(s) if s in ROLE_SETS else -1)
        refused = next((role for role in STAFF if not decided[role][0]), None)
        said = _say(a, decided[refused][1]) if refused else _say(a, decided[allowed[0]][1])
        out.append(
            Question(
                f"who-{action}",
                "who",
                STAFF,
                a.m("selfcheck.q.who_set", button=a.button(action)),
                tuple(Choice("+".join(s), _roles_text(a, s)) for s in ordered),
                ordered.index(allowed),
                a.m(
                    "selfcheck.x.who",
                    allowed=_joined(a, [a.word(f"team.{r}") for r in allowed]),
                    button=a.button(action),
                    engine=said,
                ),
                "certify" if action == "certify" else "mark_ready" if action == "mark_ready" else "permissions",
                {"kind": "who_set", "state": state, "actors": who, "action": action, "params": params},
                template="selfcheck.q.who_set",
            )
        )
    return out


def _roles_text(a: Asker, roles: tuple[str, ...]) -> str:
    words = _joined(a, [a.word(f"team.{r}") for r in roles])
    return a.m("selfcheck.c.only", who=words) if len(roles) == 1 else words[:1].upper() + words[1:]


def _joined(a: Asker, items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + (" och " if a.lang == "sv" else " and ") + items[-1]


# --- what happens next in a result's life ----------------------------------------------------------------------------

NEXT = (
    ("none", "save_draft", "teacher"),
    ("draft", "mark_ready", "teacher"),
    ("ready", "certify", "examiner"),
    ("ready", "unmark_ready", "teacher"),
    ("certified", "prepare_removal", "study_admin"),
    ("prepared_for_removal", "certify_removal", "examiner"),
)


def next_questions(a: Asker) -> list[Question]:
    states = _lifecycle_states()
    statuses = describe()["states"][1:]  # every state a result can be in
    out = []
    for before, action, role in NEXT:
        state, params = states[before]
        actor = _people(state)[role]
        outcome = act(state, actor, action, params, TODAY)
        if outcome.refusal is not None:
            raise ValueError(f"self-check lifecycle question refused: {outcome.refusal}")
        after = outcome.state.results_of(params["student"], params["target"])[-1].status
        choices = tuple(Choice(s, a.label(f"state.{s}")) for s in statuses)
        out.append(
            Question(
                f"next-{before}-{action}",
                "lifecycle",
                STAFF,
                a.m(
                    "selfcheck.q.next",
                    before=catalog.quoted(a.label(f"state.{before}"), a.lang),
                    role=a.word(f"team.{role}"),
                    button=a.button(action),
                ),
                choices,
                statuses.index(after),
                a.m(
                    "selfcheck.x.next",
                    after=catalog.quoted(a.label(f"state.{after}"), a.lang),
                    engine=_say(a, _said(outcome)),
                ),
                "lifecycle",
                {"kind": "next", "state": state, "actor": actor, "action": action, "params": params},
                template="selfcheck.q.next",
            )
        )
    out.append(_visible_question(a))
    return out


def _visible_question(a: Asker) -> Question:
    state = _fresh()
    who, pnr = _people(state), _student(state)
    steps = _passed(pnr, "TEN1", "G", EXAM_DAY, who)
    choices = tuple(Choice(action, texts.label(f"action.{action}", a.lang)) for _, action, _ in steps)
    seen_after = next(i for i in range(len(steps)) if view(play(state, steps[: i + 1], TODAY), pnr)["rows"])
    return Question(
        "visible-after",
        "lifecycle",
        STAFF,
        a.m("selfcheck.q.visible"),
        choices,
        seen_after,
        a.m("selfcheck.x.visible", button=a.button(steps[seen_after][1])),
        "certify",
        {"kind": "visible", "state": state, "steps": steps, "student": pnr},
        template="selfcheck.q.visible",
    )


# --- the order of a change under a course grade ----------------------------------------------------------------------

CHANGE_AT = (1, 2, 4, 7)  # the steps of the change_grade scenario asked about: what is the next step here?


def change_questions(a: Asker) -> list[Question]:
    scenario = all_scenarios()["change_grade"]
    state = replace(scenario.start, scenario="", step=0)
    steps = [s for s in scenario.steps]
    done: list[str] = []
    out = []
    for at, step in enumerate(steps):
        if at in CHANGE_AT:
            out.append(_change_question(a, state, steps, at, done))
        outcome = act(state, step.actor, step.action, step.params, scenario.today)
        if outcome.refusal is None:
            state = outcome.state
            done.append(_option_text(a, state, step.actor, step.action, step.params["target"]))
    return out


def _option_text(a: Asker, state: State, actor: str, action: str, target: str) -> str:
    person = state.person(actor)
    assert person is not None
    module = state.course.module(target)
    name = (module.name(a.lang) if module else a.label("target.COURSE")).lower()
    return f"{a.label(f'role.{person.roles[0]}').split(' (')[0]}: {a.button(action)} ({name})"


def _change_question(a: Asker, state: State, steps: list[Any], at: int, done: list[str]) -> Question:
    """The step at `at` and later steps of other kinds: the engine lets exactly one of them happen now."""
    options, seen = [steps[at]], {(steps[at].action, steps[at].params["target"])}
    for later in steps[at + 1 :]:
        kind = (later.action, later.params["target"])
        if kind in seen or len(options) == 3 or later.expect != "ok":
            continue
        seen.add(kind)
        options.append(later)
    outcomes = [act(state, o.actor, o.action, o.params, TODAY) for o in options]
    allowed = [i for i, o in enumerate(outcomes) if o.refusal is None]
    if len(allowed) != 1:
        raise ValueError(f"self-check change question at step {at}: {len(allowed)} options allowed")
    order = sorted(range(len(options)), key=lambda i: (options[i].action, options[i].params["target"]))
    choices = tuple(
        Choice(
            f"{options[i].action}|{options[i].params['target']}",
            _option_text(a, state, options[i].actor, options[i].action, options[i].params["target"]),
        )
        for i in order
    )
    answer = order.index(allowed[0])
    wrong = next(i for i in order if i != allowed[0])
    student = state.student(steps[at].params["student"])
    module = state.course.module("TEN1")
    assert student is not None and module is not None
    done_text = a.m("selfcheck.change.done", steps="; ".join(done)) if done else a.m("selfcheck.change.nothing")
    return Question(
        f"change-step-{at}",
        "change",
        STAFF,
        a.m("selfcheck.q.change", name=student.name, module=catalog.in_sentence(module.name(a.lang)), done=done_text),
        choices,
        answer,
        a.m(
            "selfcheck.x.change",
            choice=choices[answer].text,
            engine=_say(a, _said(outcomes[allowed[0]])),
            other=choices[order.index(wrong)].text,
            refusal=_say(a, _said(outcomes[wrong])),
        ),
        "change_order",
        {
            "kind": "one_allowed",
            "state": state,
            "options": {
                c.value: (options[i].actor, options[i].action, options[i].params)
                for c, i in zip(choices, order, strict=True)
            },
        },
        template="selfcheck.q.change",
        consequences=tuple(told(a, outcomes[i], options[i].params) for i in order),
    )
