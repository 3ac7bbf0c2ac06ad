"""Every page we ship, in headless Chromium: no console error, no failed or foreign request, no broken link or
#anchor, the right <html lang>, no serious or critical axe-core finding; the language switch and search work."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from tests.browser.conftest import ROOT, Watch
from tests.browser.driver import open_sandbox

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def pages(site_dir: Path) -> list[str]:
    found = sorted(p.relative_to(site_dir).parent.as_posix() for p in site_dir.rglob("index.html"))
    return ["/" if p == "." else f"/{p}/" for p in found]


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids.update(v for k, v in attrs if k == "id" and v)


def ids_of(site_dir: Path, path: str) -> set[str]:
    parser = _Ids()
    parser.feed((site_dir / path.strip("/") / "index.html").read_text(encoding="utf-8"))
    return parser.ids


def axe_findings(page: Any) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']} ({v['impact']}): {v['help']} – {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def test_the_site_has_every_page_in_both_languages(site_dir: Path) -> None:
    all_pages = pages(site_dir)
    swedish = [p for p in all_pages if not p.startswith("/en/")]
    english = [p for p in all_pages if p.startswith("/en/")]
    assert len(swedish) == len(english) >= 19
    assert sorted("/en" + p for p in swedish) == english


def test_every_page_opens_clean(context: Any, server: str, site_dir: Path) -> None:
    """One pass over the site: console, requests, lang, links, anchors, axe."""
    problems: list[str] = []
    for path in pages(site_dir):
        page = context.new_page()
        watch = Watch(server)
        watch.attach(page)
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
        lang = page.evaluate("() => document.documentElement.lang")
        if lang != ("en" if path.startswith("/en/") else "sv"):
            problems.append(f"{path}: <html lang={lang}>")
        problems += [f"{path}: {e}" for e in watch.errors]
        problems += [f"{path}: foreign request {u}" for u in watch.foreign()]
        problems += [f"{path}: loaded {u}" for u in watch.requests if u.endswith(".wasm")]
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))"):
            problems += check_link(site_dir, path, href)
        problems += [f"{path}: {finding}" for finding in axe_findings(page)]
        page.close()
    assert problems == [], "\n".join(problems)


def check_link(site_dir: Path, path: str, href: str) -> list[str]:
    if href.startswith(("mailto:", "javascript:")):
        return []
    target = urlsplit(urljoin(f"http://site{path}", href))
    if target.netloc != "site":
        return [f"{path}: external link {href}"]
    file = site_dir / target.path.strip("/")
    if target.path.endswith("/") or target.path == "":
        file = file / "index.html"
    if not file.exists():
        return [f"{path}: broken link {href}"]
    if target.fragment and file.name == "index.html":
        ids = ids_of(site_dir, str(file.parent.relative_to(site_dir)))
        if target.fragment not in ids:
            return [f"{path}: missing anchor {href}"]
    return []


def test_the_language_switch_keeps_the_page_and_section(context: Any, watch: Watch, server: str) -> None:
    page = context.new_page()
    watch.attach(page)
    page.goto(f"{server}/teacher/report/#steg-4-klarmarkera")
    page.locator(".md-select .md-header__button").hover()
    page.locator(".md-select__link[hreflang=en]").click()
    page.wait_for_url(f"{server}/en/teacher/report/#steg-4-klarmarkera")
    assert page.locator("#steg-4-klarmarkera").inner_text().startswith("4. Mark as ready and notify")
    page.locator(".md-select .md-header__button").hover()
    page.locator(".md-select__link[hreflang=sv]").click()
    page.wait_for_url(f"{server}/teacher/report/#steg-4-klarmarkera")
    assert page.evaluate("() => document.documentElement.lang") == "sv"
    assert watch.errors == []


@pytest.mark.parametrize(
    ("path", "query", "expected", "other_language"),
    [
        ("/teacher/report/", "attesterade", "Ändra ett attesterat resultat", "Change a certified result"),  # stemming
        ("/", "anonymiseringskod", "Inspera-tentamina", "Inspera exams"),
        ("/en/teacher/report/", "certified", "Certify results", "Attestera resultat"),
        ("/en/", "anonymisation", "Inspera exams", "Inspera-tentamina"),
    ],
)
def test_search_finds_pages_in_each_language(context: Any, watch: Watch, server: str, path: str, query: str,
                                             expected: str, other_language: str) -> None:
    page = context.new_page()
    watch.attach(page)
    page.goto(server + path)
    page.locator("input.md-search__input").click()
    page.keyboard.type(query)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=20_000)
    titles = [t.split("\n")[0] for t in results.all_inner_texts()]
    assert expected in titles and other_language not in titles
    results.filter(has_text=expected).first.locator("a").first.click()
    page.wait_for_load_state()
    assert page.url.startswith(server + ("/en/" if path.startswith("/en/") else "/"))
    assert page.title().startswith(expected + " - ")
    assert watch.errors == [] and watch.foreign() == []


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_an_open_sandbox_passes_axe(context: Any, watch: Watch, server: str, lang: str) -> None:
    page = context.new_page()
    watch.attach(page)
    page.goto(f"{server}{'/en' if lang == 'en' else ''}/practise/inspera/")
    open_sandbox(page)
    assert axe_findings(page) == []
    assert any(u.endswith(".wasm") for u in watch.requests), "the open sandbox did load the runtime"
    assert watch.errors == [] and watch.foreign() == []
