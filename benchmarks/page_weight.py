"""A plain page's weight beside a minimal Material page: what a first visit to a page with no sandbox and no tool
downloads from a host that sends gzip (benchmarks/common.py), in bytes on the wire and in requests, per file.

The minimal page is a throwaway site built in a temporary folder with the same Material version, `theme.font: false`
and one page holding the same Markdown as ours (its markers left as typed text, the few bytes they make aside), so
the difference is what this guide adds: its navigation of every page in two languages, its stylesheets, guide.js,
the service worker and what it keeps, and the search index of two languages. Each page is opened in a new browser
context (empty cache), and counted until the network has been quiet for IDLE_MS after the load (the service worker
installs and Material's search worker fetches the index in that time); what the service worker itself fetches is
counted too, since the host sends it all.

Target (issue 37): a plain page no heavier than it needs to be (it was 112 KiB gzip in 15 requests against 73 KiB in 6
for a minimal Material page); the report lists each file, so the difference can be explained file by file.
Run: .venv/bin/python benchmarks/page_weight.py [PAGE]   (PAGE defaults to student/, the students' start page)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, SERVED, build_site, chromium, served_folder  # noqa: E402

IDLE_MS = 3000
MINIMAL_CONFIG = """site_name: Minimal
site_url: https://example.org/
theme:
  name: material
  language: sv
  font: false
"""


@contextmanager
def minimal_site(page: str) -> Iterator[Path]:
    """A minimal Material site with one page: the same Markdown as `page` of ours, Swedish."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "docs").mkdir()
        source = ROOT / "docs" / "sv" / page.rstrip("/")
        markdown = (source / "index.md" if source.is_dir() else source.with_suffix(".md")).read_text(encoding="utf-8")
        (folder / "docs" / "index.md").write_text(markdown, encoding="utf-8")
        (folder / "mkdocs.yml").write_text(MINIMAL_CONFIG, encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(folder / "site")],
            cwd=folder,
            check=True,
            capture_output=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
        yield folder / "site"


def visit(browser: Any, base: str, path: str) -> list[tuple[str, int]]:
    """Every answer the host sent for one first visit to `path`: its path and bytes on the wire."""
    SERVED.clear()
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(120_000)
    page.goto(base + path)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(IDLE_MS)
    page.wait_for_load_state("networkidle")
    context.close()
    return list(SERVED)


# Why a file of ours that the minimal page lacks is there, by a piece of its path.
WHY = {
    "/sw.js": "the service worker: the guide offline, the runtime kept after a first start",
    "offline.html": "the offline page of each language, which the service worker keeps as it installs",
    "palette.": "Material's light and dark palettes with a toggle (theme.palette; the minimal page has none)",
    "guide.css": "the guide's look on every page: tables as cards on a phone, the lifecycle figure, contrast",
    "/assets/guide.": "every page's script: the language switch keeps the section, the skip link, the service "
    "worker, a widget's runtime started on intent",
    "widgets.css": "the sandbox's, the tools' and the self-check's look (only on a page with one)",
}
# Why a file both pages load is larger on ours.
LARGER = {
    "search_index.json": "the search index holds every Swedish page's text (the minimal site has one page)",
    "/": "the page: the navigation of every page, the language switch, the Content-Security-Policy, the skip link",
}


def explain(ours: list[tuple[str, int]], theirs: list[tuple[str, int]]) -> None:
    """The difference, file by file: what the minimal page lacks, and what both load but ours larger."""
    their_sizes: dict[str, int] = {}
    for path, size in theirs:
        their_sizes[path] = their_sizes.get(path, 0) + size
    print("\nthe difference, file by file (KiB gzip):")
    for path, size in sorted(ours, key=lambda item: -item[1]):
        if path in their_sizes or (path.endswith("/") and "/" in their_sizes):
            other = their_sizes.get(path, their_sizes.get("/", 0))
            if size - other > 512:
                why = next((w for key, w in LARGER.items() if path.endswith(key)), "")
                print(f"  {(size - other) / 1024:+6.1f}  {path} ({size / 1024:.1f} against {other / 1024:.1f}): {why}")
        else:
            why = next((w for key, w in WHY.items() if key in path), "not explained here")
            print(f"  {size / 1024:+6.1f}  {path}: {why}")


def table(name: str, served: list[tuple[str, int]]) -> int:
    total = sum(size for _, size in served)
    print(f"{name}: {total / 1024:.1f} KiB gzip in {len(served)} requests", flush=True)
    for path, size in sorted(served, key=lambda item: -item[1]):
        print(f"    {size / 1024:7.1f} KiB  {path}")
    return total


def main() -> None:
    page = sys.argv[1] if len(sys.argv) > 1 else "student/"
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    with tempfile.TemporaryDirectory() as tmp, chromium() as browser:
        site = Path(tmp) / "site"
        print(f"built the guide in {build_site(site):.0f} s", flush=True)
        with served_folder(site, encoded=True) as base:
            ours = visit(browser, base, "/" + page)
        with minimal_site(page) as minimal, served_folder(minimal, encoded=True) as base:
            theirs = visit(browser, base, "/")
    mine, material = table(f"this guide's /{page}", ours), table("a minimal Material page, same Markdown", theirs)
    explain(ours, theirs)
    print(
        f"\nplain page /{page}: {mine / 1024:.1f} KiB in {len(ours)} requests; minimal Material: "
        f"{material / 1024:.1f} KiB in {len(theirs)} requests ({mine / material - 1:+.0%} bytes)"
    )


if __name__ == "__main__":
    main()
