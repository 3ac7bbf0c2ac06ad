"""Adding an action is one record, its named functions, its texts and a test: the decision, act(), the view, the
derived tables, the lifecycle diagram and the forms all follow, with no other code. This story is the example
CONTRIBUTING.md walks through ("Add an action", "Add a rule").

The example: the examiner sends a result that is marked as ready back to the grader for correction, with a comment.
Its one rule of its own looks beyond the result it acts on: a result from an Inspera session is sent back only while
none of that session's results is certified (after that, the session's grading stands, and a correction goes through
removal and a new report). In the engine the rule would go in `guide_engine/checks.py`, the record in
`guide_engine/actions.py` and the texts in `guide_engine/catalog.py`; here they are declared in the test, and the
fixture puts them where the engine reads them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from guide_engine import State, actions, catalog, view
from guide_engine.actions import Action, Param
from guide_engine.describe import describe
from guide_engine.names import Role, Screen, Status
from guide_engine.outcome import Allowed, Refusal
from guide_engine.rules import ACTION_NAMES, AUTHORISATIONS, EXAMINER_ONLY, PERMISSIONS, TRANSITIONS
from guide_engine.scenarios import ADMIN, ALVA, BRUNO, EXAMINER, TEACHER
from story import ok, refused, statuses

# --- 1. the rule: a small function named for it (in the engine: guide_engine/checks.py) ---------------------------


def session_not_yet_certified(state: State, allowed: Allowed) -> Refusal | None:
    """A result from an Inspera session is sent back only while none of the session's results is certified."""
    record = allowed.record
    if record is None or not record.activity:
        return None
    activity = state.activity(record.activity)
    assert activity is not None
    for _, pnr in activity.codes:
        if any(r.activity == activity.id and r.decision_date for r in state.results_of(pnr, activity.target)):
            return Refusal("session_partly_certified", {"activity": activity.id})
    return None


# --- 2. the record, naming its rule (in the engine: one more Action in guide_engine/actions.py) --------------------

SEND_BACK = Action(
    "send_back",
    ((Status.READY, Status.DRAFT),),
    (Role.EXAMINER,),
    "certify",
    "sent_back",
    Screen.CERTIFY,
    (Param("comment", "comment", required=True),),
    examiner_only=True,
    rules=(session_not_yet_certified,),
)

# --- 3. its texts, both languages (in the engine: guide_engine/catalog.py) -----------------------------------------

TEXTS = {
    "action.send_back": ("Skicka tillbaka för rättning", "Send back for correction"),
    "sent_back": (
        "{name}: {target} skickat tillbaka till rättaren, med en kommentar.",
        "{name}: {target} sent back to the grader, with a comment.",
    ),
    "session_partly_certified": (
        "Resultat från aktivitetstillfället {activity} är redan attesterade. Ett resultat därifrån rättas nu genom "
        "att det tas bort och rapporteras på nytt.",
        "Results from the activity session {activity} are already certified. A result from it is now corrected by "
        "removing it and reporting it again.",
    ),
}


@pytest.fixture
def with_send_back() -> Iterator[None]:
    """The new action, declared as a department would add it, and its texts in both languages."""
    saved = dict(actions.ACTIONS)
    actions.ACTIONS[SEND_BACK.name] = SEND_BACK
    catalog.LABELS["action.send_back"] = TEXTS["action.send_back"]
    catalog.EVENTS["sent_back"] = TEXTS["sent_back"]
    catalog.MESSAGES["session_partly_certified"] = TEXTS["session_partly_certified"]
    yield
    actions.ACTIONS.clear()
    actions.ACTIONS.update(saved)
    del catalog.LABELS["action.send_back"], catalog.EVENTS["sent_back"], catalog.MESSAGES["session_partly_certified"]


def _ready(state: State, pnr: str) -> State:
    return ok(state, TEACHER, "mark_ready", student=pnr, target="TEN1", graded_by=TEACHER, notify=EXAMINER).state


def _offered(state: State, pnr: str) -> list[str]:
    row = next(r for r in view(state, EXAMINER)["rows"] if r["student"] == pnr and r["target"] == "TEN1")
    return list(row["actions"])


def test_an_examiner_only_action_needs_one_record_and_its_texts(with_send_back: None, written: State) -> None:
    """The decision, act(), the events and the view read the record: who may, what it needs, what it does."""
    state = ok(written, TEACHER, "save_draft", student=ALVA, target="TEN1", grade="G", exam_date="2026-01-15").state
    state = _ready(state, ALVA)
    # The teacher may not, and is told so; the examiner must give the comment the record asks for.
    refused(state, TEACHER, "send_back", "not_authorised", student=ALVA, target="TEN1", comment="Fråga 3")
    refused(state, EXAMINER, "send_back", "missing_param", student=ALVA, target="TEN1")
    done = ok(state, EXAMINER, "send_back", student=ALVA, target="TEN1", comment="Räkna om fråga 3")
    assert statuses(done.state) == [(ALVA, "TEN1", "G", "draft")]
    assert done.state.results[0].comment == "Räkna om fråga 3"
    assert catalog.message(done.events[0].key, done.events[0].params, "en").startswith("Alva Exempel: Written exam")
    # The view offers it to the examiner on the ready row, with the field it takes, and on the certify screen, whose
    # action it is; the docs list it.
    row = next(r for r in view(state, EXAMINER)["rows"] if r["student"] == ALVA and r["target"] == "TEN1")
    assert "send_back" in row["actions"] and "comment" in row["fields"]
    assert "send_back" in view(state, EXAMINER, {})["certify"]["rows"][0]["actions"]
    assert view(state, EXAMINER, {})["forms"]["send_back"]["fields"] == [
        {"name": "comment", "kind": "comment", "required": True}
    ]
    described = next(a for a in describe()["declared"] if a["name"] == "send_back")
    assert described["examiner_only"] and described["roles"] == ["examiner"]


def test_its_cross_result_rule_is_asked_by_act_and_by_the_view(with_send_back: None, written: State) -> None:
    """The rule named on the record refuses once another result of the session is certified, in act() and on the
    row alike; before that, the action is offered and taken."""
    state = ok(written, ADMIN, "setup_activity", target="TEN1", date="2026-01-15").state
    activity = state.activities[0]
    codes = {pnr: code for code, pnr in activity.codes}
    grades = {codes[ALVA]: "G", codes[BRUNO]: "VG"}
    state = ok(state, ADMIN, "transfer_from_inspera", activity=activity.id, grades=grades).state
    state = _ready(_ready(state, ALVA), BRUNO)
    assert "send_back" in _offered(state, BRUNO)
    ok(state, EXAMINER, "send_back", student=BRUNO, target="TEN1", comment="Fråga 2 igen")
    state = ok(state, EXAMINER, "certify", student=ALVA, target="TEN1").state
    assert "send_back" not in _offered(state, BRUNO) and "certify" in _offered(state, BRUNO)
    said = refused(
        state, EXAMINER, "send_back", "session_partly_certified", student=BRUNO, target="TEN1", comment="Fråga 2"
    )
    assert "already certified" in catalog.message("session_partly_certified", said, "en")


def test_the_derived_tables_and_the_diagram_show_it(with_send_back: None) -> None:
    """rules.py's tables are read from the records when used, so the added action is in each of them, and the
    lifecycle diagram draws its arrow."""
    from guide_site.pages.diagram import lifecycle_svg, transitions

    assert TRANSITIONS["send_back"] == {"ready": "draft"}
    assert PERMISSIONS["send_back"] == ("examiner",) and AUTHORISATIONS["send_back"] == "certify"
    assert "send_back" in EXAMINER_ONLY and ACTION_NAMES[-1] == "send_back"
    assert "Send back for correction" in transitions("en")[0][("ready", "draft")]
    assert "Skicka tillbaka" in lifecycle_svg("sv")
    assert "send_back" in describe()["actions"]


def test_without_it_the_tables_are_as_declared() -> None:
    """The same tables, read without the added action: the fixture above is what put it there."""
    assert "send_back" not in TRANSITIONS and "send_back" not in EXAMINER_ONLY and "send_back" not in ACTION_NAMES


def test_a_misspelt_state_role_or_screen_fails_when_the_record_is_made() -> None:
    """States, roles and screens are named values: a misspelt one in a record stops the import, not a reader."""
    from guide_engine.model import InvalidDefinition

    for moves, roles, screen in (
        ((("ready", "drafft"),), ("examiner",), "certify"),
        ((("ready", "draft"),), ("examinor",), "certify"),
        ((("ready", "draft"),), ("examiner",), "certfy"),
    ):
        with pytest.raises(InvalidDefinition):
            Action("send_back", moves, roles, "certify", "sent_back", screen)  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        _ = Status.DRAFFT  # type: ignore[attr-defined]
