"""The engine's facts in the pages: markers such as `<!-- ladok:who certify -->` rendered in the page's language,
the tables, the lifecycle diagram and the worked examples, and the check that both languages have the same pages."""

from .context import Context, MarkerError
from .markers import render_markers
from .skip import skip_to_sandbox

__all__ = ["Context", "MarkerError", "render_markers", "skip_to_sandbox"]
