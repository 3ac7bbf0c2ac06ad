"""guide_site/runtime/TOUCH_POINTS.md: every private or internal touch point of Pyodide and CPython the runtime
leans on is a row that names the test that fails when it breaks (a test that exists) and the fallback that still
starts."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "guide_site" / "runtime" / "TOUCH_POINTS.md"
TEST = re.compile(r"`(tests/[\w/]+\.py)::(test_\w+)`")


def rows() -> list[list[str]]:
    lines = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if re.match(r"\| \d+ \|", line)]
    return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in lines]


def test_every_row_names_a_test_that_exists_and_a_fallback() -> None:
    table = rows()
    assert len(table) >= 15
    for number, point, where, relies, tests, fallback in table:
        named = TEST.findall(tests)
        assert named, f"row {number} ({point}) names no test"
        for path, name in named:
            source = (ROOT / path).read_text(encoding="utf-8")
            assert re.search(rf"^def {name}\(", source, re.M), f"row {number}: {path}::{name} does not exist"
        assert point and where and relies and fallback, f"row {number} is not filled in"


def test_the_tests_named_anywhere_in_the_table_exist() -> None:
    """The fallbacks' tests too: a renamed test must be renamed here as well."""
    for path, name in TEST.findall(TABLE.read_text(encoding="utf-8")):
        assert re.search(rf"^def {name}\(", (ROOT / path).read_text(encoding="utf-8"), re.M), f"{path}::{name}"
