"""pyodide_compile.lines_only in CPython: the location table it writes keeps every line and drops every column, as
CPython's own switch for that (PYTHONNODEBUGRANGES, `-X no_debug_ranges`) does.

Why not the switch itself: started so, Pyodide 314.0.7 compiles the same positions (line, line, None, None), but
writes an entry wherever an instruction starts a new location, where lines_only writes one per run of a line: the
slimmed library is 1,281,561 bytes against 1,203,387 (409 against 390 KB gzip, 312 against 297 KB brotli), the
engine 399 against 377 KB (107 against 103 KB gzip). So the hand-written table stays, checked against the switch."""

from __future__ import annotations

import json
import subprocess
import sys
import traceback
from pathlib import Path
from types import CodeType

from hypothesis import given, settings
from hypothesis import strategies as st

from guide_site.runtime.pyodide_compile import lines_only

ROOT = Path(__file__).resolve().parent.parent

SOURCE = '''
def outer(values):
    total = 0
    for value in values:

        total += (value
                  * 2)
    def inner():
        return [v for v in values
                if v > 1]
    return total, inner()


def fails(x):
    y = x + 1
    return {"a": 1}[y]
'''


def walk(code: CodeType) -> list[CodeType]:
    found = [code]
    for const in code.co_consts:
        if isinstance(const, CodeType):
            found += walk(const)
    return found


def test_every_code_object_keeps_its_lines_and_loses_its_columns() -> None:
    code = compile(SOURCE, "example.py", "exec")
    stripped = lines_only(code)
    for before, after in zip(walk(code), walk(stripped), strict=True):
        assert list(after.co_lines()) == list(before.co_lines())
        assert [p[0] for p in after.co_positions()] == [p[0] for p in before.co_positions()]
        assert all(p[1] == p[0] and p[2:] == (None, None) for p in after.co_positions())  # one line, no columns
        assert len(after.co_linetable) < len(before.co_linetable)


def test_a_traceback_through_stripped_code_names_the_right_line() -> None:
    namespace: dict[str, object] = {}
    exec(lines_only(compile(SOURCE, "example.py", "exec")), namespace)
    try:
        namespace["fails"](1)  # type: ignore[operator]
    except KeyError as error:
        frame = traceback.extract_tb(error.__traceback__)[-1]
    assert (frame.lineno, frame.name) == (16, "fails")
    assert namespace["outer"]([1, 2, 3]) == (12, [2, 3])  # type: ignore[operator]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=300), min_size=1, max_size=40))
def test_long_jumps_and_blank_runs_between_lines_survive(gaps: list[int]) -> None:
    lines, number = [], 1
    for gap in gaps:  # statements far apart (line deltas over 63 take several varint bytes), some long
        lines += [""] * gap + [f"x{number} = {' + '.join(['1'] * (1 + gap % 20))}"]
        number += 1
    code = compile("\n".join(lines), "gaps.py", "exec")
    assert list(lines_only(code).co_lines()) == list(code.co_lines())


POSITIONS = """
import json, sys, types
def walk(code):
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from walk(const)
sources = json.load(sys.stdin)
print(json.dumps({name: [list(c.co_positions()) for c in walk(compile(text, name, "exec"))]
                  for name, text in sources.items()}))
"""


def test_the_positions_are_those_cpython_compiles_with_its_own_switch() -> None:
    """Every code object of the engine and of SOURCE: lines_only gives the positions CPython itself gives under
    `-X no_debug_ranges` (PYTHONNODEBUGRANGES=1)."""
    sources = {"example.py": SOURCE} | {
        path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "guide_engine").glob("*.py"))
    }
    run = subprocess.run([sys.executable, "-X", "no_debug_ranges", "-c", POSITIONS], input=json.dumps(sources),
                         capture_output=True, text=True, check=True)
    switched = json.loads(run.stdout)
    ours = {name: [[list(p) for p in c.co_positions()] for c in walk(lines_only(compile(text, name, "exec")))]
            for name, text in sources.items()}
    assert ours == switched
    assert sum(len(code) for codes in ours.values() for code in codes) > 10_000
