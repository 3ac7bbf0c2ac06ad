"""Build-time Python: the engine's facts into pages (`pages`), the browser's runtime (`runtime`), the self-check
(`selfcheck`), the local settings (`config`) and what is done to the built site (`output`)."""


class BuildError(Exception):
    """A build that must stop, with a message that names what to change."""
