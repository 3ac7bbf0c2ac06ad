"""Behaviour lives on the action records: no code in the engine, outside them, asks an action's name.

An `if name == "certify"` (or `action.name in ("remove", ...)`, a `match` on a name, a table keyed by names, a
look-up such as `ACTIONS["certify"]`) is a second place where an action's behaviour is stated, which an action added
to the records would not reach. The records (`actions.py`) are where an action's name meets its behaviour; data that
names actions to play or word them (the guided scenarios, the self-check's tasks, the catalog) only lists them.
"""

from __future__ import annotations

import ast
from pathlib import Path

from guide_engine.actions import ACTIONS, declared

ENGINE = Path(__file__).resolve().parent.parent / "guide_engine"
# The records themselves. (The scenarios, the self-check's tasks and the texts name actions too, as data to play or
# word them; none of them asks a name either, so they are read like the rest.)
RECORDS = "actions.py"


def _param_names() -> set[str]:
    """Names that are a parameter's too (the `comment` action takes a `comment`): as a key, a parameter."""
    return {p.name for a in declared() for p in a.params}


def _names_in(node: ast.AST) -> list[str]:
    """The action names a literal spells: a string, or strings in a tuple, list or set."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in ACTIONS:
        return [node.value]
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return [n for element in node.elts for n in _names_in(element)]
    return []


def dispatches(source: str) -> list[tuple[int, str]]:
    """Every place in `source` that compares with, matches on, looks up or keys a table by an action's name."""
    found: list[tuple[int, str]] = []
    params = _param_names()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            parts = (node.left, *node.comparators)
            if any(isinstance(p, ast.Attribute) and p.attr == "kind" for p in parts):
                continue  # a parameter's kind: `comment` is a kind of field as well as an action
            found += [(node.lineno, n) for part in parts for n in _names_in(part)]
        elif isinstance(node, ast.match_case):
            found += [(node.pattern.lineno, n) for sub in ast.walk(node.pattern) for n in _names_in(sub)]
        elif isinstance(node, ast.Subscript):
            found += [(node.lineno, n) for n in _names_in(node.slice) if n not in params]
        elif isinstance(node, ast.Dict):
            spelled = [n for part in (*node.keys, *node.values) if part is not None for n in _names_in(part)]
            found += [(node.lineno, n) for n in spelled if n not in params]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get":
            found += [(node.lineno, n) for arg in node.args[:1] for n in _names_in(arg) if n not in params]
    return found


def test_no_engine_module_asks_an_actions_name() -> None:
    """Outside the records, the engine's code spells no action's name in a comparison, a match, a look-up or a
    table."""
    modules = [p for p in sorted(ENGINE.glob("*.py")) if p.name != RECORDS]
    assert len(modules) > 25
    found = {p.name: dispatches(p.read_text(encoding="utf-8")) for p in modules}
    assert {name: lines for name, lines in found.items() if lines} == {}


def test_the_check_finds_each_kind_of_dispatch() -> None:
    """Each way of asking a name is found, and what only looks like one (a parameter, a docstring) is not."""
    source = '''
"""certify is mentioned here, in a docstring."""
if name == "certify": pass
if action.name in ("remove", "certify_removal"): pass
if "save_draft" != action: pass
match name:
    case "mark_ready": pass
rule = RULES["delete_draft"]
waiting = {"ready": "certify_removal"}
found = ACTIONS.get("unmark_ready")
comment = params.get("comment")
labels = {"comment": "ui.comment"}
if param.kind == "comment": pass
'''
    assert [name for _, name in dispatches(source)] == [
        "certify", "remove", "certify_removal", "save_draft", "mark_ready", "delete_draft", "certify_removal",
        "unmark_ready",
    ]
