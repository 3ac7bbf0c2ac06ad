"""What the MkDocs hook does as the build starts, as plain functions: check the two languages, read the settings and
take the build's one date. The pages, the runtime and the finished site have packages of their own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from guide_engine import Settings

from . import BuildError, config
from .config import Local
from .pages.parity import check_docs

__all__ = ["CALENDAR_YEARS", "BuildError", "build_date", "check", "configured"]


def configured(extra: dict[str, Any]) -> tuple[Settings, Local]:
    """The local rule and the local details from mkdocs.yml, checked; a wrong value stops the build."""
    from .selfcheck import config_from  # the self-check's own settings, checked where its topics are known

    try:
        return config.settings_from(extra), replace(config.local_from(extra), **config_from(extra))
    except config.ConfigError as exc:
        raise BuildError(f"mkdocs.yml: {exc}") from None


# A long, fixed window, so that a site that is not rebuilt keeps counting for years, and two builds on different
# days write the same table.
CALENDAR_YEARS = (2020, 2045)


def build_date(environ: Mapping[str, str]) -> dt.date:
    """The build's one date: from SOURCE_DATE_EPOCH when it is set (reproducible builds), else today, read once."""
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return dt.date.today()
    try:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    except (ValueError, OverflowError, OSError):
        raise BuildError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970") from None


def check(docs_dir: Path) -> None:
    problems = check_docs(docs_dir)
    if problems:
        raise BuildError("the two languages are out of step:\n  " + "\n  ".join(problems))
