"""What the MkDocs hook does, as plain functions: check the docs, render markers, add the runtime to the site."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import shutil
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from guide_engine import Settings, catalog, describe

from . import bytecode, local, precompress
from .checks import check_docs
from .local import Local
from .wheel import build_wheel

ROOT = Path(__file__).resolve().parent.parent
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")


class BuildError(Exception):
    pass


def configured(extra: dict[str, Any]) -> tuple[Settings, Local]:
    """The local rule and the local details from mkdocs.yml, checked; a wrong value stops the build."""
    from .selfcheck import config_from  # the self-check's own settings, checked where its topics are known

    try:
        return local.settings_from(extra), replace(local.local_from(extra), **config_from(extra))
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
    """The browser's share, all local: Pyodide from node_modules under a folder named for its version, the slimmed
    standard library and the engine byte-compiled (named for their content), the engine's wheel and Pyodide's own
    standard library as the fallback, and the calendar, rules, settings and the lockfile's header (so no start
    fetches the lockfile: no package is loaded from it) in runtime.json. Every runtime path changes when its content
    can, so the service worker may keep them for good. Large files get `.gz` and `.br` copies beside them."""
    source = ROOT / "node_modules" / "pyodide"
    try:
        base = bytecode.pyodide_base()
        compiled = bytecode.compiled()
        lock_info = json.loads((source / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]
    except bytecode.BytecodeError as exc:
        raise BuildError(str(exc)) from None
    target = site_dir / base
    shutil.rmtree(site_dir / "pyodide", ignore_errors=True)
    target.mkdir(parents=True)
    for name in PYODIDE_FILES:
        shutil.copyfile(source / name, target / name)
    stdlib = bytecode.content_name(compiled / "python_stdlib_slim.zip")
    shutil.copyfile(compiled / "python_stdlib_slim.zip", target / stdlib)
    engine_dir = site_dir / "engine"
    shutil.rmtree(engine_dir, ignore_errors=True)
    engine_dir.mkdir()
    engine = bytecode.content_name(compiled / "guide_engine.zip")
    shutil.copyfile(compiled / "guide_engine.zip", engine_dir / engine)
    wheels = site_dir / "wheels"
    shutil.rmtree(wheels, ignore_errors=True)
    wheel = build_wheel(wheels)
    folder = wheels / bytecode.content_name(wheel).rsplit("-", 1)[1].split(".")[0]  # a wheel keeps its own name
    folder.mkdir()
    wheel = wheel.rename(folder / wheel.name)
    wheel_path = wheel.relative_to(site_dir).as_posix()
    runtime = {
        "pyodide": base,
        "stdlib": base + stdlib,
        "engine": f"engine/{engine}",
        "wheel": wheel_path,
        "lockfile": {"info": lock_info, "packages": {}},
        "calendar": table,
        "settings": settings.to_dict(),
        "rules": describe(settings),
    }
    runtime_json = site_dir / "assets" / "runtime.json"
    runtime_json.write_text(json.dumps(runtime, ensure_ascii=False), encoding="utf-8")
    try:
        precompress.write_beside([*sorted(target.iterdir()), engine_dir / engine, runtime_json])
    except precompress.CompressError as exc:
        raise BuildError(str(exc)) from None


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


OFFLINE_PAGES = {"sv": "offline.html", "en": "en/offline.html"}


def write_offline(site_dir: Path, base_path: str = "/") -> str:
    """The service worker at the site's root, versioned by the whole build, and a page for each language that says
    a page not visited before cannot be shown offline, linking home by the site's path (the page stands in for
    any address). The page carries the site's Content-Security-Policy and an empty icon, so that offline it asks
    for nothing more. Returns the version."""
    for lang, path in OFFLINE_PAGES.items():
        title, heading, text, home = (catalog.label(f"offline.{k}", lang) for k in ("title", "heading", "text", "home"))
        page = (
            f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,">'
            f'<title>{title}</title></head>\n<body style="font-family: system-ui, sans-serif; max-width: 40em; '
            f'margin: 3em auto; padding: 0 1em; line-height: 1.5">\n<main><h1>{heading}</h1>\n<p>{text}</p>\n'
            f'<p><a href="{base_path}{"en/" if lang == "en" else ""}">{home}</a></p></main>\n</body></html>\n'
        )
        (site_dir / path).write_text(with_csp(page), encoding="utf-8")
    digest = hashlib.sha256()
    for file in sorted(p for p in site_dir.rglob("*") if p.is_file() and p.name != "sw.js"):
        digest.update(file.relative_to(site_dir).as_posix().encode() + b"\0" + file.read_bytes())
    version = digest.hexdigest()[:16]
    template = (Path(__file__).resolve().parent / "sw.js").read_text(encoding="utf-8")
    (site_dir / "sw.js").write_text(template.replace("__VERSION__", version), encoding="utf-8")
    return version


NOT_FOUND_PATHS = {"sv": "404.html", "en": "en/404.html"}


def not_found_page(html: str, base_path: str) -> tuple[str, str]:
    """The theme's 404 page as built for one language (it does not pass through on_post_page): an English one
    points its search at the English root; both carry the Content-Security-Policy. Returns (language, page)."""
    lang = "en" if '<html lang="en"' in html else "sv"
    if lang != "sv":
        html = language_base(html, base_path, lang)
    return lang, with_csp(html)


def write_not_found(site_dir: Path, pages: Mapping[str, str]) -> None:
    """Each language's 404 page at its root: Swedish at the site's, English under en/ (the i18n plugin writes
    every language's to the same path, so the last built would win)."""
    for lang, page in pages.items():
        target = site_dir / NOT_FOUND_PATHS[lang]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")


INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S)
NOT_RUN = re.compile(r"\btype=\"(?!text/javascript|module)[^\"]*\"")  # data such as Material's __config


def with_csp(html: str) -> str:
    """Add a Content-Security-Policy <meta> to a page: scripts only from this site, plus the page's own inline
    scripts by their hashes; WebAssembly may be compiled (the sandbox); nothing from another host."""
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(m.group("body").encode()).digest()).decode() + "'"
            for m in INLINE_SCRIPT.finditer(html)
            if "src=" not in m.group("attrs") and not NOT_RUN.search(m.group("attrs"))
        }
    )
    policy = "; ".join(
        (
            "default-src 'self'",
            " ".join(("script-src 'self' 'wasm-unsafe-eval'", *hashes)),
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
        )
    )
    head = html.find("<head>")
    if head < 0:
        raise BuildError("a page without <head> cannot carry its Content-Security-Policy")
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    return html[: head + 6] + meta + html[head + 6 :]
