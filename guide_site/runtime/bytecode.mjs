// Byte-compile, inside the pinned Pyodide's own Python under Node, what the browser's start-up imports: the
// standard-library modules it needs and the engine. Pyodide's python_stdlib.zip holds only .py files and never
// writes bytecode, so every start would compile them again; its own Python writes .pyc files with the magic
// number its runtime expects (no host Python 3.14 is needed, unlike `pyodide py-compile`).
//
// Usage: node bytecode.mjs ENGINE_DIR OUT_DIR
// Writes OUT_DIR/python_stdlib_slim.zip (only the modules imported at start-up, as unchecked hash-based .pyc
// files, and the finder that fetches Pyodide's full standard library for anything else) and
// OUT_DIR/guide_engine.zip (the engine as .pyc files only), named as names.py says. Same input, same bytes.
//
// Two passes. The first runs on Pyodide's own standard library and compiles what its start and the engine's
// requests import. The slimmed archive's start imports less (pyodide_compile.DEFERRED), so a second interpreter
// starts on that archive, with the engine as the worker loads it, runs the same requests, and keeps only the files
// it imported. It is also the build's own check that the archives start: if anything is missing, it fails here.
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadPyodide } from "pyodide";

const [engineDir, outDir] = process.argv.slice(2);
const options = { stdout: () => {}, stderr: (line) => process.stderr.write(`${line}\n`) };
const here = (name) => new URL(name, import.meta.url);
const compileSource = await readFile(here("pyodide_compile.py"), "utf8");
const exercise = await readFile(here("pyodide_exercise.py"));

const first = await loadPyodide(options);
first.FS.mkdirTree("/src/guide_engine");
for (const name of (await readdir(engineDir)).filter((n) => n.endsWith(".py")).sort()) {
  first.FS.writeFile(`/src/guide_engine/${name}`, await readFile(join(engineDir, name)));
}
// The names the runtime's parts share (names.py), importable as in CPython: from guide_site.runtime import names
first.FS.mkdirTree("/src/guide_site/runtime");
first.FS.writeFile("/src/guide_site/__init__.py", "");
first.FS.writeFile("/src/guide_site/runtime/__init__.py", "");
first.FS.writeFile("/src/guide_site/runtime/names.py", await readFile(here("names.py")));
first.FS.writeFile("/src/stdlib_finder.py", await readFile(here("stdlib_finder.py")));
first.FS.writeFile("/src/pyodide_exercise.py", exercise);
first.runPython("import sys\nsys.path.insert(0, '/src')");
const names = JSON.parse(first.runPython("import json\nfrom guide_site.runtime import names\njson.dumps(names.shared())"));
first.runPython(compileSource);
first.runPython("build()");
await mkdir(outDir, { recursive: true });
const out = (name) => first.FS.readFile(`/out/${name}`);
const slim = join(outDir, names.SLIM_STDLIB);
await writeFile(slim, out(names.SLIM_STDLIB));
await writeFile(join(outDir, names.ENGINE_ZIP), out(names.ENGINE_ZIP));

const second = await loadPyodide({ ...options, stdLibURL: slim });
second.FS.writeFile(names.ENGINE_ARCHIVE, out(names.ENGINE_ZIP));
second.FS.mkdirTree("/src");
second.FS.writeFile("/src/pyodide_exercise.py", exercise);
const used = second.runPython(`import sitecustomize, sys
sitecustomize.use_engine(${JSON.stringify(names.ENGINE_ARCHIVE)})
sys.path.append("/src")
import pyodide_exercise
pyodide_exercise.run()
pyodide_exercise.imported_from(pyodide_exercise.standard_library())`);
first.globals.get("prune")(used.toJs());
await writeFile(slim, out(names.SLIM_STDLIB));
