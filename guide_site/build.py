"""What the MkDocs hook does, as plain functions: check the docs, render markers, add the runtime to the site."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

from guide_engine import Settings, describe

from .checks import check_docs
from .wheel import build_wheel, wheel_name

ROOT = Path(__file__).resolve().parent.parent
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")


class BuildError(Exception):
    pass


def settings_from(extra: dict[str, Any]) -> Settings:
    try:
        return Settings(**(extra.get("ladok_rules") or {}))
    except (TypeError, ValueError) as exc:
        raise BuildError(f"extra.ladok_rules in mkdocs.yml: {exc}") from None


def calendar_years(today: dt.date) -> tuple[int, int]:
    """Last year, this year and the two after: enough for this and next year's exams and their deadlines."""
    return today.year - 1, today.year + 2


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
