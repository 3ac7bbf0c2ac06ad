"""The embed pages: for each language and each embed (catalog.py), a compact page with the widget taken whole from
the built page that holds it, that page's stylesheets and the site's own scripts (under whatever names the build gave
them), the site's Content-Security-Policy, and a link to the full guide that embed.js fills with the reader's work.

Written after the site is built, so that both language trees have their embeds from the same pages and the same
template (overrides/embed.html), and nothing is typed twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from .. import BuildError, texts
from ..output import with_csp
from .catalog import Embed, embeds, on_page, tasks
from .html import Element, body_attrs, head_links, links_out, moved, site_scripts, title_parts

LANGS = ("sv", "en")
TEMPLATE = "embed.html"


@dataclass(frozen=True)
class Source:
    """The built page that holds a widget: its address from the site's root, its HTML and the widget's element."""

    path: str
    html: str
    element: Element


def _pages(site_dir: Path, lang: str) -> Iterator[tuple[str, str]]:
    """(address, HTML) of each built page of one language, the embed pages left out."""
    root = site_dir if lang == "sv" else site_dir / lang
    for file in sorted(root.rglob("index.html")):
        path = file.parent.relative_to(site_dir).as_posix()
        parts = path.split("/")
        if (lang == "sv" and parts[0] in [*LANGS, "embed"]) or (lang != "sv" and parts[1:2] == ["embed"]):
            continue
        yield ("" if path == "." else f"{path}/"), file.read_text(encoding="utf-8")


def sources(site_dir: Path, lang: str) -> dict[Embed, Source]:
    """Where each embed's widget stands in the built site of one language; a missing one stops the build."""
    found: dict[Embed, Source] = {}
    for path, html in _pages(site_dir, lang):
        if "ladok-tool" not in html and "ladok-sandbox" not in html and "ladok-selfcheck" not in html:
            continue
        for embed, element in on_page(html):
            found.setdefault(embed, Source(path, html, element))
    missing = [f"{e.kind} {e.name}" for e in embeds() if e not in found]
    if missing:
        raise BuildError(f"no {lang} page holds the widget of {', '.join(missing)}, so it cannot be embedded")
    return found


def widget(embed: Embed, source: Source, lang: str, where: Callable[[str], str]) -> Markup:
    """The widget's HTML as its page has it, its links pointed by `where`; the self-check with its sandbox tasks,
    under a heading for each role as on its page."""
    html = links_out(source.element.html, where)
    if embed.kind == "selfcheck":
        parts = [html, f'<h2 id="ladok-embed-tasks">{escape(texts.label("embed.tasks", lang))}</h2>']
        role = None
        for task in tasks(source.html):
            if task.attrs.get("data-role") != role:
                role = task.attrs.get("data-role", "")
                parts.append(f"<h3>{escape(texts.label(f'role.{role}', lang))}</h3>")
            parts.append(links_out(task.html, where))
        html = "\n".join(parts)
    return Markup(html)  # the built page's own HTML, taken whole


def script(site_dir: Path, name: str) -> str:
    """assets/NAME as the build names it now: NAME, or NAME.HASH.js once the scripts are named for their content."""
    stem = name.removesuffix(".js")
    found = sorted(
        p.name
        for p in (site_dir / "assets").glob(f"{stem}*.js")
        if re.fullmatch(rf"{re.escape(stem)}(\.[0-9a-f]{{12}})?\.js", p.name)
    )
    if not found:
        raise BuildError(f"assets/{name} is not in the built site")
    return f"assets/{found[-1]}"


def render(template_dir: Path, **context: Any) -> str:
    env = Environment(
        loader=FileSystemLoader(template_dir), autoescape=select_autoescape(["html"]), undefined=StrictUndefined
    )
    return with_csp(env.get_template(TEMPLATE).render(**context))


def page_context(embed: Embed, source: Source, lang: str, target: str) -> dict[str, Any]:
    """What the template needs that comes from the built page, its addresses written for `target`."""

    def here(url: str) -> str:
        return moved(url, source.path, target)

    _, site_name = title_parts(source.html)
    canonical = head_links(source.html, "canonical")
    return {
        "lang": lang,
        "title": embed.title(lang),
        "site_name": site_name,
        "canonical": canonical[0] if canonical else "",
        "icon": here(head_links(source.html, "icon")[0]),
        "stylesheets": [here(href) for href in head_links(source.html, "stylesheet")],
        "body_attrs": [*sorted(body_attrs(source.html).items()), ("data-embed", embed.kind)],
    }


def write_pages(site_dir: Path, template_dir: Path, found: Mapping[str, Mapping[Embed, Source]]) -> list[Path]:
    """Every embed page of both languages, from the widgets `found` in each language's built pages."""
    written = []
    for lang in LANGS:
        for embed, source in found[lang].items():
            target = embed.path(lang)

            def here(url: str, source: Source = source, target: str = target) -> str:
                return moved(url, source.path, target)

            note = "embed.note_tool" if embed.kind == "tool" else "embed.note_work"
            html = render(
                template_dir,
                **page_context(embed, source, lang, target),
                widget=widget(embed, source, lang, here),
                note=texts.label(note, lang),
                full=here("./"),
                open_full=texts.label("embed.open_full", lang),
                modules=[moved(script(site_dir, "embed.js"), "", target)],
                scripts=[here(src) for src in site_scripts(source.html)],
            )
            file = site_dir / target / "index.html"
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(html, encoding="utf-8")
            written.append(file)
    return written
