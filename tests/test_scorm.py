"""The guide inside a learning platform, at build time and without a browser: which embeds the site has (every guided
exercise the engine declares), addresses written for the embed pages and the package, the box with the frame code,
and the SCORM package's manifest and zip (valid, listing every file, the same bytes for the same entries)."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from guide_engine import all_scenarios
from guide_site import BuildError, texts
from guide_site.embed import code, scorm
from guide_site.embed.catalog import embeds, on_page
from guide_site.embed.html import absolute, elements, links_out, moved

NS = {"cp": scorm.IMSCP, "adlcp": scorm.ADLCP}


def test_every_guided_exercise_the_engine_declares_has_an_embed_and_so_do_the_tools_and_the_self_check() -> None:
    found = embeds()
    assert sorted(e.name for e in found if e.kind == "sandbox") == sorted(all_scenarios())
    assert [e.name for e in found if e.kind == "tool"] == ["deadline", "credits", "diagnosis"]
    assert [e.kind for e in found][-1] == "selfcheck"
    assert len({e.slug for e in found}) == len(found)
    assert found[3].path("en") == "en/embed/written-exam/" and found[0].path("sv") == "embed/deadline/"


@pytest.mark.parametrize(
    ("url", "source", "target", "expected"),
    [
        ("../../teacher/certify/#s", "practise/check-yourself/", "embed/check-yourself/", "../../teacher/certify/#s"),
        ("../../teacher/certify/#steg-4", "practise/check-yourself/", "index.html", "teacher/certify/#steg-4"),
        ("../../../assets/guide.js", "en/teacher/deadlines/", "en/embed/deadline/", "../../../assets/guide.js"),
        ("./", "teacher/deadlines/", "embed/deadline/", "../../teacher/deadlines/"),
        ("../../", "en/student/credits/", "en/embed/credits/", "../../"),
        ("#fraga-1", "practise/check-yourself/", "index.html", "#fraga-1"),
        ("https://www.csn.se/", "student/index/", "embed/credits/", "https://www.csn.se/"),
        ("assets/embed.js", "", "en/embed/credits/", "../../../assets/embed.js"),
    ],
)
def test_an_address_of_one_page_is_written_for_another(url: str, source: str, target: str, expected: str) -> None:
    assert moved(url, source, target) == expected


def test_the_package_links_to_the_published_guide_and_opens_it_beside_the_frame() -> None:
    html = '<p><a href="../../teacher/report/#steg-2">Rapportera</a> <a href="#x">här</a></p>'
    pointed = links_out(html, lambda url: absolute(url, "en/practise/check-yourself/", "https://guide.example.org/l/"))
    assert 'href="https://guide.example.org/l/en/teacher/report/#steg-2" target="_blank" rel="noopener"' in pointed
    assert '<a href="#x">här</a>' in pointed, "a place in the same page stays as it is"


PAGE = """<!doctype html><html lang="{lang}"><head><title>Frister - {site}</title></head><body>
<article class="md-content__inner md-typeset"><h1>Frister</h1>
<div class="ladok-tool" data-tool="deadline" data-lang="{lang}"><div class="inner"><button>Öppna</button></div>
</div><p>after</p></article></body></html>"""


@pytest.mark.parametrize(("lang", "site"), [("sv", "Ladok-guiden"), ("en", "Ladok Guide")])
def test_a_page_with_a_widget_gets_the_frame_code_after_it_in_its_own_language(lang: str, site: str) -> None:
    page = PAGE.format(lang=lang, site=site)
    where = "teacher/deadlines/" if lang == "sv" else "en/teacher/deadlines/"
    out = code.with_embed_code(page, lang, where, "https://guide.example.org/")
    box = elements(out, lambda tag, attrs: "ladok-embed-code" in attrs.get("class", "").split())
    assert len(box) == 1
    before, after = out.split(box[0].html)
    assert before.endswith("</button></div>\n</div>\n") and after.startswith("\n<p>after</p>"), "right after the widget"
    framed = texts.label("tool.deadline_title", lang)
    embed_url = "https://guide.example.org/" + ("embed/deadline/" if lang == "sv" else "en/embed/deadline/")
    area = elements(out, lambda tag, attrs: tag == "textarea")[0].html
    assert f"&lt;iframe src=&quot;{embed_url}&quot; title=&quot;{framed} – {site}&quot;" in area
    assert "height=&quot;640&quot;" in area and "allow=&quot;clipboard-write&quot;" in area
    assert texts.label("embed.code.summary", lang) in out
    assert f'src="{"../../" if lang == "sv" else "../../../"}assets/embed-code.js"' in out
    assert code.with_embed_code("<html><body><p>no widget</p></body></html>", lang, where, "") == (
        "<html><body><p>no widget</p></body></html>"
    )


def test_only_a_practice_page_s_own_sandbox_is_an_embed_not_a_task_s() -> None:
    html = (
        '<div class="ladok-task"><div class="ladok-sandbox" data-scenario="written_exam" data-task="t"></div></div>'
        '<div class="ladok-sandbox" id="ladok-sandbox" data-scenario="inspera"></div>'
    )
    assert [(e.kind, e.name) for e, _ in on_page(html)] == [("sandbox", "inspera")]


# --- the package -------------------------------------------------------------------------------------------------


def fake_site(tmp_path: Path) -> Path:
    """The files a built site has that the package takes: runtime.json and what it names, and the site's scripts."""
    site = tmp_path / "site"
    for name, text in {
        "assets/runtime.json": json.dumps({"start": {"pyodide": "pyodide/1.0/", "engine": "engine/e-1.zip"},
                                           "texts": {"x": {"sv": "engine", "en": "assets"}}}),
        "assets/embed-scorm.js": 'import { a } from "./ui.js";\nimport("./sandbox.js");',
        "assets/ui.js": "export const a = 1;",
        "assets/sandbox.js": 'new Worker(new URL("assets/worker.js", root));',
        "assets/worker.js": "",
        "assets/guide.js": "navigator.serviceWorker.register('sw.js');",
        "assets/guide.css": "",
        "pyodide/1.0/pyodide.asm.wasm": "wasm",
        "pyodide/1.0/pyodide.asm.wasm.br": "copy",
        "pyodide/1.0/pyodide.asm.wasm.gz": "copy",
        "engine/e-1.zip": "zip",
        "engine/e-1.zip.gz": "copy",
    }.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    return site


def test_the_package_takes_what_runtime_json_names_and_the_scripts_the_launcher_loads(tmp_path: Path) -> None:
    """Not the servers' compressed copies, and not guide.js, which registers the site's service worker."""
    assert scorm.runtime_files(fake_site(tmp_path)) == [
        "assets/embed-scorm.js", "assets/guide.css", "assets/runtime.json", "assets/sandbox.js", "assets/ui.js",
        "assets/worker.js", "engine/e-1.zip", "pyodide/1.0/pyodide.asm.wasm",
    ]


def test_the_manifest_names_one_sco_launched_from_its_page_and_every_file() -> None:
    files = ["assets/ui.js", "index.html", "pyodide/1.0/pyodide.asm.wasm"]
    root = ET.fromstring(scorm.manifest("sv", "Testa dig själv – Ladok-guiden", files))
    assert root.tag == f"{{{scorm.IMSCP}}}manifest"
    assert root.findtext("cp:metadata/cp:schema", namespaces=NS) == "ADL SCORM"
    assert root.findtext("cp:metadata/cp:schemaversion", namespaces=NS) == "1.2"
    organizations = root.find("cp:organizations", NS)
    organization = organizations.find(f"cp:organization[@identifier='{organizations.get('default')}']", NS)
    item = organization.find("cp:item", NS)
    assert organization.findtext("cp:title", namespaces=NS) == "Testa dig själv – Ladok-guiden"
    resource = root.find(f"cp:resources/cp:resource[@identifier='{item.get('identifierref')}']", NS)
    assert resource.get(f"{{{scorm.ADLCP}}}scormtype") == "sco" and resource.get("href") == "index.html"
    assert [f.get("href") for f in resource.findall("cp:file", NS)] == files


def test_the_zip_is_the_same_bytes_for_the_same_entries_in_any_order(tmp_path: Path) -> None:
    noise = b"".join(hashlib.sha256(bytes([i])).digest() for i in range(200))  # as a deflated wheel: no gain
    entries = {"index.html": b"<p>" * 2000, "assets/a.js": b"x" * 5000, "b.whl": noise}
    scorm.write_zip(tmp_path / "one.zip", entries)
    scorm.write_zip(tmp_path / "two.zip", dict(reversed(list(entries.items()))))
    one = (tmp_path / "one.zip").read_bytes()
    assert one == (tmp_path / "two.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(one)) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == sorted(entries)
        assert {i.date_time for i in infos} == {scorm.WHEN} and {i.external_attr >> 16 for i in infos} == {0o644}
        kinds = {i.filename: i.compress_type for i in infos}
        assert kinds["assets/a.js"] == zipfile.ZIP_DEFLATED and kinds["b.whl"] == zipfile.ZIP_STORED
        assert all(archive.read(name) == data for name, data in entries.items())


def test_a_page_that_lost_its_widget_stops_the_build(tmp_path: Path) -> None:
    """Every embed must come from a page of each language; without one the build names what is missing."""
    site = tmp_path / "site"
    (site / "teacher" / "deadlines").mkdir(parents=True)
    (site / "teacher" / "deadlines" / "index.html").write_text(PAGE.format(lang="sv", site="Ladok-guiden"))
    from guide_site.embed.pages import sources

    with pytest.raises(BuildError, match="no sv page holds the widget of tool credits, tool diagnosis, sandbox"):
        sources(site, "sv")
