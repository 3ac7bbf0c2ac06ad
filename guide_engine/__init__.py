"""Ladok-guiden's engine: the Ladok result workflow as pure Python, with no I/O and no clock.

Callers pass the state, the acting person, `today`, the calendar and the settings; they get values back.
"""

from .api import Kept, handle, keep
from .calendar import Calendar, Settings, add_working_days, result_deadline
from .catalog import label, message
from .describe import describe
from .model import COURSE_TARGET, State
from .outcome import Event, Outcome, Refusal
from .progress import instalments, timeline
from .scenarios import all_scenarios
from .stateio import MalformedState, state_from_json, to_json
from .views import credits, find_student, view
from .workflow import act

__version__ = "0.1.0"

__all__ = [
    "COURSE_TARGET",
    "Calendar",
    "Event",
    "Kept",
    "MalformedState",
    "Outcome",
    "Refusal",
    "Settings",
    "State",
    "act",
    "add_working_days",
    "all_scenarios",
    "credits",
    "describe",
    "find_student",
    "handle",
    "instalments",
    "keep",
    "label",
    "message",
    "result_deadline",
    "state_from_json",
    "timeline",
    "to_json",
    "view",
]
