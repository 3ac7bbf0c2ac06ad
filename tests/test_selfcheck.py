"""The self-check: every marked answer is what the engine decides, in both languages; the local working-day rule moves
the deadline answers; a department's topics and number are checked; the sandbox tasks' goals are the engine's."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from guide_engine import Calendar, Settings, act, catalog, credits, result_deadline, view
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
    raise AssertionError(f"no oracle for {kind}")


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


def test_every_marked_answer_is_the_engines_decision_in_both_languages(calendar: Calendar) -> None:
    settings = Settings()
    found = {lang: selfcheck.questions(ctx(calendar, lang)) for lang in LANGS}
    assert len(found["sv"]) >= 20
    assert [q.key for q in found["sv"]] == [q.key for q in found["en"]]
    for sv, en in zip(found["sv"], found["en"], strict=True):
        expected = engine_answer(sv.facts, calendar, settings)
        for q, lang in ((sv, "sv"), (en, "en")):
            assert q.choices[q.answer].value == expected, (lang, q.key, q.choices, expected)
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

