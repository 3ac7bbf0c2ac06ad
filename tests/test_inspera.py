"""Inspera exams: an activity session with anonymisation codes, transferred grades, anonymous until certified."""

from __future__ import annotations

from guide_engine import State, view
from guide_engine.scenarios import ADMIN, ALVA, BRUNO, EXAMINER, TEACHER
from story import ok, refused, statuses


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
    assert first.events[0].params == {"created": 2, "updated": 0, "skipped": 0}
    again = ok(first.state, ADMIN, "transfer_from_inspera", activity=activity, grades={codes[ALVA]: "VG",
                                                                                         codes[BRUNO]: "U"})
    assert again.events[0].params == {"created": 0, "updated": 2, "skipped": 0}
    assert statuses(again.state) == [(ALVA, "TEN1", "VG", "draft"), (BRUNO, "TEN1", "U", "draft")]
    state = ok(again.state, ADMIN, "mark_ready", student=ALVA, target="TEN1", graded_by=TEACHER,
               notify=EXAMINER).state
    third = ok(state, ADMIN, "transfer_from_inspera", activity=activity, grades={codes[ALVA]: "G"})
    assert third.events[0].params == {"created": 0, "updated": 0, "skipped": 1}
    assert third.state.results == state.results


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
    assert row(TEACHER, state)["actions"] == []
    assert [c["name"] for c in view(state, TEACHER)["activities"][0]["codes"]] == [None] * 4
    assert row(EXAMINER, state)["name"] == "Alva Exempel" and row(ADMIN, state)["name"] == "Alva Exempel"
    ref = row(ADMIN, state)["ref"]
    state = ok(state, ADMIN, "mark_ready", result=ref, graded_by=TEACHER, notify=EXAMINER).state
    state = ok(state, EXAMINER, "certify", student=ALVA, target="TEN1").state
    assert row(TEACHER, state)["name"] == "Alva Exempel"
    shown = {c["code"]: c["name"] for c in view(state, TEACHER)["activities"][0]["codes"]}
    assert shown[codes[ALVA]] == "Alva Exempel" and shown[codes[BRUNO]] is None
