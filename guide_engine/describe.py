"""One plain description of the rules, for the docs build, the browser and the tests.

Everything a page states about the workflow comes from here: states, transitions, who may do what, deadlines,
instalments and every label in both languages.
"""

from __future__ import annotations

from typing import Any

from . import catalog
from .actions import declared
from .calendar import Settings
from .model import ROLES, SCALES
from .outcome import Refusal
from .progress import CSN_AFTER_CERTIFICATION, MAX_PARTS, course_from_structure, step_bounds
from .rules import ACTION_NAMES, NONE, ROUTINES, SEE_NAMES_ON_ANONYMOUS_EXAMS, STATES
from .scenarios import SEED, all_scenarios


def describe(settings: Settings | None = None) -> dict[str, Any]:
    settings = settings or Settings()
    return {
        "states": [NONE, *STATES],
        "actions": list(ACTION_NAMES),
        "declared": [
            {
                "name": a.name,
                "moves": [list(m) for m in a.moves],
                "roles": list(a.roles),
                "authorisation": a.authorisation,
                "event": a.event,
                "screen": a.screen,
                "params": [{"name": p.name, "kind": p.kind, "required": p.required} for p in a.params],
                "examiner_only": a.examiner_only,
                "on_course": a.on_course,
                "system": a.system,
            }
            for a in declared()
        ],
        "roles": list(ROLES),
        "routines": dict(ROUTINES),
        "see_names_on_anonymous_exams": sorted(SEE_NAMES_ON_ANONYMOUS_EXAMS),
        "scales": {k: list(v) for k, v in SCALES.items()},
        "settings": settings.to_dict(),
        "steps": [{"key": k, "role": r, "earliest": lo, "latest": hi} for k, r, lo, hi in step_bounds(settings)],
        "csn_after_certification": {"fewest": CSN_AFTER_CERTIFICATION[0], "most": CSN_AFTER_CERTIFICATION[1]},
        "labels": {k: {"sv": v[0], "en": v[1]} for k, v in catalog.LABELS.items()},
        "instalment_structure": [
            {"name": {"sv": m.name_sv, "en": m.name_en}, "hp": m.hp, "moments": list(m.moments)} for m in SEED.modules
        ],
        "scenarios": [
            {"key": s.key, "title": {"sv": s.title_sv, "en": s.title_en}, "steps": len(s.steps)}
            for s in all_scenarios().values()
        ],
        "limits": limits(),
    }


def limits() -> dict[str, Any]:
    """What the browser's forms need to know of the engine's limits and conventions, so that no script states them
    again: the longest comment and points text an action takes, the largest request (a shared link inflates to at
    most this), what a part the reader adds to the credit timeline starts with and the codes the engine gives a
    student's own parts, and the actions that take a result away (each moves it to removed), drawn as such."""
    from .api import MAX_REQUEST_CHARS  # the API imports this module
    from .checks import MAX_COMMENT, MAX_POINTS_TEXT

    own = course_from_structure([{"name": "", "hp": 1, "moments": ["1"]}] * MAX_PARTS)
    return {
        "comment_chars": MAX_COMMENT,
        "points_chars": MAX_POINTS_TEXT,
        "request_chars": MAX_REQUEST_CHARS,
        "new_part_hp": SEED.modules[-1].hp,
        "own_part_codes": [] if isinstance(own, Refusal) else [m.code for m in own.modules],
        "destructive": [a.name for a in declared() if a.moves and all(to == "removed" for _, to in a.moves)],
    }
