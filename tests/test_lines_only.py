"""pyodide_compile.lines_only in CPython: the location table it writes keeps every line and drops every column."""

from __future__ import annotations

import traceback
from types import CodeType

from hypothesis import given, settings
from hypothesis import strategies as st

from guide_site.runtime.pyodide_compile import lines_only

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
