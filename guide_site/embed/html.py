"""Reading a built page as the embed pages need it: a widget's element whole (its source text, nested elements and
all), the page's stylesheets, icon, scripts and title, and the widget's links pointed from another address.

The pages are MkDocs' own output, so every attribute is quoted; the element is found with Python's HTML parser,
so that nothing in an attribute, a comment or a script can be taken for a tag.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from .. import BuildError

Attrs = dict[str, str]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: Attrs
    start: int
    end: int
    html: str = ""


class _Finder(HTMLParser):
    def __init__(self, wanted: Callable[[str, Attrs], bool], text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.wanted = wanted
        self.text = text
        self.found: list[Element] = []
        self.open_: list[tuple[Element, int]] = []  # (element, how deep its own tag is nested inside it)
        self.lines = [0]
        for line in text.splitlines(keepends=True):
            self.lines.append(self.lines[-1] + len(line))

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.lines[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for index, (element, depth) in enumerate(self.open_):
            if element.tag == tag:
                self.open_[index] = (element, depth + 1)
        values = {k: v or "" for k, v in attrs}
        if self.wanted(tag, values) and not self.open_:  # an element inside one already taken comes with it
            start = self._offset()
            if tag in VOID:
                end = start + len(self.get_starttag_text() or "")
                self.found.append(Element(tag, values, start, end, self.text[start:end]))
            else:
                self.open_.append((Element(tag, values, start, -1), 0))

    def handle_endtag(self, tag: str) -> None:
        for index, (element, depth) in enumerate(self.open_):
            if element.tag != tag:
                continue
            if depth:
                self.open_[index] = (element, depth - 1)
                continue
            end = self.text.index(">", self._offset()) + 1
            element.end = end
            element.html = self.text[element.start : end]
            self.found.append(element)
            del self.open_[index]
            break


def elements(text: str, wanted: Callable[[str, Attrs], bool]) -> list[Element]:
    """The elements a predicate of (tag, attributes) wants, outermost only, in document order."""
    finder = _Finder(wanted, text)
    finder.feed(text)
    finder.close()
    if finder.open_:
        raise BuildError(f"a <{finder.open_[0][0].tag}> in the page is never closed")
    return finder.found


def has_class(name: str) -> Callable[[str, Attrs], bool]:
    return lambda tag, attrs: name in attrs.get("class", "").split()


def head_links(text: str, rel: str) -> list[str]:
    """The href of each <link rel=REL> in the page's head, in order."""
    head = text[: text.find("</head>")]
    return [e.attrs["href"] for e in elements(head, lambda t, a: t == "link" and a.get("rel") == rel and "href" in a)]


# The site's own scripts (not the theme's, under javascripts/), but not the embed box's own (embed-code.js).
SITE_SCRIPT = re.compile(r"(?:^|/)assets/(?!embed)[\w.-]+\.js$")


def site_scripts(text: str) -> list[str]:
    """The src of each of the site's own classic scripts the page loads (guide.js, however the build names it); not
    the module a tool's page names in its <head> (widgets.js), which guide.js loads when the embed needs it."""
    found = elements(
        text,
        lambda t, a: t == "script" and a.get("type") != "module" and SITE_SCRIPT.search(a.get("src", "")) is not None,
    )
    return [e.attrs["src"] for e in found]


def body_attrs(text: str) -> Attrs:
    """The attributes of the page's <body> that carry the theme's palette (data-md-color-*)."""
    body = elements(text, lambda t, a: t == "body")
    attrs = body[0].attrs if body else {}
    return {k: v for k, v in attrs.items() if k.startswith("data-md-color-")}


def title_parts(text: str) -> tuple[str, str]:
    """(the page's title, the site's name) from the theme's <title>PAGE - SITE</title>."""
    match = re.search(r"<title>(.*?)</title>", text, re.S)
    if not match or " - " not in match.group(1):
        raise BuildError("the page's <title> is not 'page - site' as the theme writes it")
    page, site = match.group(1).strip().rsplit(" - ", 1)
    return page, site


def moved(url: str, source: str, target: str) -> str:
    """A relative URL of the page at `source` (a path from the site's root, such as "teacher/deadlines/"), written
    for the page at `target`. A URL with a scheme, a root-relative one or a fragment alone is left as it is."""
    if not url or url.startswith(("#", "/", "data:", "mailto:")) or urlsplit(url).scheme:
        return url
    absolute = urlsplit(urljoin(f"http://site/{source}", url))
    folder = "/" + (target if target.endswith("/") else posixpath.dirname(target))
    relative = posixpath.relpath(absolute.path or "/", folder.rstrip("/") or "/")
    if relative == ".":
        relative = "./"
    elif absolute.path.endswith("/"):
        relative += "/"
    query = f"?{absolute.query}" if absolute.query else ""
    return relative + query + (f"#{absolute.fragment}" if absolute.fragment else "")


def absolute(url: str, source: str, base: str) -> str:
    """A relative URL of the page at `source`, as an address on the published site at `base` (its site_url)."""
    if not url or url.startswith(("#", "data:", "mailto:")) or urlsplit(url).scheme:
        return url
    return urljoin(urljoin(base, source), url)


LINK = re.compile(r'<a\b(?P<before>[^>]*?)\bhref="(?P<href>[^"]*)"(?P<after>[^>]*)>')


def links_out(html: str, where: Callable[[str], str]) -> str:
    """Every link of a widget pointed where `where` says, and opened beside the frame (a new tab), since the frame
    is for the widget alone. A link to a place in the same page (#...) stays as it is."""

    def point(match: re.Match[str]) -> str:
        href = match["href"]
        if href.startswith("#"):
            return match[0]
        rest = match["before"] + match["after"]
        extra = "" if "target=" in rest else ' target="_blank" rel="noopener"'
        return f'<a{match["before"]}href="{where(href)}"{match["after"]}{extra}>'

    return LINK.sub(point, html)
