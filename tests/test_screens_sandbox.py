"""What the sandbox draws: what each row of a certify list waits for, and a search typed without a hyphen."""

from __future__ import annotations

from guide_engine import State, act, view
from guide_engine.scenarios import ADMIN, ALVA, BRUNO, EXAMINER, TEACHER
from story import ok

from conftest import TODAY


def _ready(state: State, pnr: str) -> State:
    return ok(state, ADMIN, "mark_ready", student=pnr, target="TEN1", graded_by=TEACHER, notify=EXAMINER).state


def test_every_row_of_a_session_says_what_it_awaits_as_the_certify_screen_does(written: State) -> None:
    state = ok(written, ADMIN, "setup_activity", target="TEN1", date="2026-01-15").state
    activity = state.activities[0]
    codes = {pnr: code for code, pnr in activity.codes}
    state = ok(state, ADMIN, "transfer_from_inspera", activity=activity.id,
               grades={codes[ALVA]: "G", codes[BRUNO]: "VG"}).state
    state = _ready(_ready(state, ALVA), BRUNO)
    state = ok(state, EXAMINER, "certify", student=BRUNO, target="TEN1").state
    state = ok(state, ADMIN, "prepare_removal", student=BRUNO, target="TEN1").state
    seen = view(state, EXAMINER, {})
    by_student = {r["student"]: r["awaits"] for r in seen["activity"]["rows"]}
    assert by_student[ALVA] == "certify" and by_student[BRUNO] == "certify_removal"
    assert [v for k, v in by_student.items() if k not in (ALVA, BRUNO)] == [None, None]
    listed = {r["student"]: r["awaits"] for r in seen["certify"]["rows"]}
    assert listed == {ALVA: "certify", BRUNO: "certify_removal"}
    ready_only = view(state, EXAMINER, {"status": "ready"})["activity"]["rows"]
    assert [(r["student"], r["awaits"]) for r in ready_only] == [(ALVA, "certify")]


def test_an_interim_number_is_found_without_its_hyphen_in_the_search_and_in_the_list(written: State) -> None:
    from guide_engine.views import find_student

    assert find_student(written, "19990909T005")["found"] == "earlier_instance"
    rows = view(written, TEACHER, {"query": "20010101T001"})["report"]["rows"]
    assert [r["student"] for r in rows] == [ALVA]


def test_a_removed_result_leaves_the_activity_list_and_a_new_one_from_the_session_takes_its_place(
    written: State,
) -> None:
    """A draft from the session deleted in Ladok is off the session's list (the row has no result again); the grade
    transferred anew shows there as the session's draft."""
    state = ok(written, ADMIN, "setup_activity", target="TEN1", date="2026-01-15").state
    activity = state.activities[0]
    code = activity.code_for(ALVA)
    state = ok(state, ADMIN, "transfer_from_inspera", activity=activity.id, grades={code: "G"}).state

    def alva(s: State) -> dict[str, object]:
        return next(r for r in view(s, ADMIN, {})["activity"]["rows"] if r["code"] == code)

    assert (alva(state)["status"], alva(state)["grade"]) == ("draft", "G")
    state = ok(state, ADMIN, "delete_draft", student=ALVA, target="TEN1").state
    assert (alva(state)["status"], alva(state)["ref"], alva(state)["grade"]) == ("none", None, "")
    assert view(state, ADMIN, {"status": "ready"})["activity"]["rows"] == []
    state = ok(state, ADMIN, "transfer_from_inspera", activity=activity.id, grades={code: "VG"}).state
    assert (alva(state)["status"], alva(state)["grade"]) == ("draft", "VG")


def test_the_course_grades_list_offers_only_the_grades_a_course_grade_may_have(written: State) -> None:
    """A failing course grade is always refused, so the course grade's row offers only passes; a module's row offers
    its whole scale. Each grade offered is accepted, each other grade of the scale refused."""
    from guide_engine.model import SCALES

    from story import certified

    state = certified(certified(written, ALVA, "TEN1", "G"), ALVA, "INL1", "G")
    rows = {r["target"]: r for r in view(state, TEACHER)["rows"] if r["student"] == ALVA}
    assert rows["COURSE"]["grades"] == ["G", "VG"] and rows["TEN1"]["grades"] == ["U", "G", "VG"]
    for grade in SCALES["UGVG"]:
        params = {**rows["COURSE"]["subject"], "grade": grade}
        outcome = act(state, TEACHER, "save_draft", params, TODAY)
        assert (outcome.refusal is None) == (grade in rows["COURSE"]["grades"]), (grade, outcome.refusal)


def test_a_student_registered_on_another_course_offers_nothing_and_the_row_says_why(written: State) -> None:
    """After a search brings up Frej, registered on an older course code, the row offers no action and carries the
    refusal every action there gets, in both languages; trying it anyway (as the guided exercise asks) gets exactly
    that refusal. Eli, on an earlier instance of this course, may be reported for."""
    from guide_engine.scenarios import ELI, FREJ
    from guide_engine.views import search

    state = search(search(written, FREJ)[0], ELI)[0]
    rows = {r["student"]: r for r in view(state, TEACHER, None, TODAY.isoformat())["rows"] if r["target"] == "INL1"}
    frej, eli = rows[FREJ], rows[ELI]
    assert frej["actions"] == [] and frej["why_not"]["key"] == "registered_on_other_course"
    assert frej["why_not"]["text"]["en"].startswith("Frej Gammalkod is registered on INX100 (VT2024), not on INX101")
    assert frej["why_not"]["text"]["sv"].startswith("Frej Gammalkod är registrerad på INX100 (VT2024)")
    tried = act(state, TEACHER, "save_draft", {**frej["subject"], "grade": "G", "exam_date": "2026-01-15"}, TODAY)
    assert tried.refusal is not None and tried.refusal.key == frej["why_not"]["key"]
    assert tried.refusal.params == frej["why_not"]["params"]
    assert "save_draft" in eli["actions"] and eli["why_not"] is None


def test_a_view_for_one_screen_makes_only_that_screens_part_and_the_same_part_as_a_whole_view() -> None:
    """The page asks for the screen it shows (`screen`): the view then holds that screen's part, exactly as a whole
    view has it, and no other screen's; `built` names it. A screen the viewer does not have gives their first, as the
    page then shows; no screen, or one that does not exist, gives every part. The search, drawn from no rows, is in
    every view's `built`."""
    from guide_engine import all_scenarios

    state = all_scenarios()["inspera"].start
    whole = view(state, EXAMINER, {})
    assert whole["built"] == ["report", "certify", "activities", "search", "inspera", "registration", "lms"]
    parts = {
        "report": "report",
        "certify": "certify",
        "activities": "activity",
        "search": None,
        "inspera": "inspera",
        "registration": "registration",
        "lms": "lms",
    }
    lms = all_scenarios()["lms_draft"].start  # a course with a gradebook
    where = {"registration": (state, ADMIN), "lms": (lms, TEACHER)}  # the screens the examiner lacks here
    for screen, key in parts.items():
        here, who = where.get(screen, (state, EXAMINER))
        whole = view(here, who, {})
        assert screen in whole["screens"]
        one = view(here, who, {"screen": screen})
        assert sorted(one["built"]) == sorted({screen, "search"})
        assert [k for k in parts.values() if k in one] == ([key] if key else [])
        if key:
            assert one[key] == whole[key] and one[key] is not None
        assert {k: v for k, v in one.items() if k not in parts.values() and k != "built"} == {
            k: v for k, v in whole.items() if k not in parts.values() and k != "built"}
    whole = view(state, EXAMINER, {})
    assert view(state, EXAMINER, {"screen": "nowhere"})["built"] == whole["built"]
    teacher = view(state, TEACHER, {"screen": "certify"})  # the teacher has no certify screen
    assert teacher["built"] == ["report", "search"] == [teacher["screens"][0], "search"]
    assert "certify" not in teacher


def test_every_screen_has_its_part_of_the_view() -> None:
    """A page on any screen can ask for that screen alone: a new `Screen` without its part in `views._PARTS` would
    leave the page asking for a part no view makes."""
    from guide_engine.names import Screen
    from guide_engine.views import _PARTS

    assert set(_PARTS) == set(Screen)
