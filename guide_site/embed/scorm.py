"""The self-check as a SCORM 1.2 package, one per language (site/downloads/*.zip): the self-check's questions and its
sandbox tasks on a launch page made like its embed page, with everything they run on (the site's scripts and
stylesheets, runtime.json, Pyodide, the standard library, the engine), so that it works offline inside the package
and asks nothing of the guide's host or any other. embed-scorm.js finds the platform's SCORM API, keeps the answers
in its suspend data and reports completion and score; it registers no service worker.

SCORM 1.2 because every learning platform imports it; a SCORM 2004 package would need a manifest and runtime calls
of its own, and another 7 MB in the site per language, for what this one does: one SCO, its score, its completion
and its suspend data. The zip is the same bytes on every build of the same source: entries sorted, one fixed
timestamp and mode, one compression level.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from .. import BuildError, texts
from ..runtime.offline import built
from ..runtime.scripts import MARKER
from .catalog import SELFCHECK, Embed, embeds
from .code import DOWNLOADS, SCORM_FILES
from .html import absolute, head_links, moved, title_parts
from .pages import LANGS, Source, page_context, render, script, widget

LAUNCH = "index.html"
LAUNCHER = "embed-scorm.js"
MANIFEST = "imsmanifest.xml"
IMSCP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMAS = (
    f"{IMSCP} imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd "
    f"{ADLCP} adlcp_rootv1p2.xsd"
)
WHEN = (1980, 1, 1, 0, 0, 0)  # every entry's timestamp: the earliest a zip can say
LEVEL = 6  # zlib's own default: level 9 made the WebAssembly 0.5% smaller and took 2.4 times as long
PRECOMPRESSED = (".gz", ".br", ".map")  # the site's copies for servers and debuggers, not what a page loads
# package -> digest of what it holds: the hook's last step runs once per language's build, and the second pass
# writes the package again only if anything in it changed
RUNTIME = ("pyodide", "engine", "wheels", "assets")  # the site's folders the runtime's files are in
# package -> digest of what it holds: the hook's last step runs once per language's build, and the second pass
# writes the package again only if anything in it changed
_written: dict[Path, str] = {}


def _runtime_paths(value: Any) -> Iterator[str]:
    """Every string in runtime.json (nested), any of which may name a runtime file or folder of the site."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _runtime_paths(item)
    elif isinstance(value, list):
        for item in value:
            yield from _runtime_paths(item)


def _files_under(site_dir: Path, path: str) -> Iterator[str]:
    found = site_dir / path
    if found.is_file():
        yield path
    elif found.is_dir():
        for file in sorted(found.rglob("*")):
            if file.is_file() and not file.name.endswith(PRECOMPRESSED):
                yield file.relative_to(site_dir).as_posix()


def runtime_files(site_dir: Path) -> list[str]:
    """What the engine starts from, as runtime.json names it (Pyodide's folder, the standard libraries, the engine,
    its wheel), and the site's own scripts and stylesheets with runtime.json itself."""
    runtime = site_dir / "assets" / "runtime.json"
    named = [p for p in _runtime_paths(json.loads(runtime.read_text(encoding="utf-8"))) if _is_path(site_dir, p)]
    found = {f for path in named for f in _files_under(site_dir, path)}
    assets = site_dir / "assets"
    found |= {f"assets/{p.name}" for p in assets.iterdir() if p.is_file() and p.suffix == ".css"}
    found |= {f"assets/{name}" for name in reachable(assets, script(site_dir, LAUNCHER).split("/")[-1])}
    return sorted(found | {"assets/runtime.json"})


# A script named whole in a string ("./sandbox.js", "assets/worker.js"), as the build's own naming reads them.
SCRIPT_LITERAL = re.compile(r"""["'`](?:\./|assets/)?([\w.-]+\.js)["'`]""")


def reachable(assets: Path, start: str) -> set[str]:
    """The scripts of assets/ the launcher loads, directly or through others: guide.js, which registers the site's
    service worker, is not among them and stays out of the package."""
    seen, todo = {start}, [start]
    while todo:
        text = (assets / todo.pop()).read_text(encoding="utf-8")
        for name in SCRIPT_LITERAL.findall(text):
            if name not in seen and (assets / name).is_file():
                seen.add(name)
                todo.append(name)
    return seen


def _is_path(site_dir: Path, value: str) -> bool:
    """Whether a string of runtime.json names a runtime file, or a folder of them, such as "pyodide/314.0.7/" or
    "engine/guide_engine-….zip" (a word of the interface's texts that happens to be a folder's name does not)."""
    parts = value.rstrip("/").split("/")
    if len(value) > 200 or len(parts) < 2 or "" in parts or ".." in parts or "\\" in value or parts[0] not in RUNTIME:
        return False
    return (site_dir / value).exists()


def launch_page(site_dir: Path, template_dir: Path, source: Source, lang: str, site_url: str) -> tuple[str, list[str]]:
    """The launch page, and the files it names beside the runtime (its stylesheets and icon)."""
    embed = selfcheck()
    context = page_context(embed, source, lang, LAUNCH)
    context["body_attrs"] += [("data-no-platform", texts.label("embed.scorm.no_platform", lang))]
    html = render(
        template_dir,
        **context,
        widget=widget(embed, source, lang, lambda url: absolute(url, source.path, site_url)),
        note=texts.label("embed.scorm.platform", lang),
        full="",
        open_full="",
        modules=[script(site_dir, LAUNCHER)],
        scripts=[],
    )
    own = [*head_links(source.html, "stylesheet"), head_links(source.html, "icon")[0]]
    return html, [moved(href, source.path, "") for href in own]


def selfcheck() -> Embed:
    return next(e for e in embeds() if e.name == SELFCHECK)


def manifest(lang: str, title: str, files: list[str]) -> bytes:
    """imsmanifest.xml: one organization with one item, whose resource is the launch page as a SCO, listing every
    file of the package."""
    for prefix, uri in (("", IMSCP), ("adlcp", ADLCP), ("xsi", XSI)):
        ET.register_namespace(prefix, uri)
    root = ET.Element(f"{{{IMSCP}}}manifest", {"identifier": f"ladok-guiden-selfcheck-{lang}", "version": "1"})
    root.set(f"{{{XSI}}}schemaLocation", SCHEMAS)
    metadata = ET.SubElement(root, f"{{{IMSCP}}}metadata")
    ET.SubElement(metadata, f"{{{IMSCP}}}schema").text = "ADL SCORM"
    ET.SubElement(metadata, f"{{{IMSCP}}}schemaversion").text = "1.2"
    organizations = ET.SubElement(root, f"{{{IMSCP}}}organizations", {"default": "ORG-selfcheck"})
    organization = ET.SubElement(organizations, f"{{{IMSCP}}}organization", {"identifier": "ORG-selfcheck"})
    ET.SubElement(organization, f"{{{IMSCP}}}title").text = title
    item = ET.SubElement(
        organization,
        f"{{{IMSCP}}}item",
        {"identifier": "ITEM-selfcheck", "identifierref": "RES-selfcheck", "isvisible": "true"},
    )
    ET.SubElement(item, f"{{{IMSCP}}}title").text = title
    resources = ET.SubElement(root, f"{{{IMSCP}}}resources")
    resource = ET.SubElement(
        resources, f"{{{IMSCP}}}resource", {"identifier": "RES-selfcheck", "type": "webcontent", "href": LAUNCH}
    )
    resource.set(f"{{{ADLCP}}}scormtype", "sco")
    for file in files:
        ET.SubElement(resource, f"{{{IMSCP}}}file", {"href": file})
    ET.indent(root)
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"


def _compresses(data: bytes) -> bool:
    """Whether deflating is worth it (Pyodide's own deflated standard library and the wheel are stored as they are)."""
    sample = data[: 1 << 18]
    return len(zlib.compress(sample, 1)) < 0.9 * len(sample)


def write_zip(target: Path, entries: Mapping[str, bytes]) -> None:
    """A zip that is the same bytes for the same entries: sorted, one timestamp, one mode, one level."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w") as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=WHEN)
            info.create_system = 3  # as written on Unix, on any system
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED if _compresses(entries[name]) else zipfile.ZIP_STORED
            archive.writestr(info, entries[name], compresslevel=LEVEL)


def _told(path: Path, told: str) -> bytes:
    """A file of the package: a script with what the build tells it filled in (the package holds the scripts under
    their plain names, written before the site's copies are named), anything else as the site has it."""
    if path.suffix != ".js":
        return path.read_bytes()
    return path.read_text(encoding="utf-8").replace(MARKER, told).encode("utf-8")


def write_packages(
    site_dir: Path, template_dir: Path, site_url: str, found: Mapping[str, Mapping[Embed, Source]]
) -> dict[str, Path]:
    """Each language's package in site/downloads/, from the widgets `found` in each language's built pages.
    Returns language -> the package."""
    shared = runtime_files(site_dir)
    runtime = json.loads((site_dir / "assets" / "runtime.json").read_text(encoding="utf-8"))
    told = json.dumps(built(runtime), sort_keys=True)  # as the site's named copies are told (scripts.py)
    written = {}
    for lang in LANGS:
        source = found[lang][selfcheck()]
        page, named = launch_page(site_dir, template_dir, source, lang, site_url)
        files = sorted({*shared, *named, LAUNCH})
        missing = [f for f in files if f != LAUNCH and not (site_dir / f).is_file()]
        if missing:
            raise BuildError(f"the SCORM package would name files the site lacks: {missing[:5]}")
        entries = {f: _told(site_dir / f, told) for f in files if f != LAUNCH}
        entries[LAUNCH] = page.encode("utf-8")
        entries[MANIFEST] = manifest(lang, f"{selfcheck().title(lang)} – {title_parts(source.html)[1]}", files)
        target = site_dir / DOWNLOADS / SCORM_FILES[lang]
        digest = hashlib.sha256(b"".join(k.encode() + b"\0" + v for k, v in sorted(entries.items()))).hexdigest()
        if _written.get(target) != digest or not target.exists():
            write_zip(target, entries)
            _written[target] = digest
        written[lang] = target
    return written
