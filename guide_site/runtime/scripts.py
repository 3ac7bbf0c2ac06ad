"""The site's own scripts named for their content, so that a page always runs its own build's scripts.

Static hosts send `Cache-Control: max-age=600` (GitHub Pages does), and a browser then serves a script it has from
its cache for ten minutes without asking: after a new build is published, a reloaded page would run the new page
with the old `guide.js`, `sandbox.js` and `engine.js`. So the build writes each `docs/assets/*.js` as
`assets/NAME.HASH.js` and removes `assets/NAME.js`: a new build's page asks for new names, which no cache holds.

HASH covers the script and every script it names, directly or through others (imports, the worker's script, the
modules guide.js loads), so a script's name changes whenever anything it would load changes. References are
rewritten where they are whole string literals naming a script of `assets/` (`"./ui.js"`, `"assets/engine.js"`,
`"sandbox.js"`), and in every page's `<script src="…assets/NAME.js">` (Material's `extra_javascript`). A name
built from pieces (`"tool-" + name + ".js"`) would not be found: write each script's name whole.

`/* ladok:built */ null` in a script is replaced, before hashing, by what the build tells it (`built`): engine.js
learns this build's id and its Pyodide's files, and refuses a runtime.json of another build (a page opened before
a new build was published, or from a cache).

Lines that are only a `//` comment go out empty: a quarter of the scripts' compressed bytes (46 against 36 KB gzip),
while every line keeps its number, so an error's stack names the line of the source.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from . import names

MARKER = "/* ladok:built */ null"
HASHED = re.compile(r"^[\w-]+\.[0-9a-f]{12}\.js$")
LITERAL = re.compile(r"""(?P<quote>["'`])(?P<path>(?:[\w./-]*/)?)(?P<name>[\w-]+\.js)(?P=quote)""")
PAGE_SCRIPT = re.compile(r"""(?P<attr>\bsrc=)(?P<quote>["'])(?P<path>[^"']*\bassets/)(?P<name>[\w-]+\.js)(?P=quote)""")


COMMENT_LINE = re.compile(r"^[ \t]*//.*$", re.M)


def sources(assets: Path) -> dict[str, str]:
    """The site's scripts as written in docs/assets (not yet named for their content)."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(assets.glob("*.js")) if not HASHED.match(p.name)}


def named(texts: Mapping[str, str]) -> dict[str, str]:
    """Each script's content name: NAME.HASH.js, HASH over the script and all it names, directly or not."""
    refers = {name: {m["name"] for m in LITERAL.finditer(text) if m["name"] in texts} for name, text in texts.items()}
    result = {}
    for name in texts:
        seen, todo = {name}, [name]
        while todo:
            for other in refers[todo.pop()] - seen:
                seen.add(other)
                todo.append(other)
        digest = hashlib.sha256()
        for each in sorted(seen):
            digest.update(each.encode() + b"\0" + texts[each].encode() + b"\0")
        result[name] = f"{name.removesuffix('.js')}.{digest.hexdigest()[:12]}.js"
    return result


def rewritten(text: str, hashed: Mapping[str, str], pattern: re.Pattern[str] = LITERAL) -> str:
    def swap(match: re.Match[str]) -> str:
        name = match["name"]
        return match[0] if name not in hashed else match[0].replace(match["path"] + name, match["path"] + hashed[name])

    return pattern.sub(swap, text)


def write_scripts(site_dir: Path, built: Mapping[str, Any]) -> list[str]:
    """Write every script of the site's assets under its content name, with its references and the pages' script
    tags rewritten, and remove the unnamed copies. Returns the content names of the site's scripts.

    The language plugin builds each language in a build of its own, and the hook's last step runs after each: the
    second finds the scripts named already, and the same inputs give the same names."""
    assets = site_dir / names.ASSETS
    texts = {name: text.replace(MARKER, json.dumps(built, sort_keys=True)) for name, text in sources(assets).items()}
    hashed = named(texts)
    for name, text in texts.items():
        (assets / hashed[name]).write_text(COMMENT_LINE.sub("", rewritten(text, hashed)), encoding="utf-8")
        (assets / name).unlink()
    present = {p.name.split(".")[0] + ".js": p.name for p in sorted(assets.glob("*.js")) if HASHED.match(p.name)}
    present.update(hashed)  # this build's, should an earlier build into the same folder have left others
    for page in sorted(site_dir.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        changed = rewritten(html, present, PAGE_SCRIPT)
        if changed != html:
            page.write_text(changed, encoding="utf-8")
    return sorted(present.values())
