"""The browser glue stays readable and rule-free: modules under 250 lines, no function over 80 (the sandbox's, the
tools', the self-check's, the embed pages' and guide.js, on every page), and no state, role or action name of Ladok's
used as a condition (the view says what to draw)."""

from __future__ import annotations

import re
from pathlib import Path

from guide_engine import describe

ASSETS = Path(__file__).resolve().parents[1] / "docs" / "assets"
GLUE = sorted([*ASSETS.glob("sandbox*.js"), *ASSETS.glob("tool*.js"), ASSETS / "ui.js"])
# The glue above, and the modules that mount the self-check and the embed pages, guide.js and widgets.js.
READABLE = sorted(
    [*GLUE, *ASSETS.glob("selfcheck*.js"), *ASSETS.glob("embed*.js"), ASSETS / "guide.js", ASSETS / "widgets.js"]
)


def code_only(source: str) -> str:
    """The script with its comments, strings, template literals and regular expressions blanked (lines kept), so
    that only its own braces are counted."""
    out: list[str] = []
    i = 0
    while i < len(source):
        if source.startswith("//", i):
            end = source.find("\n", i)
            end = len(source) if end < 0 else end
        elif source.startswith("/*", i):
            end = source.index("*/", i) + 2
        elif source[i] in "\"'`" or (source[i] == "/" and re.search(r"(^|[(,=:\[!&|?{};]|return)\s*$", "".join(out))):
            end = closing(source, i)
        else:
            out.append(source[i])
            i += 1
            continue
        out.append(re.sub(r"[^\n]", " ", source[i:end]))
        i = end
    return "".join(out)


def closing(source: str, start: int) -> int:
    """Where the string, template literal or regular expression that opens at `start` ends (past its quote)."""
    quote, i, depth = source[start], start + 1, 0
    while True:
        if source[i] == "\\":
            i += 2
            continue
        if quote == "`" and source.startswith("${", i):
            depth, i = depth + 1, i + 2
            continue
        if quote == "`" and depth and source[i] == "}":
            depth -= 1
        elif source[i] == quote and not depth:
            return i + 1
        i += 1


def functions(source: str) -> list[tuple[int, int]]:
    """(first line, number of lines) of every function body: the braces after `)` or `=>`, and a method's."""
    code = code_only(source)
    spans = []
    for found in re.finditer(r"(\)|=>)\s*\{", code):
        start, depth = found.end() - 1, 0
        for end in range(start, len(code)):
            depth += {"{": 1, "}": -1}.get(code[end], 0)
            if depth == 0:
                break
        first = code.count("\n", 0, start) + 1
        spans.append((first, code.count("\n", start, end) + 1))
    return spans


def test_every_module_is_under_250_lines_and_every_function_under_80() -> None:
    long = {}
    for script in READABLE:
        source = script.read_text(encoding="utf-8")
        over = [f"line {first}: {size} lines" for first, size in functions(source) if size > 80]
        if source.count("\n") > 250 or over:
            long[script.name] = [f"{source.count(chr(10))} lines", *over]
    assert long == {}
    assert len(GLUE) > 10
    checked = {s.name for s in READABLE}
    assert {
        "selfcheck.js",
        "selfcheck-question.js",
        "embed.js",
        "embed-scorm-api.js",
        "guide.js",
        "widgets.js",
    } <= checked


def test_no_script_in_the_assets_is_over_250_lines() -> None:
    """Every browser module, not only the sandbox's and the tools' (the worker, the self-check, the embed pages)."""
    scripts = sorted(ASSETS.glob("*.js"))
    long = {s.name: s.read_text(encoding="utf-8").count("\n") for s in scripts}
    assert {name: lines for name, lines in long.items() if lines > 250} == {}
    assert len(scripts) > len(GLUE)


def test_the_count_sees_a_long_function() -> None:
    body = "\n".join(f"  const x{n} = {n};" for n in range(90))
    source = f'// a comment with {{ braces }}\nconst s = "{{";\nexport function mount(widget) {{\n{body}\n}}\n'
    assert functions(source) == [(3, 92)]


def test_no_state_role_or_action_of_ladok_is_a_condition_in_the_glue() -> None:
    """As the team's check (before-stop, 2e) reads the scripts: a comparison with a quoted Ladok name."""
    rules = describe()
    names = "|".join(sorted({*rules["states"], *rules["roles"], *rules["actions"]}))
    condition = re.compile(rf"(===|!==|includes\()\s*\(?\s*\"({names})\"")
    found = [
        f"{s.name}: {line.strip()}"
        for s in READABLE
        for line in s.read_text(encoding="utf-8").splitlines()
        if condition.search(line) and ".type ===" not in line
    ]
    assert found == []
