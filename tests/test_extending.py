"""Adding an action is one record, its texts and a test: the decision, act(), the view, the permission table and
the forms all follow, with no other code. This story is the example CONTRIBUTING.md points to."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from guide_engine import actions, catalog, view
from guide_engine.actions import Action, Param
from guide_engine.describe import describe
from guide_engine.scenarios import ALVA, EXAMINER, TEACHER
from story import ok, refused, statuses

SEND_BACK = Action(
    "send_back",
    (("ready", "draft"),),
    ("examiner",),
    "certify",
    "sent_back",
    "certify",
    (Param("comment", "comment", required=True),),
    examiner_only=True,
)


@pytest.fixture
def with_send_back() -> Iterator[None]:
    """The new action, declared as a department would add it, and its texts in both languages."""
    saved = dict(actions.ACTIONS)
    actions.ACTIONS[SEND_BACK.name] = SEND_BACK
    catalog.LABELS["action.send_back"] = ("Skicka tillbaka för rättning", "Send back for correction")
    catalog.EVENTS["sent_back"] = (
        "{name}: {target} skickat tillbaka till rättaren, med en kommentar.",
        "{name}: {target} sent back to the grader, with a comment.",
    )
    yield
    actions.ACTIONS.clear()
    actions.ACTIONS.update(saved)
    del catalog.LABELS["action.send_back"], catalog.EVENTS["sent_back"]


def test_an_examiner_only_action_needs_one_record_and_its_texts(with_send_back: None, written) -> None:  # type: ignore[no-untyped-def]
    state = ok(written, TEACHER, "save_draft", student=ALVA, target="TEN1", grade="G", exam_date="2026-01-15").state
    state = ok(state, TEACHER, "mark_ready", student=ALVA, target="TEN1", graded_by=TEACHER, notify=EXAMINER).state
    # The teacher may not, and is told so; the examiner must give the comment the record asks for.
    refused(state, TEACHER, "send_back", "not_authorised", student=ALVA, target="TEN1", comment="Fråga 3")
    refused(state, EXAMINER, "send_back", "missing_param", student=ALVA, target="TEN1")
    done = ok(state, EXAMINER, "send_back", student=ALVA, target="TEN1", comment="Räkna om fråga 3")
    assert statuses(done.state) == [(ALVA, "TEN1", "G", "draft")]
    assert done.state.results[0].comment == "Räkna om fråga 3"
    assert catalog.message(done.events[0].key, done.events[0].params, "en").startswith("Alva Exempel: Written exam")
    # The view offers it to the examiner on the ready row, with the field it takes; the docs list it.
    row = next(r for r in view(state, EXAMINER)["rows"] if r["student"] == ALVA and r["target"] == "TEN1")
    assert "send_back" in row["actions"] and "comment" in row["fields"]
    assert view(state, EXAMINER, {})["forms"]["send_back"]["fields"] == [
        {"name": "comment", "kind": "comment", "required": True}
    ]
    described = next(a for a in describe()["declared"] if a["name"] == "send_back")
    assert described["examiner_only"] and described["roles"] == ["examiner"]
