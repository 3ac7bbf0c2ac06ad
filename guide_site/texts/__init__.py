"""The texts that are not the engine's: the pages' sentences around its facts, the sandbox's and the tools'
interface, the self-check, the offline page and the guide inside a learning platform (embed pages, the SCORM
package), each key -> (Swedish, English).

The engine keeps the texts it produces (events, refusals, Ladok's terms, rule sentences); a wording change here
does not touch the engine's bytecode. `label` and `message` look here first and then in the engine's catalog, so
build-time code and tests ask one place for any text; the browser gets both in `runtime.json`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from guide_engine import catalog

from . import embed, routes, sandbox, selfcheck, selfcheck_questions, selfcheck_routes, site, tools

LABELS: dict[str, tuple[str, str]] = {}
MESSAGES: dict[str, tuple[str, str]] = {}


def _fold() -> None:
    """One table of each kind; a key defined twice, here or beside the engine's, is a bug."""
    engine = set(catalog.all_templates())
    for module in (sandbox, tools, selfcheck, selfcheck_questions, selfcheck_routes, site, routes, embed):
        for table, extra in ((LABELS, module.LABELS), (MESSAGES, module.MESSAGES)):
            twice = sorted((set(LABELS) | set(MESSAGES) | engine) & set(extra))
            if twice:
                raise ValueError(f"texts defined twice: {twice}")
            table.update(extra)


_fold()


def label(key: str, lang: str) -> str:
    """A label or short text in one language, from here or else from the engine's catalog."""
    if key in LABELS:
        return LABELS[key][catalog.LANGS.index(lang)] if lang in catalog.LANGS else catalog.label(key, lang)
    return catalog.label(key, lang)


def message(key: str, params: Mapping[str, Any], lang: str) -> str:
    """A sentence in one language, from here or else from the engine's catalog."""
    if key in MESSAGES:
        if lang not in catalog.LANGS:
            raise ValueError(f"unknown language {lang!r}")
        return catalog.render(MESSAGES[key][catalog.LANGS.index(lang)], params, lang)
    return catalog.message(key, params, lang)


def browser_labels() -> dict[str, dict[str, str]]:
    """The labels the browser reads beside the engine's own (`runtime.json`'s `texts`)."""
    return {k: dict(zip(catalog.LANGS, v, strict=True)) for k, v in LABELS.items()}


def all_templates() -> dict[str, tuple[str, ...]]:
    """Every bilingual entry, the engine's and these, for the completeness and sentence tests."""
    return {**catalog.all_templates(), **LABELS, **MESSAGES}


def has_label(key: str) -> bool:
    """Whether a label exists, here or in the engine's catalog."""
    return key in LABELS or key in catalog.LABELS
