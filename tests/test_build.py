"""The build never guesses: local settings from mkdocs.yml in both languages, a wrong setting stops the build with a
message naming key, value and what is allowed, and the same source gives the same bytes on any day."""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EPOCH = "1767225600"  # 2026-01-01


def project_copy(target: Path, extra_yaml: str = "") -> Path:
    """The project's build inputs in a folder of their own, with lines added under `extra:` in mkdocs.yml."""
    for name in ("docs", "overrides", "hooks"):
        shutil.copytree(ROOT / name, target / name)
    (target / "node_modules").symlink_to(ROOT / "node_modules")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    if extra_yaml:
        config = re.sub(r"\n  ladok_rules:\n(    .*\n)+", lambda _: "\n" + extra_yaml, config, count=1)
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    return target


def build(project: Path, site: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)], cwd=project,
        capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1", **env},
    )


def text_of(site: Path, page: str) -> str:
    html = (site / page / "index.html").read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html[html.index("<article"):]))


def test_a_department_sets_its_local_details_and_both_languages_name_them(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "p", """  ladok_rules:
    working_days: 10
  ladok_local:
    authorisation_system: Lucat
    study_admin_contact: studie@example.org
    inspera_transfer_by: teacher
""")
    run = build(project, tmp_path / "site", SOURCE_DATE_EPOCH=EPOCH)
    assert run.returncode == 0, run.stderr[-2000:]
    sv = text_of(tmp_path / "site", "teacher/authorisation")
    en = text_of(tmp_path / "site", "en/teacher/authorisation")
    assert "söker du själv i Lucat" in sv and "studieadministrationen (studie@example.org)" in sv
    assert "yourself in Lucat" in en and "the study administration (studie@example.org)" in en
    assert "rutinen trycker läraren på knappen" in text_of(tmp_path / "site", "admin/inspera")
    assert "routine the teacher presses the button" in text_of(tmp_path / "site", "en/admin/inspera")
    assert "senast 10 arbetsdagar" in text_of(tmp_path / "site", "teacher/report")


def test_with_nothing_set_the_pages_say_your_departments_study_administration(tmp_path: Path) -> None:
    from guide_engine import Settings
    from guide_site.calendar_table import swedish_calendar
    from guide_site.pages.markers import Context, render_markers

    calendar = swedish_calendar(2026, 2026)
    marker = "<!-- ladok:local study-admin -->"
    assert render_markers(marker, Context("sv", Settings(), calendar, 2026)) == "din institutions studieadministration"
    assert render_markers(marker, Context("en", Settings(), calendar, 2026)) == "your department's study administration"


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("  ladok_rules:\n    working_days: true\n", "extra.ladok_rules.working_days: True is not allowed"),
        ("  ladok_rules:\n    working_days: 10.5\n", "extra.ladok_rules.working_days: 10.5 is not allowed"),
        ("  ladok_rules:\n    eves_are_days_off: \"no\"\n", "eves_are_days_off: 'no' is not allowed; eves_are_days_off "
         "must be true or false"),
        ("  ladok_rules:\n    retake_margin_days: 0\n", "retake_margin_days: 0 is not allowed; retake_margin_days "
         "must be a whole number of days from 1 to 60"),
        ("  ladok_rules:\n    workdays: 10\n", "extra.ladok_rules.workdays: 10 is not allowed"),
        ("  ladok_rules: 15\n", "extra.ladok_rules: 15 is not allowed"),
        ("  ladok_local:\n    inspera_transfer_by: student\n", "extra.ladok_local.inspera_transfer_by: 'student' is "
         "not allowed; it must be one of teacher, study_admin"),
        ("  ladok_local:\n    authorisation_system: 5\n", "extra.ladok_local.authorisation_system: 5 is not allowed"),
        ("  ladok_local:\n    study_admin_contact: \"Expeditionen\\n## Ny rubrik {: onclick=alert(1) }\"\n",
         "extra.ladok_local.study_admin_contact: 'Expeditionen\\n## Ny rubrik {: onclick=alert(1) }' is not "
         "allowed; it must be one line of plain text, without line breaks or tabs"),
        ("  ladok_local:\n    authorisation_system: \"Lucat\\tLadok\"\n",
         "extra.ladok_local.authorisation_system: 'Lucat\\tLadok' is not allowed; it must be one line"),
        ("  ladok_local:\n    authorisation_system: \"  \"\n",
         "extra.ladok_local.authorisation_system: '  ' is not allowed; it must be a text of 1 to 120 characters"),
    ],
)
def test_a_wrong_setting_stops_the_build_and_says_what_is_allowed(tmp_path: Path, setting: str, message: str) -> None:
    run = build(project_copy(tmp_path / "p", setting), tmp_path / "site")
    assert run.returncode != 0
    assert message in run.stderr, run.stderr[-1500:]


def test_two_builds_on_different_days_with_one_source_date_are_byte_identical(tmp_path: Path) -> None:
    faketime = shutil.which("faketime")
    if faketime is None:
        pytest.fail("faketime is needed: run the README's test command, which installs it")
    project = project_copy(tmp_path / "p")
    sites = []
    for day in ("2026-03-01 10:00:00", "2027-11-20 23:30:00"):
        site = tmp_path / f"site-{day[:10]}"
        run = subprocess.run(
            [faketime, day, sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
            cwd=project, capture_output=True, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": EPOCH},
        )
        assert run.returncode == 0, run.stderr[-2000:]
        sites.append(site)
    first, second = sites
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert Path("sitemap.xml") in files and len(files) > 50
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    different = [str(f) for f in files if not filecmp.cmp(first / f, second / f, shallow=False)]
    assert different == []  # so nothing in it came from the clock: the two builds ran 20 months apart


# Values that a check by pattern let through (issue 36): nested brackets made an off-site image, an attribute list
# made an onclick, an entity made a javascript: link. Escaped, each reads as typed and makes no element.
HOSTILE = {
    "study_admin_contact": "![a[b]c](https://evil.example/x.png) {: onclick=alert(1) }",
    "authorisation_system": "[Lucat](javascript&#58;alert(1)) <b>Lucat</b>",
}


def _hostile_html(site: Path, page: str) -> str:
    html = (site / page / "index.html").read_text(encoding="utf-8")
    return html[html.index("<article") : html.index("</article>")]


def test_hostile_local_details_are_shown_as_typed_and_make_no_element(tmp_path: Path) -> None:
    settings = "".join(f"    {key}: {value!r}\n".replace("'", '"') for key, value in HOSTILE.items())
    project = project_copy(tmp_path / "p", "  ladok_rules:\n    working_days: 15\n  ladok_local:\n" + settings)
    run = build(project, tmp_path / "site", SOURCE_DATE_EPOCH=EPOCH)
    assert run.returncode == 0, run.stderr[-2000:]
    for page in ("teacher/authorisation", "en/teacher/authorisation"):
        tags = re.findall(r"<[^>]+>", _hostile_html(tmp_path / "site", page))
        made = [t for t in tags if re.search(r"\bonclick\b|evil\.example|javascript|^<img|^<b>", t, re.I)]
        assert made == [], page
        text = text_of(tmp_path / "site", page)
        assert "![a[b]c](https://evil.example/x.png) {: onclick=alert(1) }" in text.replace("&amp;", "&"), page
        assert "[Lucat](javascript&#58;alert(1))" in text.replace("&amp;", "&"), page
