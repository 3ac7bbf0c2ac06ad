"""MkDocs hook: a thin shell around guide_site.build, where the work is done in plain, tested Python."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from guide_engine import Calendar
from guide_site import BuildError, build
from guide_site.calendar_table import swedish_table
from guide_site.embed import with_embed_code, write_embeds
from guide_site.output import (
    language_base,
    not_found_page,
    split_search_index,
    with_csp,
    with_early_tools,
    write_not_found,
)
from guide_site.pages import Context, MarkerError, render_markers, skip_to_sandbox
from guide_site.runtime import begin_runtime, precompress, write_offline, write_runtime

_state: dict[str, Any] = {"depth": 0, "command": "build"}


def on_startup(command: str, dirty: bool) -> None:
    _state["command"] = command  # `mkdocs serve` writes no precompressed copies: its server never sends them


def on_config(config: Any) -> Any:
    try:
        build.check(Path(config["docs_dir"]))
        settings, local = build.configured(config["extra"])
        day = build.build_date(os.environ)  # the build's one date, taken once; the engine never reads a clock
    except BuildError as exc:
        raise PluginError(str(exc)) from None
    table = swedish_table(*build.CALENDAR_YEARS)
    _state.update(
        settings=settings, local=local, table=table, calendar=Calendar.from_table(table), year=day.year, day=day
    )
    return config


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    lang = getattr(page.file, "locale", None) or "sv"
    page_path = page.file.src_uri.split("/", 1)[1] if "/" in page.file.src_uri else page.file.src_uri
    ctx = Context(lang, _state["settings"], _state["calendar"], _state["year"], _state["local"], page_path)
    try:
        return render_markers(markdown, ctx)
    except (MarkerError, ValueError) as exc:
        raise PluginError(f"{page.file.src_path}: {exc}") from None


def on_post_page(output: str, page: Any, config: Any) -> str:
    lang = getattr(page.file, "locale", None) or "sv"
    try:
        if lang != "sv":
            output = language_base(output, _base_url(page), lang)
        output = skip_to_sandbox(output, lang)
        output = with_embed_code(output, lang, page.url, config["site_url"] or "")
        output = with_early_tools(output)
        return with_csp(output)  # last, so that the hashes are of the scripts as shipped
    except (BuildError, ValueError) as exc:
        raise PluginError(f"{page.file.src_path}: {exc}") from None


def _base_url(page: Any) -> str:
    from mkdocs.utils import get_relative_url

    return get_relative_url(".", page.url)


def on_post_template(output: str, template_name: str, config: Any) -> str:
    if template_name != "404.html":
        return output
    try:
        lang, page = not_found_page(output, urlsplit(config["site_url"] or "/").path or "/")
    except BuildError as exc:
        raise PluginError(f"404.html: {exc}") from None
    _state.setdefault("not_found", {})[lang] = page
    return page


def on_pre_build(config: Any) -> None:
    _state["depth"] += 1  # the i18n plugin builds the other language inside this build's post-build step
    if _state["depth"] == 1:  # the runtime's slow parts run while the pages are made
        try:
            _state["started"] = begin_runtime(precompress.mode(os.environ, _state["command"]))
        except (BuildError, precompress.CompressError) as exc:
            raise PluginError(str(exc)) from None


def on_build_error(error: Exception) -> None:
    _state["depth"] = 0
    started = _state.pop("started", None)
    if started is not None:
        started.abandon()


@event_priority(-100)  # after the i18n plugin has built every language and merged the search index
def on_post_build(config: Any) -> None:
    _state["depth"] -= 1
    if _state["depth"] > 0:  # the other language's inner build: the outer one writes all of this once, after it
        return
    site = Path(config["site_dir"])
    try:
        write_runtime(
            site,
            _state["settings"],
            _state["table"],
            _state.pop("started"),
            _state["day"],
            _state["local"].study_admin_contact,
        )
        split_search_index(site, "en")
        write_not_found(site, _state.get("not_found", {}))
        write_embeds(site, Path(config["theme"].custom_dir), config["site_url"] or "")  # before the scripts are named
        write_offline(site, urlsplit(config["site_url"] or "/").path or "/")
    except (BuildError, precompress.CompressError) as exc:
        raise PluginError(str(exc)) from None
