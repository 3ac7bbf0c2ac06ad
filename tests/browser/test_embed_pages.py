"""The embed pages and the SCORM packages as `mkdocs build` wrote them (no browser): every embed in both languages,
each the same widget as its page's (one widget, two frames) with the page's language, the site's CSP and no site
navigation; every page that holds one offers its frame code; each package's manifest is valid SCORM 1.2, lists every
file the zip holds and no other, and the package carries no service worker."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree as ET

import pytest

from guide_site import texts
from guide_site.embed import scorm
from guide_site.embed.catalog import Embed, embeds, on_page, tasks
from guide_site.embed.code import SCORM_FILES
from guide_site.embed.html import elements

NS = {"cp": scorm.IMSCP, "adlcp": scorm.ADLCP}
LANGS = ("sv", "en")


def read(site_dir: Path, path: str) -> str:
    return (site_dir / path / "index.html").read_text(encoding="utf-8")


def same_widget(html: str, at: str) -> str:
    """A widget's HTML with every link made absolute from the page at `at`, and the links' targets left out."""
    html = re.sub(r' target="_blank" rel="noopener"', "", html)
    return re.sub(r'href="([^"#][^"]*)"', lambda m: f'href="{urljoin("http://site/" + at, m[1])}"', html)


@pytest.mark.parametrize("lang", LANGS)
def test_every_embed_is_its_page_s_widget_in_a_compact_page_of_the_same_language(site_dir: Path, lang: str) -> None:
    for embed in embeds():
        html = read(site_dir, embed.path(lang))
        assert f'<html lang="{lang}"' in html, embed
        assert 'http-equiv="Content-Security-Policy"' in html and "frame-ancestors" not in html
        assert "md-header" not in html and "md-sidebar" not in html and "md-nav" not in html, "no site navigation"
        assert texts.label("embed.open_full", lang) in html
        full = elements(html, lambda tag, attrs: "ladok-embed-full" in attrs.get("class", ""))[0].attrs["href"]
        page = urlsplit(urljoin(f"http://site/{embed.path(lang)}", full)).path.strip("/") + "/"
        assert page.startswith("en/") == (lang == "en") and "embed/" not in page
        original = dict(on_page(read(site_dir, page)))[embed]
        framed = dict(on_page(html))[embed]
        assert same_widget(framed.html, embed.path(lang)) == same_widget(original.html, page), embed
        if embed.kind == "selfcheck":
            theirs = [same_widget(t.html, page) for t in tasks(read(site_dir, page))]
            assert [same_widget(t.html, embed.path(lang)) for t in tasks(html)] == theirs and len(theirs) > 8


def code_of(html: str) -> str:
    area = elements(html, lambda tag, attrs: tag == "textarea" and "ladok-embed-code-text" in attrs.get("class", ""))
    assert len(area) == 1
    return area[0].html


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_with_a_widget_offers_the_frame_code_in_its_language(site_dir: Path, lang: str) -> None:
    seen: list[Embed] = []
    for file in sorted(site_dir.rglob("index.html")):
        path = file.parent.relative_to(site_dir).as_posix() + "/"
        if path.startswith("en/") != (lang == "en") or "embed/" in path:
            continue
        html = file.read_text(encoding="utf-8")
        for embed, _ in on_page(html):
            seen.append(embed)
            code = code_of(html)
            assert f"/{embed.path(lang)}&quot;" in code and f"height=&quot;{embed.height}&quot;" in code
            assert f"title=&quot;{embed.title(lang)} – " in code
    assert sorted(e.slug for e in seen) == sorted(e.slug for e in embeds()), "each embed once"


@pytest.mark.parametrize("lang", LANGS)
def test_the_scorm_package_is_valid_and_lists_every_file_it_holds(site_dir: Path, lang: str) -> None:
    package = site_dir / "downloads" / SCORM_FILES[lang]
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        root = ET.fromstring(archive.read(scorm.MANIFEST))
        launch = archive.read("index.html").decode("utf-8")
    print(f"{package.name}: {package.stat().st_size:,} bytes, {len(names)} files")
    assert root.tag == f"{{{scorm.IMSCP}}}manifest"
    assert root.findtext("cp:metadata/cp:schemaversion", namespaces=NS) == "1.2"
    organizations = root.find("cp:organizations", NS)
    organization = organizations.find(f"cp:organization[@identifier='{organizations.get('default')}']", NS)
    items = organization.findall("cp:item", NS)
    assert len(items) == 1 and items[0].findtext("cp:title", namespaces=NS)
    resource = root.find(f"cp:resources/cp:resource[@identifier='{items[0].get('identifierref')}']", NS)
    assert resource.get(f"{{{scorm.ADLCP}}}scormtype") == "sco" and resource.get("href") in names
    listed = [f.get("href") for f in resource.findall("cp:file", NS)]
    assert sorted(listed) == sorted(n for n in names if n != scorm.MANIFEST), "every file listed, and only those"
    assert names == sorted(names), "entries in order, as every build writes them"
    assert f'<html lang="{lang}"' in launch and "embed-scorm" in launch
    assert not {"sw.js", "assets/guide.js"} & set(names), "no service worker, nor the script that registers it"
    assert not any(n.endswith((".gz", ".br", ".map")) for n in names), "no copies for servers or debuggers"
    assert package.stat().st_size < 9_000_000, "Pyodide's WebAssembly is most of it; anything near this is a mistake"
