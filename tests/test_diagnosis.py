"""Where is my result? Each cause and its dates, in both languages, with the department's settings changed too.

The typical course (the seed's 2.5 hp instalments): moments 1-2 and 3-4 are modules of two parts each, the project a
module of its own. Expected dates are counted by hand over Swedish holidays (day 1 is the first working day after
the exam): an exam on Friday 2026-03-27 has Good Friday (04-03) and Easter Monday (04-06) in its way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from guide_engine import Calendar, Refusal, Settings, catalog
from guide_engine import diagnosis as dg
from guide_engine.diagnosis import CAUSES, Case, Diagnosis, cause_table, diagnose, likely_cause
from guide_engine.diagnosis_words import decision_list, explain
from guide_engine.model import InvalidDefinition
from guide_engine.progress import course_from_structure, csn_can_see, csn_days, timeline
from guide_engine.scenarios import SEED

EXAM = dt.date(2026, 3, 27)
WITHIN = dt.date(2026, 4, 10)
AFTER = dt.date(2026, 4, 22)  # the day after the last day (Tuesday 2026-04-21)
PLAIN = {"shows": "nothing", "registered": "yes", "on_time": "yes", "rest": "yes", "graded": "no"}


def case(part: str = "3", today: dt.date = WITHIN, retake: dt.date | None = None, **answers: str) -> Case:
    return Case(part, {**PLAIN, **answers}, EXAM, retake, today)


def run(calendar: Calendar, c: Case, settings: Settings | None = None) -> Diagnosis:
    found = diagnose(SEED, c, calendar, settings or Settings())
    assert not isinstance(found, Refusal), found
    return found


def words(found: Diagnosis, lang: str, settings: Settings | None = None, **kw: str) -> dict[str, Any]:
    return explain(found, settings or Settings(), lang, **kw)


# --- each cause, with its dates -----------------------------------------------------------------------------------


def test_not_graded_yet_within_the_rule_gives_every_date(calendar: Calendar) -> None:
    """Nothing in Ladok, nothing heard, still within 15 working days: wait; the last day, when it can show, CSN."""
    found = run(calendar, case())
    assert found.to_dict() == {
        "cause": "not_graded_yet", "notes": [], "ask": "later", "module": "DEL2", "part": "3", "alone": False,
        "hp": 2.5,
        "facts": {**PLAIN, "alone": "no", "phase": "within"},
        "dates": {"exam": "2026-03-27", "retake": None, "last_day": "2026-04-21", "governing": "working_days",
                  "counted_from": "2026-03-27", "due": "2026-04-21", "visible_from": "2026-03-31",
                  "csn_from": "2026-04-01", "csn_by": "2026-04-23"},
    }
    sv, en = words(found, "sv"), words(found, "en")
    assert sv["title"] == "Resultatet är troligen inte klart än, och det är inom fristen."
    assert sv["dates"] == [
        "Resultatet ska finnas i Ladok senast tisdag 2026-04-21.",
        "Det är arbetsdag 15 efter examinationen fredag 2026-03-27, enligt institutionens regel.",
        "Resultatet kan synas för dig från tisdag 2026-03-31 och senast tisdag 2026-04-21.",
        "CSN kan se poängen från onsdag 2026-04-01 och senast torsdag 2026-04-23.",
    ]
    assert en["dates"][0] == "The result should be in Ladok by Tuesday 2026-04-21."
    assert en["ask"] == "You need not ask anyone yet. If the result does not show after the last day, ask your teacher."
    assert en["credits"] == (
        "This part (assignment 3) gives no credits on its own. It belongs to the module “Module 2: assignments 3–4” "
        "(2.5 credits) together with assignment 4, and CSN counts the credits only once the whole module is passed "
        "and certified."
    )


def test_the_same_exam_the_day_after_the_last_day_is_late_and_names_whom_to_ask(calendar: Calendar) -> None:
    found = run(calendar, case(today=AFTER))
    assert (found.cause.key, found.facts["phase"]) == ("overdue", "overdue")
    sv = words(found, "sv", contact="expeditionen@example.org")
    assert sv["title"] == "Resultatet är sent."
    assert sv["dates"] == ["Resultatet skulle ha funnits i Ladok senast tisdag 2026-04-21."]
    assert sv["ask"] == ("Fråga i första hand din lärare eller kursens examinator. Får du inget svar, fråga "
                         "studieadministrationen (expeditionen@example.org).")
    en = words(found, "en")
    assert en["ask"].endswith("If you get no answer, ask your department's study administration.")
    assert "under the department's rule it should have been there by 2026-04-21" in en["message"]["en"]
    assert run(calendar, case(today=dt.date(2026, 4, 21))).cause.key == "not_graded_yet", "the last day is in time"


def test_graded_but_not_in_ladok_waits_for_certification(calendar: Calendar) -> None:
    found = run(calendar, case(graded="yes"))
    assert found.cause.key == "awaiting_certification" and found.deadline.last_day == dt.date(2026, 4, 21)
    assert words(found, "sv")["why"] == (
        "Läraren har rättat, men du ser resultatet först när examinator har attesterat det. Innan dess har det "
        "status ”Utkast” eller ”Klarmarkerat”, och det ser bara personalen."
    )
    assert "its status is “Draft” or “Marked as ready”" in words(found, "en")["why"]
    assert "Could you see whether it is waiting to be certified?" in words(found, "en")["message"]["en"]
    assert run(calendar, case(graded="yes", today=AFTER)).cause.key == "overdue", "past the last day it is late"


def test_a_result_that_shows_is_certified_and_csn_sees_it_within_the_rule(calendar: Calendar) -> None:
    """Shown today (Friday 2026-04-10): CSN sees a certified result 1-2 working days after, by Tuesday 04-14."""
    found = run(calendar, case(shows="result", registered="no", graded="no"))
    assert found.cause.key == "shown" and found.notes == ()
    assert found.to_dict()["dates"]["csn_by"] == "2026-04-14"
    assert words(found, "sv")["dates"] == [
        "CSN kan se ett attesterat resultat 1–2 arbetsdagar efter attesteringen, så det här senast tisdag 2026-04-14."
    ]
    assert words(found, "en")["message"] is None and words(found, "en")["ask"] == "You need not ask anyone."


def test_no_registration_this_term_means_no_result_can_be_reported(calendar: Calendar) -> None:
    found = run(calendar, case(registered="no", today=AFTER, graded="yes"))
    assert found.cause.key == "not_registered" and found.cause.ask == "study_admin"
    sv = words(found, "sv", course="WEB010", contact="expeditionen@example.org")
    assert sv["title"] == "Du är inte registrerad på kursen den här terminen."
    assert sv["dates"] == [] and sv["ask"] == "Fråga studieadministrationen (expeditionen@example.org)."
    assert sv["message"]["sv"] == (
        "Hej!\n\nJag blev klar med moment 3 i WEB010 den 2026-03-27, men jag är inte registrerad på kursen den här "
        "terminen, så resultatet kan inte rapporteras i Ladok. Kan ni registrera mig, eller hjälpa mig med en "
        "omregistrering?\n\nVänliga hälsningar\n[ditt namn]"
    )
    assert sv["message"]["en"].startswith("Hello,\n\nI finished assignment 3 in WEB010 on 2026-03-27, but I am not")


def test_unsure_of_the_registration_adds_a_check_beside_any_other_cause(calendar: Calendar) -> None:
    found = run(calendar, case(registered="unsure", today=AFTER))
    assert (found.cause.key, found.notes) == ("overdue", ("check_registration",))
    assert words(found, "en")["notes"] == [
        "Check in Ladok, too, that you are registered on the course this term. Without a registration no result "
        "can be reported."
    ]


def test_a_late_hand_in_counts_from_the_next_occasion(calendar: Calendar) -> None:
    """Graded at the re-take on Friday 2026-05-08: 15 working days past Ascension Day (05-14) is Monday 06-01."""
    found = run(calendar, case(on_time="no", retake=dt.date(2026, 5, 8)))
    assert found.cause.key == "handed_in_late" and found.counted is not None
    assert (found.counted.exam, found.counted.last_day) == (dt.date(2026, 5, 8), dt.date(2026, 6, 1))
    assert words(found, "sv")["dates"] == [
        "Bedöms inlämningen vid tillfället fredag 2026-05-08, ska resultatet finnas i Ladok senast måndag 2026-06-01."
    ]
    unknown = run(calendar, case(on_time="no"))
    assert words(unknown, "en")["dates"] == [
        "The deadline then counts from the next occasion: 15 working days after it."
    ]


def test_a_missing_part_of_the_module_means_nothing_shows_for_it(calendar: Calendar) -> None:
    found = run(calendar, case(rest="no", today=AFTER))
    assert found.cause.key == "module_incomplete" and found.visible_from is None and found.csn is None
    sv = words(found, "sv")
    assert sv["title"] == "En annan del av modulen saknas." and sv["dates"] == []
    assert "Vad saknar jag i modulen ”Kursmoment 3–4”" in sv["message"]["sv"]


def test_unsure_of_the_rest_is_told_that_a_part_gives_no_credits_on_its_own(calendar: Calendar) -> None:
    found = run(calendar, case(part="1", rest="unsure"))
    assert found.cause.key == "no_credits_alone" and found.module.code == "DEL1"
    assert words(found, "sv")["title"] == "Den här delen ger inga poäng för sig."
    assert words(found, "sv")["dates"][0] == "Resultatet ska finnas i Ladok senast tisdag 2026-04-21."
    assert "together with assignment 2" in words(found, "en")["credits"]


def test_a_part_that_is_a_module_of_its_own_needs_no_answer_about_the_rest(calendar: Calendar) -> None:
    """The project is its own module: "rest" is neither needed nor read, and its credits are its own."""
    answers = {k: v for k, v in PLAIN.items() if k != "rest"}
    found = run(calendar, Case("project", answers, EXAM, None, WITHIN))
    assert found.facts["alone"] == "yes" and found.cause.key == "not_graded_yet"
    assert run(calendar, case(part="project", rest="no")).cause.key == "not_graded_yet"
    assert words(found, "sv")["credits"] == (
        "Den här delen är en egen modul, ”Projekt”, med 2,5 hp. CSN räknar poängen när resultatet är attesterat med "
        "minst godkänt."
    )


# --- the department's settings change the dates -------------------------------------------------------------------


def test_ten_working_days_give_an_earlier_last_day(calendar: Calendar) -> None:
    """10 working days after Friday 2026-03-27, past Easter: Tuesday 2026-04-14; the same day is then late."""
    settings = Settings(working_days=10)
    found = run(calendar, case(), settings)
    assert found.deadline.last_day == dt.date(2026, 4, 14)
    assert words(found, "en", settings)["dates"][1] == (
        "That is working day 10 after the examination on Friday 2026-03-27, under the department's rule."
    )
    assert words(found, "sv", settings)["why"].endswith("regel ger 10 arbetsdagar efter examinationen.")
    assert run(calendar, case(today=dt.date(2026, 4, 15)), settings).cause.key == "overdue"
    assert run(calendar, case(today=dt.date(2026, 4, 15))).cause.key == "not_graded_yet"


def test_the_retake_margin_can_govern_and_the_department_sets_it(calendar: Calendar) -> None:
    """Re-take Monday 2026-04-20: two weeks before is Easter Monday, so back to Thursday 04-02; with a one-week
    margin, Monday 04-13. Either is earlier than the working-day rule's 04-21, so it governs."""
    retake = dt.date(2026, 4, 20)
    two_weeks = run(calendar, case(retake=retake, today=dt.date(2026, 4, 2)))
    assert (two_weeks.deadline.last_day, two_weeks.deadline.governing) == (dt.date(2026, 4, 2), "retake")
    assert words(two_weeks, "sv")["dates"][1] == (
        "Det är minst 14 dagar före omtentamen måndag 2026-04-20, på en arbetsdag; den regeln ger här det tidigare "
        "datumet."
    )
    one_week = run(calendar, case(retake=retake), Settings(retake_margin_days=7))
    assert one_week.deadline.last_day == dt.date(2026, 4, 13)
    assert run(calendar, case(retake=retake)).cause.key == "overdue", "04-10 is past the two-week margin's 04-02"


def test_the_eves_setting_moves_a_midsummer_deadline(calendar: Calendar) -> None:
    """An exam on Friday 2026-06-05: with eves as days off, Midsummer Eve (06-19) is passed over."""
    c = replace(case(), exam=dt.date(2026, 6, 5), today=dt.date(2026, 6, 8))
    off, on = run(calendar, c), run(calendar, c, Settings(eves_are_days_off=False))
    assert (off.deadline.last_day, on.deadline.last_day) == (dt.date(2026, 6, 29), dt.date(2026, 6, 26))


# --- input the diagnosis refuses ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"part": "9"}, "unknown_part"),
        ({"exam": dt.date(2026, 4, 11)}, "exam_date_in_future"),
        ({"retake": dt.date(2026, 3, 20)}, "exam_after_retake"),
        ({"retake": dt.date(2026, 4, 3)}, "diagnosis_retake_too_close"),
        ({"exam": dt.date(2019, 6, 3), "today": dt.date(2019, 6, 4)}, "date_outside_calendar"),
    ],
)
def test_impossible_cases_are_refused_in_a_students_words(calendar: Calendar, change: dict[str, Any], key: str) -> None:
    found = diagnose(SEED, replace(case(), **change), calendar, Settings())
    assert isinstance(found, Refusal) and found.key == key
    for lang in catalog.LANGS:
        text = catalog.message(found.key, found.params, lang)
        assert "{" not in text and "Flytta omtentamen" not in text and "Move the re-take" not in text


# --- one declaration: the tool and the decision list read the same causes -----------------------------------------


def test_every_cause_can_be_reached_and_the_table_covers_every_combination() -> None:
    table = cause_table()
    sizes = [len(v) for v in dg.FACTS.values()]
    assert len(table) == 3 * 3 * 2 * 2 * 2 * 2 * 2 == __import__("math").prod(sizes)
    assert {cause for cause, _ in table.values()} == {c.key for c in CAUSES}


BASE = {"shows": "nothing", "registered": "yes", "on_time": "yes", "rest": "yes", "graded": "no", "alone": "no",
        "phase": "within"}


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ({"shows": "result", "registered": "no", "on_time": "no", "phase": "overdue"}, "shown"),
        ({"registered": "no", "on_time": "no", "rest": "no", "phase": "overdue"}, "not_registered"),
        ({"on_time": "no", "rest": "no", "phase": "overdue", "graded": "yes"}, "handed_in_late"),
        ({"rest": "no", "phase": "overdue", "graded": "yes"}, "module_incomplete"),
        ({"rest": "unsure", "phase": "overdue", "graded": "yes"}, "no_credits_alone"),
        ({"rest": "unsure", "alone": "yes", "phase": "overdue", "graded": "yes"}, "overdue"),
        ({"phase": "overdue", "graded": "yes"}, "overdue"),
        ({"graded": "yes"}, "awaiting_certification"),
        ({"registered": "unsure"}, "not_graded_yet"),
    ],
)
def test_the_first_cause_that_holds_wins(facts: dict[str, str], expected: str) -> None:
    """Each cause before the next: a result that shows needs no registration question, a missing registration
    comes before a late hand-in, a missing part before the last day, and the last day before what was heard."""
    assert likely_cause({**BASE, **facts}).key == expected


@pytest.mark.parametrize("lang", catalog.LANGS)
def test_the_decision_list_states_each_cause_as_the_tool_does(calendar: Calendar, lang: str) -> None:
    listed = decision_list(Settings(), lang)["causes"]
    assert [item["key"] for item in listed] == [c.key for c in CAUSES]
    examples = {"shown": {"shows": "result"}, "not_registered": {"registered": "no"},
                "handed_in_late": {"on_time": "no"}, "module_incomplete": {"rest": "no"},
                "no_credits_alone": {"rest": "unsure"}, "overdue": {"graded": "no"},
                "awaiting_certification": {"graded": "yes"}, "not_graded_yet": {}}
    for item in listed:
        today = AFTER if item["key"] == "overdue" else WITHIN
        found = run(calendar, case(today=today, **examples[item["key"]]))
        assert found.cause.key == item["key"]
        said = words(found, lang)
        assert [said["title"], said["why"], said["do"], said["ask"]] == [item["title"], item["why"], item["do"],
                                                                         item["ask"]]


def test_the_decision_list_follows_the_settings_and_the_csn_rule() -> None:
    sv = decision_list(Settings(working_days=10, retake_margin_days=21), "sv")
    deadline = sv["causes"][-1]["rules"]
    assert deadline == [
        "Sista dagen för resultatet är 10 arbetsdagar efter examinationen, och senast 21 dagar före omtentamen.",
        "CSN kan se ett attesterat resultat 1–2 arbetsdagar efter attesteringen.",
    ]
    assert sv["causes"][0]["if"] == "Om Ladok visar ett resultat för delen"
    assert sv["causes"][3]["if"] == (
        "Om delen är en av flera i en modul och något annat i samma modul saknas eller inte är godkänt"
    )
    assert sv["causes"][-1]["if"] == "Annars"
    assert sv["notes"][0]["items"] == ["3", "4", "5", "6", "7", "8"]


def test_a_misspelt_fact_or_a_default_that_is_not_last_fails_at_import(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dg, "CAUSES", (*CAUSES[:-1], dg.Cause("x", (("graded", "perhaps"),), "none", "none", ""),
                                       CAUSES[-1]))
    with pytest.raises(InvalidDefinition, match="graded=perhaps"):
        dg._check_declaration()
    monkeypatch.setattr(dg, "CAUSES", (CAUSES[-1], *CAUSES[:-1]))
    with pytest.raises(InvalidDefinition, match="default"):
        dg._check_declaration()


# --- when CSN can see a certified result: the one rule --------------------------------------------------------------


def test_csn_sees_a_certified_result_as_the_credit_timeline_counts_it(calendar: Calendar) -> None:
    """The timeline's CSN step is csn_can_see counted from its certification step's first and last day."""
    for done in ("2026-03-27", "2026-06-05", "2026-12-11"):
        steps = timeline(calendar, done, Settings())
        assert not isinstance(steps, Refusal)
        certification, csn = steps[2], steps[3]
        first, last = csn_can_see(calendar, certification.earliest, Settings()), csn_can_see(
            calendar, certification.latest, Settings())
        assert not isinstance(first, Refusal) and not isinstance(last, Refusal)
        assert (first.earliest, last.latest) == (csn.earliest, csn.latest)
    assert csn_days() == (1, 2)


def test_an_own_course_structure_tells_whether_a_part_gives_credits_on_its_own(calendar: Calendar) -> None:
    own = course_from_structure([{"name": "Laborationer", "hp": "1,5", "moments": ["lab1", "lab2"]},
                                 {"name": "Tentamen", "hp": 6, "moments": ["tenta"]}])
    assert not isinstance(own, Refusal)
    lab = diagnose(own, replace(case(), part="lab1"), calendar, Settings())
    tenta = diagnose(own, replace(case(), part="tenta"), calendar, Settings())
    assert isinstance(lab, Diagnosis) and isinstance(tenta, Diagnosis)
    assert words(lab, "sv")["credits"].startswith(
        "Den här delen (”lab1”) ger inga poäng för sig. Den hör till modulen ”Laborationer” (1,5 hp) tillsammans med "
        "”lab2”"
    )
    assert words(tenta, "en")["credits"].startswith("This part is a module of its own, “Tentamen”, with 6 credits.")
