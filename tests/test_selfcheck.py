"""The self-check: every marked answer is what the engine decides, in both languages; the local working-day rule moves
the deadline answers; a department's topics and number are checked; the sandbox tasks' goals are the engine's."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from guide_engine import Calendar, Settings, act, catalog, credits, result_deadline, view
from guide_engine.actions import ACTIONS
from guide_site import BuildError, build, selfcheck, texts
from guide_site.pages.context import Context
from guide_site.config import Local
from guide_site.pages.markers import render_markers

from conftest import TODAY

LANGS = ("sv", "en")


def ctx(calendar: Calendar, lang: str, settings: Settings | None = None, local: Local | None = None) -> Context:
    return Context(lang, settings or Settings(), calendar, 2026, local or Local(), "practise/check-yourself.md")


# --- the engine's own answer, asked again here, without the self-check's code -----------------------------------------


def engine_answer(facts: dict[str, Any], calendar: Calendar, settings: Settings) -> str:
    """What the engine decides for the question these facts describe, as the value of the right choice."""
    kind = facts["kind"]
    if kind == "may":
        outcome = act(facts["state"], facts["actor"], facts["action"], facts["params"], facts.get("today", TODAY))
        return "yes" if outcome.refusal is None else "no"
    if kind == "next":
        outcome = act(facts["state"], facts["actor"], facts["action"], facts["params"], TODAY)
        assert outcome.refusal is None
        return outcome.state.results_of(facts["params"]["student"], facts["params"]["target"])[-1].status
    if kind == "visible":
        state = facts["state"]
        for actor, action, params in facts["steps"]:
            state = act(state, actor, action, params, TODAY).state
            if view(state, facts["student"])["rows"]:
                return action
        raise AssertionError("the student never sees the result")
    if kind == "one_allowed":
        allowed = [v for v, (actor, action, params) in facts["options"].items()
                   if act(facts["state"], actor, action, params, TODAY).refusal is None]
        assert len(allowed) == 1, allowed
        return allowed[0]
    if kind == "sees_name":
        rows = [r for r in view(facts["state"], facts["actor"])["rows"] if r["target"] == facts["target"]]
        code = next(c for a in facts["state"].activities for c, p in a.codes if p == facts["student"])
        return "yes" if any(r["name"] for r in rows if r["code"] == code) else "no"
    if kind == "exam_date":
        rows = view(facts["state"], facts["student"])["rows"]
        return str(next(r["exam_date"] for r in rows if r["target"] == facts["target"]))
    if kind == "visible_from":
        return next(d for d in facts["days"] if credits(facts["state"], facts["student"], on=d) > 0)
    if kind == "field":
        outcome = act(facts["state"], facts["actor"], facts["action"], facts["params"], facts["today"])
        return str(getattr(outcome.state.results_of(facts["params"]["student"], "COURSE")[-1], facts["field"]))
    if kind == "deadline":
        found = result_deadline(calendar, facts["exam"], settings, facts["retake"])
        return found.last_day.isoformat()  # type: ignore[union-attr]
    if kind == "who_set":
        allowed = [role for role, actor in facts["actors"].items() if role != "student"
                   and act(facts["state"], actor, facts["action"], facts["params"], TODAY).refusal is None]
        return "+".join(r for r in ("teacher", "examiner", "study_admin") if r in allowed)
    if kind == "scene":
        return scene_answer(facts)
    if kind == "scene_authorisation":  # who presses Inspera's button: a role in Inspera, not a Ladok authorisation
        return "planner" if ACTIONS[facts["action"]].authorisation == "inspera_planner" else "reporter"
    if kind == "waiting":
        rows = view(facts["state"], facts["examiner"])["certify"]["rows"]
        waiting = {r["student"] for r in rows if r["awaits"] in ("certify", "certify_removal")}
        return "both" if set(facts["students"]) <= waiting else "result" if waiting else "none"
    if kind == "retransfer":
        outcome = act(facts["state"], *facts["play"], TODAY)
        assert outcome.refusal is None
        found = outcome.state.results_of(facts["student"], facts["target"])
        return "second" if len(found) > 1 else "updated" if found[-1].grade == "VG" else "left"
    raise AssertionError(f"no oracle for {kind}")


def scene_answer(facts: dict[str, Any]) -> str:
    """A scene: the one choice the engine accepts, or the one play's outcome; a page's fact is read by its own test."""
    plays = {value: act(facts["state"], *play, TODAY) for value, play in facts["plays"].items()}
    if facts["decided_by"] == "engine":
        accepted = [value for value, outcome in plays.items() if outcome.refusal is None]
        assert len(accepted) == 1, accepted
        return accepted[0]
    if facts["decided_by"] == "outcome":
        (outcome,) = plays.values()
        return str(facts["outcome"][0] if outcome.refusal is not None else facts["outcome"][1])
    return str(facts["answer"])


def choice_word(value: str, lang: str) -> str:
    """How the value of a choice reads in a language: the catalog's label, or the date itself."""
    if value in ("yes", "no"):
        return texts.label(f"selfcheck.{value}", lang)
    if f"state.{value}" in catalog.LABELS:
        return texts.label(f"state.{value}", lang)
    if f"action.{value}" in catalog.LABELS:
        return texts.label(f"action.{value}", lang)
    if "|" in value:
        return texts.label(f"action.{value.split('|')[0]}", lang)
    return value


# The kinds whose choice's value is a word the choice's text holds (a state, a button, yes or no, a date).
WORDED = frozenset({"may", "next", "visible", "one_allowed", "sees_name", "exam_date", "visible_from", "field",
                    "deadline"})


def test_every_marked_answer_is_the_engines_decision_in_both_languages(calendar: Calendar) -> None:
    settings = Settings()
    found = {lang: selfcheck.questions(ctx(calendar, lang)) for lang in LANGS}
    assert len(found["sv"]) >= 20
    assert [q.key for q in found["sv"]] == [q.key for q in found["en"]]
    for sv, en in zip(found["sv"], found["en"], strict=True):
        expected = engine_answer(sv.facts, calendar, settings)
        for q, lang in ((sv, "sv"), (en, "en")):
            assert q.choices[q.answer].value == expected, (lang, q.key, q.choices, expected)
            if sv.facts["kind"] in WORDED:
                assert choice_word(expected, lang) in q.choices[q.answer].text, (lang, q.key)
            assert len({c.value for c in q.choices}) == len(q.choices) >= 2, q.key
        assert sv.answer == en.answer and sv.section == en.section


def test_every_topic_is_asked_and_a_yes_is_not_always_the_answer(calendar: Calendar) -> None:
    found = selfcheck.questions(ctx(calendar, "sv"))
    assert {q.topic for q in found} == set(selfcheck.TOPICS)
    yes_no = [q for q in found if [c.value for c in q.choices] == ["yes", "no"]]
    assert {q.answer for q in yes_no} == {0, 1}


def marked(html: str) -> dict[str, str]:
    """question key -> the marked answer's index, as the page carries it for selfcheck.js."""
    found = re.findall(r'data-key="([^"]+)" data-topic="[^"]+" data-roles="[^"]*" data-answer="(\d)"', html)
    return dict(found)


def deadline_answers(calendar: Calendar, settings: Settings) -> dict[str, str]:
    return {q.key: q.choices[q.answer].value for q in selfcheck.questions(ctx(calendar, "en", settings))
            if q.topic == "deadlines"}


def test_the_page_marks_the_engines_answer_in_both_languages(calendar: Calendar) -> None:
    for lang in LANGS:
        page = render_markers("<!-- ladok:selfcheck -->", ctx(calendar, lang))
        found = selfcheck.questions(ctx(calendar, lang))
        assert marked(page) == {q.key: str(q.answer) for q in found}
        assert page.count("<details") == len(found)
        assert texts.label("selfcheck.show_answer", lang) in page


def test_another_working_day_rule_changes_the_deadline_answers(calendar: Calendar) -> None:
    usual, shorter = deadline_answers(calendar, Settings()), deadline_answers(calendar, Settings(working_days=10))
    assert len(usual) == 3
    assert usual != shorter
    for key, day in shorter.items():  # and each is what the engine counts with that rule
        q = next(q for q in selfcheck.questions(ctx(calendar, "en", Settings(working_days=10))) if q.key == key)
        assert day == engine_answer(q.facts, calendar, Settings(working_days=10))


def test_a_build_with_another_working_day_rule_changes_the_deadline_answers(tmp_path: Any) -> None:
    """The whole build: mkdocs.yml's rule reaches the page, and the department's topics and number are followed."""
    from test_build import build as mkdocs_build
    from test_build import project_copy, text_of

    project = project_copy(tmp_path / "p", "  ladok_rules:\n    working_days: 10\n"
                           "  ladok_selfcheck:\n    topics: [deadlines, who]\n    questions: 5\n")
    run = mkdocs_build(project, tmp_path / "site", SOURCE_DATE_EPOCH="1767225600")
    assert run.returncode == 0, run.stderr[-2000:]
    page = (tmp_path / "site" / "en/practise/check-yourself/index.html").read_text(encoding="utf-8")
    assert len(re.findall(r'class="ladok-question"', page)) == 5
    assert set(re.findall(r'data-topic="(\w+)"', page)) == {"deadlines", "who"}
    assert "10 working days after the exam" in text_of(tmp_path / "site", "en/practise/check-yourself")
    assert "15 working days after the exam" not in page


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ({"topics": ["who", "fly"]}, "extra.ladok_selfcheck.topics: ['who', 'fly'] is not allowed"),
        ({"topics": []}, "extra.ladok_selfcheck.topics: [] is not allowed"),
        ({"questions": 0}, "extra.ladok_selfcheck.questions: 0 is not allowed; it must be a whole number from 1"),
        ({"questions": True}, "extra.ladok_selfcheck.questions: True is not allowed"),
        ({"many": 3}, "extra.ladok_selfcheck.many: 3 is not a known setting; the settings are topics, questions"),
        ("all", "extra.ladok_selfcheck: 'all' is not allowed"),
    ],
)
def test_a_wrong_selfcheck_setting_stops_the_build_naming_key_value_and_allowed(value: Any, says: str) -> None:
    with pytest.raises(BuildError, match=re.escape(says)):
        build.configured({"ladok_selfcheck": value})


def test_the_department_chooses_topics_and_number(calendar: Calendar) -> None:
    _, local = build.configured({"ladok_selfcheck": {"topics": ["grades", "dates"], "questions": 5}})
    found = selfcheck.questions(ctx(calendar, "sv", local=local))
    assert len(found) == 5 and {q.topic for q in found} == {"grades", "dates"}
    assert [q.topic for q in found] == sorted((q.topic for q in found), key=selfcheck.TOPICS.index)


def test_every_link_goes_to_a_heading_that_exists_in_both_languages() -> None:
    from pathlib import Path

    from guide_site.pages.parity import heading_ids

    docs = Path(__file__).resolve().parent.parent / "docs"
    for section, target in selfcheck.SECTIONS.items():
        page, anchor = target.split("#")
        for lang in LANGS:
            assert anchor in heading_ids((docs / lang / page).read_text(encoding="utf-8")), (section, lang)
    assert set(selfcheck.READ_AFTER.values()) <= set(selfcheck.SECTIONS)


def test_the_self_check_uses_the_build_year_not_the_clock(calendar: Calendar) -> None:
    one = [q.text for q in selfcheck.questions(ctx(calendar, "sv"))]
    assert one == [q.text for q in selfcheck.questions(ctx(calendar, "sv"))]
    later = Context("sv", Settings(), calendar, 2027, Local(), "practise/check-yourself.md")
    deadlines = [q for q in selfcheck.questions(later) if q.topic == "deadlines"]
    assert all(dt.date.fromisoformat(q.choices[q.answer].value).year >= 2027 for q in deadlines)



# --- judgement, not recall: templates, topics, scenes with consequences, answers from the pages ----------------------


def test_no_template_gives_more_than_a_fifth_of_the_questions_in_either_language(calendar: Calendar) -> None:
    from collections import Counter

    for lang in LANGS:
        found = selfcheck.questions(ctx(calendar, lang))
        assert all(q.template for q in found), [q.key for q in found if not q.template]
        assert all(q.template in texts.MESSAGES for q in found), "a template is the key of the question's stem"
        template, most = Counter(q.template for q in found).most_common(1)[0]
        assert most <= len(found) / 5, (lang, template, most, len(found))


# The issue's topics a new examiner needs, and the questions that ask about each.
ISSUE_TOPICS = {
    "correcting versus reconsidering, never lowering except for an obvious error": (
        "correct-lower", "reconsider-lower", "correct-first"),
    "a blank paper, and nothing handed in": ("blank-paper", "nothing-handed-in"),
    "re-authenticating when certifying": ("reauthenticate",),
    "where waiting results and removals show up, and the e-mail": ("waiting-list", "notify-who"),
    "who presses Inspera's Transfer all grades": ("inspera-who-presses",),
    "a grading scale that does not match": ("inspera-scale",),
    "a student missing from the list or not registered": ("missing-earlier", "missing-other", "missing-not-found",
                                                          "not-registered", "not-registered-retake"),
    "the learning platform's route": ("platform-draft", "platform-ready", "platform-order", "platform-skips"),
}


def test_every_topic_of_the_issue_is_asked_in_both_languages(calendar: Calendar) -> None:
    for lang in LANGS:
        keys = {q.key for q in selfcheck.questions(ctx(calendar, lang))}
        for topic, asked in ISSUE_TOPICS.items():
            assert set(asked) <= keys, (lang, topic, set(asked) - keys)


def section_text(lang: str, section: str) -> str:
    """The Markdown of one section of a page: from its heading to the next heading of the same or a higher level."""
    from pages import rendered

    page, anchor = selfcheck.SECTIONS[section].split("#")
    lines = rendered(lang, page).splitlines()  # with its markers rendered: a rule written once stands there
    start = next(i for i, line in enumerate(lines) if line.startswith("#") and f"{{#{anchor}}}" in line)
    level = len(lines[start]) - len(lines[start].lstrip("#"))
    end = next((i for i in range(start + 1, len(lines))
                if lines[i].startswith("#") and len(lines[i]) - len(lines[i].lstrip("#")) <= level), len(lines))
    return " ".join(" ".join(lines[start:end]).split())


# The answers the engine cannot give, each as the page the question links states it: question -> (the answer's value,
# the words of the linked section in Swedish and in English). A new such question needs its line here.
PAGE_ANSWERS = {
    "correct-lower": ("correct", "också sänka betyget", "it can lower the grade too"),
    "reconsider-lower": ("keep", "om betyget inte sänks", "the grade is not lowered"),
    "who-decides": ("examiner", "alltid examinator som beslutar", "always the examiner who decides"),
    "blank-paper": ("module", "ett underkänt betyg rapporteras när studenten har lämnat in något att bedöma",
                    "a fail is reported when the student has handed in something to assess"),
    "nothing-handed-in": ("nothing", "den som inte har lämnat in något alls får inget betyg",
                          "a student who handed in nothing at all gets no grade"),
    "reauthenticate": ("sign", "be dig logga in en gång till innan beslutet sparas. Det är så du skriver under",
                       "ask you to sign in once more before the decision is saved. That is how you sign"),
    "inspera-who-presses": ("planner", "en roll i Inspera, inte en behörighet i Ladok",
                            "a role in Inspera, not a Ladok authorisation"),
    "missing-not-found": ("check", "kontrollera numret", "check the number"),
    "not-registered-retake": ("local", "skiljer sig däremot mellan lärosätena", "differs between universities"),
    "not-registered": ("register", "utan den kan ditt resultat inte rapporteras", "without it your result cannot be reported"),
    "platform-order": ("before", "innan du rapporterar till ladok", "before you report to ladok"),
    "platform-skips": ("skipped", "det förs inte över", "it is not transferred"),
}
def test_an_answer_the_engine_cannot_give_is_what_the_linked_section_says(calendar: Calendar) -> None:
    """A page's fact: the section the question links says it, in both languages, and the marked answer is the one it
    gives."""
    for lang in LANGS:
        found = {q.key: q for q in selfcheck.questions(ctx(calendar, lang))}
        page = {k for k, q in found.items() if q.facts.get("decided_by") == "page"}
        assert page == set(PAGE_ANSWERS)
        for key, (answer, sv, en) in PAGE_ANSWERS.items():
            q = found[key]
            assert q.choices[q.answer].value == answer, key
            for language, words in (("sv", sv), ("en", en)):
                assert words.lower() in section_text(language, q.section).lower(), (key, language, words)


def test_the_page_check_can_fail() -> None:
    assert "lowered" not in section_text("en", "report_fill")
    assert "it can lower the grade too" in section_text("en", "when_change")


def test_each_scene_shows_what_ladok_does_with_every_choice_as_the_engine_says(calendar: Calendar) -> None:
    from guide_engine import message

    scenes = 0
    for lang in LANGS:
        for q in selfcheck.questions(ctx(calendar, lang)):
            if q.facts.get("kind") not in ("scene", "scene_authorisation"):
                continue
            scenes += 1
            assert len(q.consequences) == len(q.choices), q.key
            values = [c.value for c in q.choices]
            kinds = set()
            for value, play in q.facts["plays"].items():
                said = q.consequences[values.index(value)]
                outcome = act(q.facts["state"], *play, TODAY)
                if outcome.refusal is not None:
                    kinds.add("refused")
                    assert message(outcome.refusal.key, outcome.refusal.params, lang) in said, (q.key, value)
                    assert said.startswith(texts.message("selfcheck.c.refused", {"engine": ""}, lang))
                else:
                    kinds.add("done")
                    assert all(message(e.key, e.params, lang) in said for e in outcome.events), (q.key, value)
            for value, (pnr, target) in q.facts["nothing"].items():
                assert not q.facts["state"].results_of(pnr, target)
                assert q.consequences[values.index(value)].startswith(texts.message(
                    "selfcheck.c.nothing", {"name": "", "module": ""}, lang).split(".")[0])
            if q.facts["decided_by"] == "engine":
                assert kinds == {"refused", "done"}, (q.key, "a scene the engine decides shows a no and a yes")
    assert scenes >= 2 * 10, "at least ten scenes, in both languages"


def test_the_page_lists_each_scenes_consequences_in_its_answer(calendar: Calendar) -> None:
    for lang in LANGS:
        page = render_markers("<!-- ladok:selfcheck -->", ctx(calendar, lang))
        found = selfcheck.questions(ctx(calendar, lang))
        with_consequences = [q for q in found if any(q.consequences)]
        assert page.count('class="ladok-consequences"') == len(with_consequences) >= 12
        blank = next(q for q in found if q.key == "blank-paper")
        assert all(html_escape(c) in page for c in blank.consequences)


def html_escape(text: str) -> str:
    import html

    return html.escape(text)


def test_no_question_states_a_csn_timing_of_its_own(calendar: Calendar) -> None:
    """When CSN sees credits is one value, from the engine (issue 33): the self-check states none of its own."""
    for lang in LANGS:
        for q in selfcheck.questions(ctx(calendar, lang)):
            assert "CSN" not in " ".join([q.text, q.explanation, *(c.text for c in q.choices), *q.consequences])


def test_the_tasks_are_rendered_by_role_each_with_its_goal_and_the_sections_its_check_may_name(
        calendar: Calendar) -> None:
    from guide_engine.goals import tasks
    from guide_engine.goals_api import task_text
    from guide_site.pages.context import MarkerError

    for lang in LANGS:
        shown = []
        for role in ("teacher", "examiner", "study_admin"):
            page = render_markers(f"<!-- ladok:selfcheck tasks {role} -->", ctx(calendar, lang))
            keys = re.findall(r'class="ladok-task" id="uppgift-(\w+)" data-task="\w+" data-role="(\w+)"', page)
            assert keys and {r for _, r in keys} == {role}
            shown += [k for k, _ in keys]
            for key, _ in keys:
                assert html_escape(task_text(key, lang)) in page
                for need in tasks()[key].needs:
                    assert f'data-section="{need.section}"' in page
        assert sorted(shown) == sorted(tasks())
    with pytest.raises(MarkerError):
        render_markers("<!-- ladok:selfcheck tasks dean -->", ctx(calendar, "sv"))
