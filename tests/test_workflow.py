"""Story tests of the result lifecycle: each tells one story and asserts the whole outcome."""

from __future__ import annotations

from dataclasses import replace

import pytest

from guide_engine import COURSE_TARGET, State, credits, find_student, view
from guide_engine.views import search
from guide_engine.model import Course, InvalidDefinition, Module, Person
from guide_engine.scenarios import ADMIN, ALVA, BRUNO, ELI, EXAMINER, FREJ, PEOPLE, SEED, TEACHER, _students
from story import certified, ok, refused, statuses


def test_written_exam_from_draft_to_certified(written: State) -> None:
    """A teacher saves a draft, marks it ready naming the grader and the examiner; the examiner certifies."""
    first = ok(written, TEACHER, "save_draft", student=ALVA, target="TEN1", grade="VG", exam_date="2026-01-15",
               points="42", points_visible=True)
    assert statuses(first.state) == [(ALVA, "TEN1", "VG", "draft")]
    assert [e.key for e in first.events] == ["saved_as_draft"]
    ready = ok(first.state, TEACHER, "mark_ready", student=ALVA, target="TEN1", graded_by=TEACHER, notify=EXAMINER)
    record = ready.state.results[0]
    assert (record.status, record.graded_by, record.notified) == ("ready", TEACHER, EXAMINER)
    done = ok(ready.state, EXAMINER, "certify", student=ALVA, target="TEN1")
    assert statuses(done.state) == [(ALVA, "TEN1", "VG", "certified")]
    assert done.state.results[0].certified_by == EXAMINER
    assert [e.key for e in done.events] == ["certified"]
    assert credits(done.state, ALVA) == 4.5


def test_reporting_and_certifying_are_separate_authorisations(written: State) -> None:
    """A teacher may report but not certify; the study administrator may not certify; a student nothing."""
    state = ok(written, TEACHER, "save_draft", student=ALVA, target="TEN1", grade="G", exam_date="2026-01-15").state
    state = ok(state, TEACHER, "mark_ready", student=ALVA, target="TEN1", graded_by=TEACHER, notify=EXAMINER).state
    params = refused(state, TEACHER, "certify", "not_authorised", student=ALVA, target="TEN1")
    assert params == {"role": "role.teacher", "action": "action.certify", "allowed": ["role.examiner"]}
    refused(state, ADMIN, "certify", "not_authorised", student=BRUNO, target="TEN1", grade="G")
    refused(state, ALVA, "save_draft", "not_authorised", student=ALVA, target="TEN1", grade="VG")
    refused(state, "nobody", "certify", "unknown_actor", student=ALVA, target="TEN1")


def test_only_the_course_examiner_certifies(written: State) -> None:
    """An examiner of another course is refused, even with the examiner role."""
    other = Person("e-other", "Otto Annanexaminator", ("examiner",))
    state = replace(written, people=(*written.people, other))
    state = ok(state, TEACHER, "save_draft", student=ALVA, target="TEN1", grade="G", exam_date="2026-01-15").state
    state = ok(state, TEACHER, "mark_ready", student=ALVA, target="TEN1", graded_by=TEACHER, notify=EXAMINER).state
    assert refused(state, "e-other", "certify", "not_examiner_of_course", student=ALVA, target="TEN1") == {
        "course": "INX101",
        "action": "action.certify",
    }
    names = refused(state.with_result(replace(state.results[0], status="draft")), TEACHER, "mark_ready",
                    "notify_not_examiner", student=ALVA, target="TEN1", graded_by=TEACHER, notify="e-other")
    assert names["examiners"] == "Ebba Examen"


@pytest.mark.parametrize(
    ("params", "key"),
    [
        ({"grade": "A", "exam_date": "2026-01-15"}, "invalid_grade"),
        ({"grade": "G", "exam_date": "2026-02-30"}, "invalid_date"),
        ({"grade": "G", "exam_date": "15/1/2026"}, "invalid_date"),
        ({"grade": "G", "exam_date": "2026-03-01"}, "exam_date_in_future"),
        ({"grade": "G", "exam_date": "2026-01-15", "points": "-3"}, "invalid_points"),
        ({"grade": "G", "exam_date": "2026-01-15", "points": "many"}, "invalid_points"),
        ({"exam_date": "2026-01-15"}, "missing_param"),
        ({"grade": "G"}, "missing_param"),
    ],
)
def test_bad_input_is_refused_with_its_reason(written: State, params: dict[str, str], key: str) -> None:
    """Grades off the scale, non-dates, future dates and bad points are refused and change nothing."""
    refused(written, TEACHER, "save_draft", key, student=ALVA, target="TEN1", **params)


def test_examination_points_accept_a_decimal_comma(written: State) -> None:
    """Swedish readers write 21,5; the engine stores 21.5."""
    state = ok(written, TEACHER, "save_draft", student=ALVA, target="TEN1", grade="G", exam_date="2026-01-15",
               points="21,5").state
    assert state.results[0].points == "21.5"


def test_rejecting_sends_the_result_back_to_draft_and_the_examiner_may_adjust(written: State) -> None:
    """The examiner removes the ready mark, the teacher corrects; at certification the examiner changes the date."""
    state = ok(written, TEACHER, "save_draft", student=ALVA, target="TEN1", grade="G", exam_date="2026-01-15").state
    state = ok(state, TEACHER, "mark_ready", student=ALVA, target="TEN1", graded_by=TEACHER, notify=EXAMINER).state
    refused(state, TEACHER, "save_draft", "wrong_state", student=ALVA, target="TEN1", grade="VG",
            exam_date="2026-01-15")
    state = ok(state, EXAMINER, "unmark_ready", student=ALVA, target="TEN1").state
    assert statuses(state) == [(ALVA, "TEN1", "G", "draft")]
    updated = ok(state, TEACHER, "save_draft", student=ALVA, target="TEN1", grade="VG", exam_date="2026-01-15")
    assert [e.key for e in updated.events] == ["draft_updated"] and len(updated.state.results) == 1
    state = ok(updated.state, TEACHER, "mark_ready", student=ALVA, target="TEN1", graded_by=TEACHER,
               notify=EXAMINER).state
    done = ok(state, EXAMINER, "certify", student=ALVA, target="TEN1", exam_date="2026-01-16")
    assert [e.key for e in done.events] == ["certified", "adjusted_before_certifying"]
    assert (done.state.results[0].grade, done.state.results[0].exam_date) == ("VG", "2026-01-16")


def test_only_the_examiner_removes_a_result_marked_as_ready(written: State) -> None:
    state = ok(written, TEACHER, "save_draft", student=ALVA, target="TEN1", grade="G", exam_date="2026-01-15").state
    state = ok(state, TEACHER, "mark_ready", student=ALVA, target="TEN1", graded_by=TEACHER, notify=EXAMINER).state
    refused(state, TEACHER, "remove", "not_authorised", student=ALVA, target="TEN1")
    refused(state, ADMIN, "remove", "not_authorised", student=ALVA, target="TEN1")
    state = ok(state, EXAMINER, "remove", student=ALVA, target="TEN1").state
    assert statuses(state) == [(ALVA, "TEN1", "G", "removed")]


def test_a_pass_cannot_be_overwritten_only_removed_then_reported_again(written: State) -> None:
    """Changing a certified pass: prepare removal, the examiner certifies it, then a new result."""
    state = certified(written, ALVA, "TEN1", "G")
    assert refused(state, TEACHER, "save_draft", "already_passed", student=ALVA, target="TEN1", grade="VG",
                   exam_date="2026-01-15")["grade"] == "G"
    refused(state, ADMIN, "certify_removal", "not_authorised", student=ALVA, target="TEN1")
    state = ok(state, ADMIN, "prepare_removal", student=ALVA, target="TEN1").state
    assert view(state, ALVA)["rows"][0]["grade"] == "G", "a result prepared for removal still stands"
    state = ok(state, EXAMINER, "certify_removal", student=ALVA, target="TEN1").state
    assert credits(state, ALVA) == 0
    state = certified(state, ALVA, "TEN1", "VG")
    assert statuses(state) == [(ALVA, "TEN1", "G", "removed"), (ALVA, "TEN1", "VG", "certified")]


def test_after_a_fail_a_new_result_needs_a_later_examination(written: State) -> None:
    """A certified U stands beside a new draft from the re-take, never one of the same day."""
    state = certified(written, ALVA, "TEN1", "U", "2026-01-10")
    refused(state, TEACHER, "save_draft", "date_not_after_previous", student=ALVA, target="TEN1", grade="G",
            exam_date="2026-01-10")
    state = ok(state, TEACHER, "save_draft", student=ALVA, target="TEN1", grade="G", exam_date="2026-01-30").state
    assert statuses(state) == [(ALVA, "TEN1", "U", "certified"), (ALVA, "TEN1", "G", "draft")]
    assert credits(state, ALVA) == 0


def test_course_grade_waits_for_every_module_and_takes_the_latest_date(written: State) -> None:
    state = certified(written, ALVA, "TEN1", "VG", "2026-01-15")
    missing = refused(state, TEACHER, "save_draft", "modules_not_passed", student=ALVA, target=COURSE_TARGET,
                      grade="VG")
    assert missing["modules"] == {"sv": "Inlämningsuppgift", "en": "Assignment"}
    state = certified(state, ALVA, "INL1", "G", "2026-01-20")
    draft = ok(state, TEACHER, "save_draft", student=ALVA, target=COURSE_TARGET, grade="VG").state
    assert draft.results[-1].exam_date == "2026-01-20"
    refused(state, TEACHER, "save_draft", "invalid_grade", student=ALVA, target=COURSE_TARGET, grade="5")


def test_a_single_module_course_gets_its_course_grade_automatically(written: State) -> None:
    course = Course("ONE1", "HT2025", "En modul", "One module", 3.0, "UG",
                    (Module("MOD", "Modul", "Module", 3.0, "UG"),), (EXAMINER,))
    state = replace(written, course=course, students=tuple(replace(s, course_code="ONE1") for s in written.students))
    refused(state, TEACHER, "save_draft", "course_grade_is_automatic", student=ALVA, target=COURSE_TARGET, grade="G")
    state = certified(state, ALVA, "MOD", "G")
    assert statuses(state) == [(ALVA, "MOD", "G", "certified"), (ALVA, COURSE_TARGET, "G", "certified")]
    assert credits(state, ALVA) == 3.0


def test_a_certified_course_grade_is_removed_before_a_module_result(written: State) -> None:
    state = certified(written, ALVA, "TEN1", "G")
    state = certified(state, ALVA, "INL1", "G")
    state = certified(state, ALVA, COURSE_TARGET, "G")
    refused(state, EXAMINER, "remove", "course_grade_must_be_removed_first", student=ALVA, target="TEN1")
    state = ok(state, EXAMINER, "remove", student=ALVA, target=COURSE_TARGET).state
    state = ok(state, EXAMINER, "remove", student=ALVA, target="TEN1").state
    assert [s for _, t, _, s in statuses(state) if t in ("TEN1", COURSE_TARGET)] == ["removed", "removed"]
    assert credits(state, ALVA) == 3.0


def test_the_student_sees_only_certified_results_and_visible_annotations(written: State) -> None:
    state = ok(written, TEACHER, "save_draft", student=ALVA, target="TEN1", grade="VG", exam_date="2026-01-15",
               points="42", points_visible=False).state
    assert view(state, ALVA)["rows"] == [] and view(state, ALVA)["credits"] == 0
    state = ok(state, TEACHER, "mark_ready", student=ALVA, target="TEN1", graded_by=TEACHER, notify=EXAMINER).state
    assert view(state, ALVA)["rows"] == []
    state = ok(state, EXAMINER, "certify", student=ALVA, target="TEN1").state
    assert view(state, ALVA)["rows"] == [
        {"target": "TEN1", "grade": "VG", "exam_date": "2026-01-15", "decision_date": "2026-02-02", "points": "",
         "status": "certified"}
    ]
    teacher_row = next(r for r in view(state, TEACHER)["rows"] if r["student"] == ALVA and r["target"] == "TEN1")
    # A certified pass offers no new report: the decision that would refuse it is the one that offers buttons.
    assert teacher_row["points"] == "42" and teacher_row["actions"] == []
    refused(state, TEACHER, "save_draft", "already_passed", student=ALVA, target="TEN1", grade="G",
            exam_date="2026-01-20")


def test_a_missing_student_is_found_by_a_search(written: State) -> None:
    """Registered on an earlier instance: found and reportable. On an older course code: reported there."""
    listed = {r["student"] for r in view(written, TEACHER)["rows"]}
    assert ELI not in listed and FREJ not in listed
    assert find_student(written, ELI)["found"] == "earlier_instance"
    assert find_student(written, FREJ)["found"] == "other_course"
    assert find_student(written, ALVA)["found"] == "registered"
    assert find_student(written, "19000101-0000")["found"] == "not_found"
    searched, _ = search(written, ELI)
    assert [r["student"] for r in view(searched, TEACHER)["rows"] if r["target"] == "INL1"][-1] == ELI
    assert search(searched, "19000101-0000")[0] == searched
    state = ok(written, TEACHER, "save_draft", student=ELI, target="INL1", grade="G", exam_date="2026-01-15").state
    assert ELI in {r["student"] for r in view(state, TEACHER)["rows"]}
    assert refused(written, TEACHER, "save_draft", "registered_on_other_course", student=FREJ, target="INL1",
                   grade="G", exam_date="2026-01-15")["registered_course"] == "INX100"
    refused(written, TEACHER, "save_draft", "student_not_found", student="x", target="INL1", grade="G")
    refused(written, TEACHER, "save_draft", "unknown_target", student=ALVA, target="NOPE", grade="G")


def test_credits_add_up_to_the_course_and_never_more() -> None:
    """Partial credits in 2.5 hp instalments; a definition whose modules exceed the course is refused."""
    state = State(course=SEED, people=PEOPLE, students=_students(SEED))
    seen = []
    for code in ("DEL1", "DEL2", "PROJ"):
        state = certified(state, ALVA, code, "G")
        seen.append(credits(state, ALVA))
    state = certified(state, ALVA, COURSE_TARGET, "A")
    assert [*seen, credits(state, ALVA)] == [2.5, 5.0, 7.5, 7.5]
    with pytest.raises(InvalidDefinition):
        Course("BAD", "HT", "x", "x", 5.0, "UG", (Module("A", "a", "a", 3.0, "UG"), Module("B", "b", "b", 3.0, "UG")),
               ())

