"""The parity checks fail on a deliberately broken fixture, and the real docs pass them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from guide_site import texts
from guide_site.pages.parity import check_docs, heading_ids

ROOT = Path(__file__).resolve().parent.parent


def write(root: Path, path: str, text: str) -> None:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def test_a_broken_fixture_is_rejected(tmp_path: Path) -> None:
    write(tmp_path, "sv/index.md", "# Start {#start}\n\n## Steg {#steg}\n\n<!-- ladok:glossary -->\n")
    write(tmp_path, "en/index.md", "# Start {#start}\n\n## Step {#step}\n\n<!-- ladok:permissions -->\n")
    write(tmp_path, "sv/only.md", "# Bara svenska {#bara}\n")
    write(tmp_path, "en/page.md", "# Page {#page}\n\n## No id\n\n<!-- ladok:nonsense -->\n")
    write(tmp_path, "sv/page.md", "# Sida {#page}\n\n## Inget id\n\n<!-- ladok:nonsense -->\n")
    problems = check_docs(tmp_path)
    assert sorted(problems) == sorted([
        "sv/only.md has no en version",
        "en/page.md: a heading has no explicit {#id}",
        "sv/page.md: a heading has no explicit {#id}",
        "page.md: unknown marker ladok:nonsense",
        "index.md: heading ids differ: sv ['start', 'steg'] / en ['start', 'step']",
        "index.md: engine markers differ: sv ['glossary'] / en ['permissions']",
    ])


def test_the_real_docs_are_in_step() -> None:
    assert check_docs(ROOT / "docs") == []


def test_headings_in_code_fences_are_not_headings() -> None:
    assert heading_ids("# A {#a}\n```\n# not a heading\n```\n## B {: #b }\n") == ["a", "b"]


def test_every_text_the_browser_asks_for_exists_in_both_languages() -> None:
    """The sandbox and tools look texts up by key; a key missing from the catalog would show nothing."""
    scripts = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs" / "assets").glob("*.js"))
    keys = set(re.findall(r"""\bt\(\s*["'`]([a-z_]+\.[a-z_]+)["'`]""", scripts))
    assert len(keys) > 30
    assert sorted(k for k in keys if not texts.has_label(k)) == []


def test_the_build_fails_on_a_broken_link_or_a_page_in_one_language(tmp_path: Path) -> None:
    for name in ("mkdocs.yml", "docs", "overrides", "hooks"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, tmp_path / name)
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}

    def build() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path,
                              capture_output=True, text=True, env=env)

    page = tmp_path / "docs" / "en" / "teacher" / "report.md"
    original = page.read_text(encoding="utf-8")
    page.write_text(original + "\n[broken](no-such-page.md)\n", encoding="utf-8")
    broken = build()
    assert broken.returncode != 0 and "no-such-page.md" in broken.stderr
    page.write_text(original + "\n[anchor](certify.md#no-such-step)\n", encoding="utf-8")
    assert build().returncode != 0
    page.write_text(original, encoding="utf-8")
    (tmp_path / "docs" / "sv" / "teacher" / "extra.md").write_text("# Extra {#extra}\n", encoding="utf-8")
    lonely = build()
    assert lonely.returncode != 0 and "sv/teacher/extra.md has no en version" in lonely.stderr
