"""What the MkDocs hook does, as plain functions: check the docs, render markers, add the runtime to the site."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from guide_engine import Settings, describe

from . import local
from .checks import check_docs
from .local import Local
from .wheel import build_wheel, wheel_name

ROOT = Path(__file__).resolve().parent.parent
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")


class BuildError(Exception):
    pass


def configured(extra: dict[str, Any]) -> tuple[Settings, Local]:
    """The local rule and the local details from mkdocs.yml, checked; a wrong value stops the build."""
    try:
        return local.settings_from(extra), local.local_from(extra)
    except local.ConfigError as exc:
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


def write_runtime(site_dir: Path, settings: Settings, table: dict[str, Any]) -> None:
    """The browser's share: Pyodide from node_modules, the engine's wheel, the calendar and the rules, all local."""
    source = ROOT / "node_modules" / "pyodide"
    if not (source / "pyodide.mjs").is_file():
        raise BuildError("node_modules/pyodide is missing: run scripts/setup.sh (npm ci)")
    target = site_dir / "pyodide"
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copy2(source / name, target / name)
    wheels = site_dir / "wheels"
    shutil.rmtree(wheels, ignore_errors=True)
    build_wheel(wheels)
    runtime = {
        "wheel": f"wheels/{wheel_name()}",
        "calendar": table,
        "settings": settings.to_dict(),
        "rules": describe(settings),
    }
    (site_dir / "assets" / "runtime.json").write_text(json.dumps(runtime, ensure_ascii=False), encoding="utf-8")


def language_base(html: str, base_url: str, lang: str) -> str:
    """Point an English page's Material config at the /en/ root, so that its search reads the English index."""
    old = f'"base": "{base_url}"'
    if old not in html:
        raise BuildError("Material's __config has no base to point at the language root")
    new = f"{base_url.rstrip('/')}/{lang}/" if base_url != "." else f"{lang}/"
    return html.replace(old, f'"base": "{new}"', 1)


def split_search_index(site_dir: Path, lang: str) -> None:
    """One search index per language: the default language's at the root, the other under its own folder."""
    index_path = site_dir / "search" / "search_index.json"
    data = json.loads(index_path.read_text(encoding="utf-8"))
    prefix = f"{lang}/"
    theirs = [d for d in data["docs"] if d["location"].startswith(prefix)]
    if not theirs:
        return
    ours = [d for d in data["docs"] if not d["location"].startswith(prefix)]
    for doc in theirs:
        doc["location"] = doc["location"][len(prefix) :]
    target = site_dir / lang / "search"
    target.mkdir(parents=True, exist_ok=True)
    config = {**data["config"], "lang": [lang]}
    (target / "search_index.json").write_text(json.dumps({**data, "config": config, "docs": theirs}), encoding="utf-8")
    rest = {**data["config"], "lang": [code for code in data["config"]["lang"] if code != lang]}
    index_path.write_text(json.dumps({**data, "config": rest, "docs": ours}), encoding="utf-8")
