"""Inspera exams: an activity session with anonymisation codes, transferred grades, anonymous until certified."""

from __future__ import annotations

from guide_engine import State, view
from guide_engine.scenarios import ADMIN, ALVA, BRUNO, EXAMINER, TEACHER
from guide_engine.catalog import message
from story import certified, ok, refused, statuses


def _session(written: State) -> tuple[State, str, dict[str, str]]:
    state = ok(written, ADMIN, "setup_activity", target="TEN1", date="2026-01-15").state
    activity = state.activities[0]
    codes = {pnr: code for code, pnr in activity.codes}
    return state, activity.id, codes


def test_codes_are_unique_and_only_the_study_administration_sets_up_a_session(written: State) -> None:
    refused(written, TEACHER, "setup_activity", "not_authorised", target="TEN1", date="2026-01-15")
    state, _, codes = _session(written)
    assert len(codes) == 4 and len(set(codes.values())) == 4
    assert all(code.startswith("INX-") for code in codes.values())


def test_a_second_transfer_updates_drafts_and_never_duplicates(written: State) -> None:
    state, activity, codes = _session(written)
    refused(state, ALVA, "transfer_from_inspera", "not_authorised", activity=activity, grades={codes[ALVA]: "G"})
    assert ok(state, TEACHER, "transfer_from_inspera", activity=activity, grades={codes[ALVA]: "G"}).events
    first = ok(state, ADMIN, "transfer_from_inspera", activity=activity, grades={codes[ALVA]: "G",
                                                                                   codes[BRUNO]: "U"})
    assert first.events[0].params == {"created": 2, "updated": 0, "skipped_passed": 0, "skipped_working": 0}
    again = ok(first.state, ADMIN, "transfer_from_inspera", activity=activity, grades={codes[ALVA]: "VG",
                                                                                         codes[BRUNO]: "U"})
    assert again.events[0].params == {"created": 0, "updated": 2, "skipped_passed": 0, "skipped_working": 0}
    assert statuses(again.state) == [(ALVA, "TEN1", "VG", "draft"), (BRUNO, "TEN1", "U", "draft")]
    state = ok(again.state, ADMIN, "mark_ready", student=ALVA, target="TEN1", graded_by=TEACHER,
               notify=EXAMINER).state
    third = ok(state, ADMIN, "transfer_from_inspera", activity=activity, grades={codes[ALVA]: "G"})
    assert third.events[0].params == {"created": 0, "updated": 0, "skipped_passed": 0, "skipped_working": 1}
    assert third.state.results == state.results


def test_a_transfer_never_puts_a_draft_beside_a_certified_pass(written: State) -> None:
    """Bruno passed the exam earlier by a manual report; Inspera's later grade for him is left alone, and counted."""
    state, activity, codes = _session(written)
    state = certified(state, BRUNO, "TEN1", "G", "2026-01-10")
    moved = ok(state, ADMIN, "transfer_from_inspera", activity=activity, grades={codes[ALVA]: "G", codes[BRUNO]: "VG"})
    assert moved.events[0].params == {"created": 1, "updated": 0, "skipped_passed": 1, "skipped_working": 0}
    assert [(p, g, s) for p, t, g, s in statuses(moved.state) if p == BRUNO and t == "TEN1"] == [(BRUNO, "G", "certified")]
    for lang in ("sv", "en"):
        text = message("transferred", moved.events[0].params, lang)
        assert ("1 nytt utkast" if lang == "sv" else "1 new draft,") in text, text


def test_no_transfer_before_the_exam_has_taken_place(written: State) -> None:
    """A session dated ahead is set up before the exam, as in Ladok, but nothing can come over from it until then."""
    state = ok(written, ADMIN, "setup_activity", target="TEN1", date="2026-06-01").state
    activity, codes = state.activities[0].id, {pnr: code for code, pnr in state.activities[0].codes}
    refused(state, ADMIN, "transfer_from_inspera", "exam_date_in_future", activity=activity, grades={codes[ALVA]: "G"})


def test_a_transfer_with_an_unknown_code_or_grade_changes_nothing(written: State) -> None:
    state, activity, codes = _session(written)
    refused(state, ADMIN, "transfer_from_inspera", "unknown_code", activity=activity,
            grades={codes[ALVA]: "G", "XXX-0000": "G"})
    refused(state, ADMIN, "transfer_from_inspera", "invalid_grade", activity=activity, grades={codes[ALVA]: "A"})
    refused(state, ADMIN, "transfer_from_inspera", "unknown_activity", activity="nope", grades={})


def test_markers_see_codes_not_names_until_certification(written: State) -> None:
    state, activity, codes = _session(written)
    state = ok(state, ADMIN, "transfer_from_inspera", activity=activity, grades={codes[ALVA]: "G"}).state

    def row(actor: str, s: State) -> dict[str, object]:
        return next(r for r in view(s, actor)["rows"] if r["code"] == codes[ALVA] and r["target"] == "TEN1")

    assert (row(TEACHER, state)["name"], row(TEACHER, state)["student"]) == (None, None)
    # The teacher may still act on the coded row, as on any other: the decision, not the name, says what.
    assert row(TEACHER, state)["actions"] == ["save_draft", "mark_ready", "comment", "delete_draft"]
    assert [c["name"] for c in view(state, TEACHER, {})["activity"]["rows"]] == [None] * 4
    assert row(EXAMINER, state)["name"] == "Alva Exempel" and row(ADMIN, state)["name"] == "Alva Exempel"
    ref = row(ADMIN, state)["ref"]
    state = ok(state, ADMIN, "mark_ready", result=ref, graded_by=TEACHER, notify=EXAMINER).state
    state = ok(state, EXAMINER, "certify", student=ALVA, target="TEN1").state
    assert row(TEACHER, state)["name"] == "Alva Exempel"
    shown = {c["code"]: c["name"] for c in view(state, TEACHER, {})["activity"]["rows"]}
    assert shown[codes[ALVA]] == "Alva Exempel" and shown[codes[BRUNO]] is None


def test_a_transfer_leaves_a_certified_fail_from_the_session_alone(written: State) -> None:
    """Alva's U from the session was certified: her examination is decided, so transferring the session again (a
    grade changed in Inspera afterwards) makes no new draft beside it; the change goes through Ladok instead."""
    state, activity, codes = _session(written)
    state = ok(state, ADMIN, "transfer_from_inspera", activity=activity, grades={codes[ALVA]: "U"}).state
    state = ok(state, ADMIN, "mark_ready", student=ALVA, target="TEN1", graded_by=TEACHER, notify=EXAMINER).state
    state = ok(state, EXAMINER, "certify", student=ALVA, target="TEN1").state
    again = ok(state, ADMIN, "transfer_from_inspera", activity=activity, grades={codes[ALVA]: "G", codes[BRUNO]: "G"})
    assert again.events[0].params == {"created": 1, "updated": 0, "skipped_passed": 0, "skipped_working": 1}
    assert statuses(again.state) == [(ALVA, "TEN1", "U", "certified"), (BRUNO, "TEN1", "G", "draft")]


def test_a_transfer_never_dates_a_draft_before_a_later_certified_fail(written: State) -> None:
    """Bruno failed a later examination, reported by hand and certified: the session's older grade would stand
    behind it, so it is left alone, as a report by hand dated before the fail would be refused."""
    state, activity, codes = _session(written)
    state = certified(state, BRUNO, "TEN1", "U", "2026-01-20")
    moved = ok(state, ADMIN, "transfer_from_inspera", activity=activity, grades={codes[BRUNO]: "G"})
    assert moved.events[0].params == {"created": 0, "updated": 0, "skipped_passed": 0, "skipped_working": 1}
    assert moved.state.results == state.results
    refused(state, TEACHER, "save_draft", "date_not_after_previous", student=BRUNO, target="TEN1", grade="G",
            exam_date="2026-01-15")
