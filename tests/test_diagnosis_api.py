"""The "diagnose" request through `handle()`: an answer in the reader's language, and every field that cannot be read
named at once, beside its field, in the reader's language; nothing a request holds makes it fail."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guide_engine import handle
from guide_site.calendar_table import swedish_table

TABLE = swedish_table(2025, 2028)
ANSWERS = {"shows": "nothing", "registered": "yes", "on_time": "yes", "rest": "yes", "graded": "no"}
GOOD = {"op": "diagnose", "calendar": TABLE, "today": "2026-04-10", "part": "3", "exam": "2026-03-27",
        "answers": ANSWERS}


PLACEHOLDER = re.compile(r"\{[a-z_]+(![a-zA-Z])?\}")  # a template's field left unfilled


def ask(**changes: Any) -> dict[str, Any]:
    answer: dict[str, Any] = json.loads(handle(json.dumps({**GOOD, **changes})))
    return answer


def test_an_answer_in_each_language_with_the_departments_settings_and_contact() -> None:
    sv = ask(lang="sv", course="WEB010", contact="expeditionen@example.org", today="2026-04-22",
             settings={"working_days": 10})
    assert sv["ok"] and sv["diagnosis"]["cause"] == "overdue"
    assert sv["diagnosis"]["dates"]["last_day"] == "2026-04-14"
    assert sv["answer"]["dates"] == ["Resultatet skulle ha funnits i Ladok senast tisdag 2026-04-14."]
    assert sv["answer"]["ask"].endswith("fråga studieadministrationen (expeditionen@example.org).")
    assert "Jag blev klar med moment 3 i WEB010 den 2026-03-27." in sv["answer"]["message"]["sv"]
    en = ask(lang="en")
    assert en["answer"]["title"] == "The result is probably not ready yet, and it is within the deadline."
    assert en["diagnosis"]["dates"]["last_day"] == "2026-04-21"


def test_an_own_course_structure_and_its_parts() -> None:
    structure = [{"name": "Lab", "hp": "1,5", "moments": ["lab1", "lab2"]}, {"name": "Tenta", "hp": 6,
                                                                              "moments": ["tenta"]}]
    answers = {k: v for k, v in ANSWERS.items() if k != "rest"}
    found = ask(lang="en", structure=structure, part="tenta", answers=answers)
    assert found["ok"] and found["diagnosis"]["alone"] and found["diagnosis"]["hp"] == 6
    refused = ask(lang="en", structure=structure, part="lab1", answers=answers)
    assert [p["field"] for p in refused["problems"]] == ["rest"], "a part of a module needs the answer about the rest"
    bad = ask(lang="sv", structure=[{"name": "Lab", "hp": "tre", "moments": ["x"]}])
    assert bad["problems"][0]["field"] == "structure"
    assert bad["problems"][0]["text"] == "”Poäng (hp)” måste vara ett tal från 0,5 till 60, inte tre."


def test_every_field_that_cannot_be_read_is_named_beside_its_field_in_the_readers_language() -> None:
    found = ask(lang="en", part="9", exam="2026-02-30", retake="soon", course="x" * 81,
                answers={"shows": "maybe", "registered": "yes", "on_time": "", "graded": "no"})
    assert not found["ok"]
    texts = {p["field"]: p["text"] for p in found["problems"]}
    assert texts == {
        "part": "The part 9 is not in the course. Choose one of those it has: 1, 2, 3, 4, project.",
        "exam": "2026-02-30 is not a date. Write the date as YYYY-MM-DD, for example 2026-01-15.",
        "retake": "soon is not a date. Write the date as YYYY-MM-DD, for example 2026-01-15.",
        "shows": "maybe is not one of the answers to the question “What does Ladok show for this part now?”. Choose "
                 "one of them: No result, A result.",
        "on_time": "The question “Did you sit the exam or hand in by the last day?” has no answer. Choose one of the "
                   "answers.",
        "course": "“The course's code or name (optional)” can be at most 80 characters long.",
    }
    assert found["refusal"]["key"] == "unknown_part", "the first problem is also the refusal"
    sv = ask(lang="sv", part="", exam="")
    assert [p["text"] for p in sv["problems"]] == [
        "Uppgiften ”Vilken del gäller det?” saknas. Fyll i den och försök igen.",
        "Uppgiften ”Dagen för tentamen eller inlämningen” saknas. Fyll i den och försök igen.",
    ]


@pytest.mark.parametrize(
    ("changes", "field", "start"),
    [
        ({"exam": "2026-04-11"}, "exam", "Examinationsdatumet 2026-04-11 ligger efter i dag (2026-04-10)."),
        ({"retake": "2026-03-20"}, "retake", "Omtentamen (2026-03-20) måste ligga efter tentamen (2026-03-27)."),
        ({"retake": "2026-04-03"}, "retake", "Omtentamen 2026-04-03 ligger så nära examinationen 2026-03-27"),
        ({"exam": "2028-12-20", "today": "2028-12-28"}, "exam", "2029-01-01 ligger utanför kalendern"),
        ({"retake": "2031-01-10"}, "retake", "2031-01-10 ligger utanför kalendern"),
    ],
)
def test_dates_that_do_not_fit_are_refused_beside_their_field(changes: dict[str, Any], field: str, start: str) -> None:
    found = ask(lang="sv", **changes)
    assert not found["ok"] and found["problems"][0]["field"] == field
    assert found["problems"][0]["text"].startswith(start)


@pytest.mark.parametrize("changes", [{"today": "igår"}, {"answers": ["yes"]}, {"contact": "x" * 121}, {"course": 5},
                                     {"calendar": None}])
def test_what_the_page_itself_sends_wrong_is_an_error_not_a_question_to_the_reader(changes: dict[str, Any]) -> None:
    found = ask(lang="en", **changes)
    assert not found["ok"] and "error" in found and found["error"]["key"] in ("malformed_request", "invalid_date")


values = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12),
                   st.sampled_from(["yes", "no", "unsure", "nothing", "result", "3", "project", "2026-03-27",
                                    "2026-04-20", "2019-01-01"]),
                   st.lists(st.text(max_size=3), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(),
                                                                              max_size=2))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["part", "exam", "retake", "today", "course", "contact", "structure",
                                        "answers", "lang", "settings"]), values, max_size=5),
       st.dictionaries(st.sampled_from(list(ANSWERS)), values, max_size=5))
def test_no_request_breaks_the_diagnosis(changes: dict[str, Any], answers: dict[str, Any]) -> None:
    request = {**GOOD, "answers": {**ANSWERS, **answers}, **changes}
    out = json.loads(handle(json.dumps(request)))
    assert isinstance(out["ok"], bool)
    assert out.get("error", {}).get("key") != "internal_error", out
    if not out["ok"] and "problems" in out:
        assert all(p["field"] and p["text"] and not PLACEHOLDER.search(p["text"]) for p in out["problems"])
