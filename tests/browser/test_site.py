"""Every page we ship, in headless Chromium: no console error, no failed or foreign request, no broken link or
#anchor, the right <html lang>, no serious or critical axe-core finding; the language switch and search work."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from tests.browser.conftest import ROOT, PhonePage, Watch, each_page
from tests.browser.driver import open_sandbox

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Every Content-Security-Policy violation a page meets, collected from the first script on.
CSP_WATCH = """window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));"""


def pages(site_dir: Path) -> list[str]:
    found = sorted(p.relative_to(site_dir).parent.as_posix() for p in site_dir.rglob("index.html"))
    return ["/" if p == "." else f"/{p}/" for p in found]


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids.update(v for k, v in attrs if k == "id" and v)


@functools.cache  # a page's ids, read once: every page links to the others' sections in its navigation
def ids_of(site_dir: Path, path: str) -> set[str]:
    parser = _Ids()
    parser.feed((site_dir / path.strip("/") / "index.html").read_text(encoding="utf-8"))
    return parser.ids


def axe_findings(page: Any) -> list[str]:
    # Evaluated from outside the page, as a tool would: the page's Content-Security-Policy rightly refuses to run an
    # inline script that a test would add.
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")
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
    context.add_init_script(CSP_WATCH)
    for path, page, watch in each_page(context, server, pages(site_dir)):
        if not page.locator("meta[http-equiv=Content-Security-Policy]").count():
            problems.append(f"{path}: no Content-Security-Policy")
        problems += [f"{path}: CSP violation {v}" for v in page.evaluate("() => window.__csp")]
        lang = page.evaluate("() => document.documentElement.lang")
        if lang != ("en" if path.startswith("/en/") else "sv"):
            problems.append(f"{path}: <html lang={lang}>")
        problems += [f"{path}: {e}" for e in watch.errors]
        problems += [f"{path}: foreign request {u}" for u in watch.foreign()]
        problems += [f"{path}: loaded {u}" for u in watch.requests if u.endswith(".wasm")]
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))"):
            problems += check_link(site_dir, path, href)
        problems += [f"{path}: {finding}" for finding in axe_findings(page)]
    assert problems == [], "\n".join(problems)


def check_link(site_dir: Path, path: str, href: str) -> list[str]:
    if href.startswith(("mailto:", "javascript:")):
        return []
    target = urlsplit(urljoin(f"http://site{path}", href))
    if target.netloc != "site":
        # Only the sources page links out: to each source, by its address (a link is no request at run time).
        if path.endswith("/reference/sources/") and target.scheme in ("http", "https"):
            return []
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


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", [(1280, 800), (390, 844)])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_an_open_sandbox_and_tools_pass_axe(browser: Any, server: str, lang: str, size: tuple[int, int],
                                            scheme: str) -> None:
    """In the light and the dark palette (colour contrast included): the open sandbox and both tools."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, color_scheme=scheme)
    watch = Watch(server)
    prefix = "/en" if lang == "en" else ""
    try:
        page = context.new_page()
        watch.attach(page)
        page.goto(f"{server}{prefix}/practise/inspera/")
        open_sandbox(page)
        slate = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") == "slate"
        assert slate == (scheme == "dark")
        assert axe_findings(page) == []
        assert any(u.endswith(".wasm") for u in watch.requests), "the open sandbox did load the runtime"
        for path, answer in (("/teacher/deadlines/?exam=2026-03-27", ".ladok-result .ladok-answer"),
                             ("/student/credits/?done=1:2026-03-20,2:2026-03-27", ".ladok-result h4")):
            page.goto(f"{server}{prefix}{path}")
            page.wait_for_selector(answer, timeout=90_000)
            page.wait_for_load_state("load")  # a linked tool may answer before Material's bundle has run
            # The answer is scrolled into view, and Material's header fades its title in as it scrolls: let that
            # transition end (it lasts 250 ms), so axe reads the colours a reader sees, not a frame of the fade.
            page.wait_for_timeout(400)
            assert axe_findings(page) == [], path
        assert watch.errors == [] and watch.foreign() == []
    finally:
        context.close()


WIDTHS = """() => {
  const limit = window.innerWidth;
  const wide = [...document.querySelectorAll('article table, article figure, article pre')]
    .filter((e) => !e.closest('figure.ladok-lifecycle') || e.matches('figure'))
    .filter((e) => e.getBoundingClientRect().width > limit + 0.5)
    .map((e) => e.tagName + ' ' + Math.round(e.getBoundingClientRect().width));
  return {page: document.documentElement.scrollWidth, limit, wide};
}"""

LABELS = """() => [...document.querySelectorAll('.ladok-lifecycle text')].filter((t) => t.getClientRects().length)
  .map((t) => {
  const r = t.getBoundingClientRect();
  return {size: parseFloat(getComputedStyle(t).fontSize) * (r.width ? 1 : 0) || 0, box: [r.left, r.top, r.right, r.bottom],
          height: r.height, text: t.textContent};
})"""


def test_on_a_phone_in_the_dark_no_page_is_wider_than_the_screen_and_axe_passes(
        phone_in_the_dark: dict[str, PhonePage], site_dir: Path) -> None:
    """390 x 844 with the system set to dark: nothing scrolls sideways, every table fits (stacked), axe passes."""
    problems: list[str] = []
    for path, seen in phone_in_the_dark.items():
        if not seen.dark:
            problems.append(f"{path}: not in the dark palette")
        if seen.sizes["page"] > seen.sizes["limit"]:
            problems.append(f"{path}: the page is {seen.sizes['page']} px wide on a {seen.sizes['limit']} px screen")
        problems += [f"{path}: {w} px wide" for w in seen.sizes["wide"]]
        problems += [f"{path} (dark): {finding}" for finding in seen.axe]
    assert list(phone_in_the_dark) == pages(site_dir), "every page was seen"
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("size", [(390, 844), (1280, 800)])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_lifecycle_diagram_is_readable_on_a_phone(browser: Any, server: str, lang: str,
                                                      size: tuple[int, int]) -> None:
    """Every label of the drawing shown at least 12 px tall as drawn, and no two labels overlap; on a laptop too."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    page.goto(f"{server}{'/en' if lang == 'en' else ''}/reference/lifecycle/")
    labels = page.evaluate(LABELS)
    context.close()
    assert len(labels) > 10
    small = [(lab["text"], round(lab["height"], 1)) for lab in labels if lab["height"] < 12]
    assert small == []
    boxes = [lab["box"] for lab in labels if lab["text"].strip()]
    overlapping = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                   if a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1]
    assert overlapping == []


@pytest.fixture(scope="module")
def search_page(browser: Any, server: str) -> Iterator[Callable[[str], Any]]:
    """The start page of a language, opened once and kept for every query of this module: the search index loads
    once per language (one page load per query made the search tests a large share of the suite's time), and each
    query starts from an empty search field (`searched`)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened: dict[str, Any] = {}

    def page_in(lang: str) -> Any:
        if lang not in opened:
            opened[lang] = context.new_page()
            opened[lang].goto(server + ("/en/" if lang == "en" else "/"))
        return opened[lang]

    try:
        yield page_in
    finally:
        context.close()


def searched(page: Any, query: str) -> Any:
    """The results of `query` in the page's search field, once they have settled. Material asks its search worker on
    each keyup, for the field's whole value: the field is emptied by keyboard (which empties the list), then holds
    all of the query but its last letter (no keyup, so nothing is asked), and the last letter is typed, so that the
    one search asked is the whole query's and no list from a shorter part of it can be read as its answer."""
    field = page.locator("input.md-search__input")
    field.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="detached", timeout=20_000)
    field.fill(query[:-1])
    page.keyboard.type(query[-1])
    results.first.wait_for(timeout=20_000)
    page.wait_for_timeout(300)
    return results


# A query that names a task finds the page that teaches it first, before a practice page or a student page; the
# common words for a re-take find the deadlines page. At least ten queries per language.
TASK_QUERIES_SV = [
    ("attestera", "Attestera resultat"),
    ("klarmarkera", "Rapportera resultat"),
    ("rapportera resultat", "Rapportera resultat"),
    ("ta bort resultat", "Ändra ett attesterat resultat"),
    ("ändra betyg", "Ändra ett attesterat resultat"),
    ("anonymiseringskod", "Inspera-tentamina"),
    ("överför alla betyg", "Inspera-tentamina"),
    ("behörighet", "Behörigheter och rättigheter"),
    ("omtenta", "Frister för resultat"),
    ("omtentamen", "Frister för resultat"),
    ("omprov", "Frister för resultat"),
]
TASK_QUERIES_EN = [
    ("certify", "Certify results"),
    ("mark as ready", "Report results"),
    ("report results", "Report results"),
    ("remove result", "Change a certified result"),
    ("change grade", "Change a certified result"),
    ("anonymisation code", "Inspera exams"),
    ("transfer all grades", "Inspera exams"),
    ("authorisation", "Authorisations and rights"),
    ("resit", "Deadlines for results"),
    ("retake", "Deadlines for results"),
    ("re-take", "Deadlines for results"),
]


@pytest.mark.parametrize(
    ("path", "query", "first", "before"),
    [
        *(("/", query, first, None) for query, first in TASK_QUERIES_SV),
        *(("/en/", query, first, None) for query, first in TASK_QUERIES_EN),
        ("/", "saknas poäng", "Studenterna", "Studenten saknas i listan"),
        ("/en/", "missing credits", "Students", "A student is missing from the list"),
    ],
)
def test_search_puts_the_page_the_reader_means_first(search_page: Any, path: str, query: str, first: str,
                                                     before: str | None) -> None:
    page = search_page("en" if path.startswith("/en/") else "sv")
    results = searched(page, query)
    titles = [t.split("\n")[0] for t in results.all_inner_texts()]
    if before is None:
        assert titles[0] == first, titles
        return
    # Both student pages come first, before the teacher's page about a student missing from the list.
    student = {"Studenterna": ["Dina resultat i Ladok", "När syns mina poäng?"],
               "Students": ["Your results in Ladok", "When will my credits show up?"]}[first]
    assert sorted(titles[:2]) == sorted(student), titles
    assert before not in titles or titles.index(before) > 1


# Each area the readers asked about is found by its own words, in the language of the page: the first result is the
# page that answers it, and where the words name one section, that section comes first inside it. `None`: the page as
# a whole is the area's section.
LP = {"sv": "Från lärplattformen till Ladok", "en": "From the learning platform to Ladok"}
REG = {"sv": "Registrering och anmälan till tentamen", "en": "Registration and signing up for exams"}
DISPUTE = {"sv": "Om du tycker att ditt betyg är fel", "en": "If you think your grade is wrong"}
CREDIT = {"sv": "Tillgodoräknande", "en": "Credit transfer"}
CERT = {"sv": "Intyg", "en": "Certificates"}
INSPERA = {"sv": "Inspera-tentamina", "en": "Inspera exams"}
AREA_QUERIES = [
    ("sv", "canvas", LP, {"var-resultaten-hamnar"}),
    ("sv", "lärplattform", LP, None),
    ("sv", "registrering", REG, {"ingen-registrering"}),
    ("sv", "omregistrering", REG, {"omregistrering"}),
    ("sv", "anmälan", REG, {"anmalan"}),
    ("sv", "tillgodoräknande", CREDIT, None),
    ("sv", "intyg", CERT, None),
    ("sv", "verifiera", CERT, {"verifiera"}),
    ("sv", "byta examinator", DISPUTE, {"byta-examinator"}),
    ("sv", "omprövning", DISPUTE, {"vad-du-kan-begara"}),
    ("sv", "överklaga", DISPUTE, {"overklaga"}),
    ("sv", "inspera synk", INSPERA, {"fran-ladok-till-inspera"}),
    ("sv", "Inspera sync", INSPERA, {"fran-ladok-till-inspera"}),
    ("en", "canvas", LP, {"var-resultaten-hamnar"}),
    ("en", "learning platform", LP, None),
    ("en", "registration", REG, {"ingen-registrering"}),
    ("en", "re-registration", REG, {"omregistrering"}),
    ("en", "sign up", REG, {"anmalan", "utan-anmalan"}),
    ("en", "credit transfer", CREDIT, None),
    ("en", "certificate", CERT, None),
    ("en", "verify", CERT, {"verifiera"}),
    ("en", "another examiner", DISPUTE, {"byta-examinator"}),
    ("en", "reconsideration", DISPUTE, {"vad-du-kan-begara"}),
    ("en", "appeal", DISPUTE, {"overklaga"}),
    ("en", "Inspera sync", INSPERA, {"fran-ladok-till-inspera"}),
]
FIRST_RESULT = """() => {
  const first = document.querySelector('.md-search-result__item');
  const links = [...first.querySelectorAll('a.md-search-result__link')];
  return {page: links[0].querySelector('h1').textContent.trim(),
          sections: links.map((a) => a.getAttribute('href')).filter((h) => h.includes('#')).map((h) => h.split('#')[1])};
}"""


@pytest.mark.parametrize(("lang", "query", "page_title", "sections"), AREA_QUERIES,
                         ids=[f"{lang}-{query}" for lang, query, _, _ in AREA_QUERIES])
def test_each_areas_own_words_find_its_section_first(search_page: Any, lang: str, query: str,
                                                     page_title: dict[str, str], sections: set[str] | None) -> None:
    page = search_page(lang)
    searched(page, query)
    first = page.evaluate(FIRST_RESULT)
    assert first["page"] == page_title[lang], first
    if sections is not None:
        assert first["sections"] and first["sections"][0] in sections, first


def test_only_a_page_with_a_widget_loads_the_widgets_look(site_dir: Path) -> None:
    """A plain page does without the sandbox's, the tools' and the self-check's stylesheet (issue 37: a plain page no
    heavier than it needs to be); a page, or an embed page, that holds one links it, after the site's own."""
    pages = [p for p in site_dir.rglob("index.html") if p.parent.name not in ("search", "assets")]
    with_widget, plain = [], []
    for page in pages:
        html = page.read_text(encoding="utf-8")
        holds = re.search(r'class="[^"]*\bladok-(sandbox|tool|selfcheck)\b', html) is not None
        links = re.findall(r'<link rel="stylesheet" href="[^"]*assets/(guide|widgets)\.css"', html)
        (with_widget if holds else plain).append(page)
        assert links == (["guide", "widgets"] if holds else ["guide"]), page.relative_to(site_dir)
    assert len(with_widget) >= 20 and len(plain) >= 20
