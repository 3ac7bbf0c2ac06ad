"""What the hook does to the built pages and folder: each page's Content-Security-Policy, the English pages pointed at
their own root and search index, and each language's 404 page."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Mapping
from pathlib import Path

from . import BuildError


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


TOOL = re.compile(r'<div class="ladok-tool" data-tool="(?P<tool>[\w-]+)"')
GUIDE_SCRIPT = re.compile(r'<script src="(?P<path>[^"]*?)assets/guide\.js"></script>')


def with_early_tools(html: str) -> str:
    """On a page with a tool, name it in the <head> with the module that opens it (widgets.js, loaded async): when
    the address carries the tool's inputs, the first answer's files are asked for while the page is still being
    read, and the tool opens as soon as its element is in the page, before Material's scripts have run (on a slow
    phone, most of a second: benchmarks/first_answer.py). A page without a tool is left as it is."""
    tools = list(dict.fromkeys(m["tool"] for m in TOOL.finditer(html)))
    if not tools:
        return html
    guide = GUIDE_SCRIPT.search(html)
    end = html.find("</head>")
    if not guide or end < 0:
        raise BuildError("a page with a tool has no guide.js or no <head> to name it in")
    # Before the stylesheets: a script after them is asked for only once they have come (measured: 0.3 s later).
    styles = html.find('<link rel="stylesheet"', 0, end)
    head = styles if styles >= 0 else end
    tag = (
        f'<script type="module" async src="{guide["path"]}assets/widgets.js" '
        f'data-ladok-tools="{" ".join(tools)}"></script>'
    )
    return html[:head] + tag + html[head:]
