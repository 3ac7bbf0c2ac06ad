"""Apply one action to a state: ask the one decision (`decision.decide`), then make the change it allowed.

`act()` is the only way a state changes. It never raises for a reader's mistake: a forbidden or malformed action
comes back as an `Outcome` whose `refusal` is set and whose state is the very state that came in. The change and
its event are the action record's own (`effect`, then `tells`; see `effects.py`), so nothing here knows one action
from another.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .decision import decide
from .model import State
from .outcome import Outcome, Refusal


def act(state: State, actor_id: str, action: str, params: dict[str, Any], today: dt.date) -> Outcome:
    """Perform `action` as the person `actor_id` on `today`; `params` name its subject and hold its values."""
    if not isinstance(params, dict):
        return Outcome(state, refusal=Refusal("unknown_action", {}))
    decided = decide(state, actor_id, action, params, params, today)
    if isinstance(decided, Refusal):
        return Outcome(state, refusal=decided)
    done, more = decided.action.effect(state, decided)
    return Outcome(done.state, (decided.action.tells(done), *more))
