"""guide_site/runtime/scripts.py: the site's scripts named for their content and all they load, the references and
the pages' script tags rewritten, what the build tells a script filled in, and the same names from a second pass."""

from __future__ import annotations

import json
import re
from pathlib import Path

from guide_site.runtime.scripts import MARKER, write_scripts

SCRIPTS = {
    "guide.js": 'import(new URL("assets/engine.js", root)); var module = open ? "sandbox.js" : "tools.js";',
    "engine.js": f'const BUILT = {MARKER};\nnew Worker(new URL("assets/worker.js", root));',
    "worker.js": 'import * as wasm from "./worker-wasm.js";',
    "worker-wasm.js": "export const failed = 1;",
    "sandbox.js": 'import { h } from "./ui.js";',
    "tools.js": 'import { h } from "./ui.js";',
    "ui.js": 'import { engine } from "./engine.js"; // engine.js, in a comment, stays\n  // "ui.js" goes\nexport {};',
}
PAGE = '<script src="../assets/javascripts/bundle.1234abcd.min.js"></script><script src="../assets/guide.js"></script>'


def site(tmp: Path, scripts: dict[str, str]) -> Path:
    (tmp / "assets").mkdir(parents=True)
    for name, text in scripts.items():
        (tmp / "assets" / name).write_text(text, encoding="utf-8")
    (tmp / "en").mkdir()
    (tmp / "en" / "index.html").write_text(PAGE, encoding="utf-8")
    return tmp


def built(tmp: Path, scripts: dict[str, str], build: str = "b1") -> dict[str, str]:
    names = write_scripts(site(tmp, scripts), {"build": build})
    return {name.split(".")[0] + ".js": name for name in names}


def test_every_script_is_named_for_its_content_and_the_references_follow(tmp_path: Path) -> None:
    names = built(tmp_path, SCRIPTS)
    assets = tmp_path / "assets"
    assert sorted(p.name for p in assets.iterdir()) == sorted(names.values())  # the unnamed copies are gone
    assert all(re.fullmatch(r"[\w-]+\.[0-9a-f]{12}\.js", name) for name in names.values())
    guide = (assets / names["guide.js"]).read_text(encoding="utf-8")
    assert f'"assets/{names["engine.js"]}"' in guide
    assert f'"{names["sandbox.js"]}"' in guide and f'"{names["tools.js"]}"' in guide
    assert f'"./{names["engine.js"]}"' in (assets / names["ui.js"]).read_text(encoding="utf-8")
    ui = (assets / names["ui.js"]).read_text(encoding="utf-8")
    assert ui.endswith("// engine.js, in a comment, stays\n\nexport {};")  # a comment line goes, its line stays
    engine = (assets / names["engine.js"]).read_text(encoding="utf-8")
    assert f'"assets/{names["worker.js"]}"' in engine and 'const BUILT = {"build": "b1"};' in engine
    page = (tmp_path / "en" / "index.html").read_text(encoding="utf-8")
    assert f'src="../assets/{names["guide.js"]}"' in page and "bundle.1234abcd.min.js" in page


def test_a_script_s_name_changes_with_anything_it_loads_and_only_then(tmp_path: Path) -> None:
    before = built(tmp_path / "a", SCRIPTS)
    after = built(tmp_path / "b", {**SCRIPTS, "worker-wasm.js": "export const failed = 2;"})
    changed = {name for name in SCRIPTS if before[name] != after[name]}
    assert changed == {"worker-wasm.js", "worker.js", "engine.js", "ui.js", "sandbox.js", "tools.js", "guide.js"}
    other_build = built(tmp_path / "c", SCRIPTS, build="b2")  # engine.js carries the build: it and its loaders
    assert {name for name in SCRIPTS if before[name] != other_build[name]} == {
        "engine.js", "ui.js", "sandbox.js", "tools.js", "guide.js"}
    assert built(tmp_path / "d", {**SCRIPTS, "sandbox.js": SCRIPTS["sandbox.js"] + "\n"})["tools.js"] == \
        before["tools.js"]


def test_scripts_that_load_each_other_are_named_and_a_second_pass_keeps_the_names(tmp_path: Path) -> None:
    cycle = {"a.js": 'import "./b.js";', "b.js": 'import "./a.js";'}
    first = built(tmp_path, cycle)
    (tmp_path / "en" / "index.html").write_text(PAGE.replace("guide.js", "a.js"), encoding="utf-8")
    again = write_scripts(tmp_path, {"build": "b1"})  # the language plugin's second build finds them named
    assert sorted(again) == sorted(first.values())
    assert f"assets/{first['a.js']}" in (tmp_path / "en" / "index.html").read_text(encoding="utf-8")
    assert json.dumps(sorted(p.name for p in (tmp_path / "assets").iterdir())) == json.dumps(sorted(first.values()))
