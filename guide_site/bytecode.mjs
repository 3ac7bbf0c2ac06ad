// Byte-compile, inside the pinned Pyodide's own Python under Node, what the browser's start-up imports: the
// standard-library modules it needs and the engine. Pyodide's python_stdlib.zip holds only .py files and never
// writes bytecode, so every start would compile them again; its own Python writes .pyc files with the magic
// number its runtime expects (no host Python 3.14 is needed, unlike `pyodide py-compile`).
//
// Usage: node bytecode.mjs ENGINE_DIR OUT_DIR
// Writes OUT_DIR/python_stdlib_slim.zip (only the modules imported at start-up, as unchecked hash-based .pyc
// files, and the finder that fetches Pyodide's full standard library for anything else) and
// OUT_DIR/guide_engine.zip (the engine as .pyc files only). Same input, same bytes.
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadPyodide } from "pyodide";

const [engineDir, outDir] = process.argv.slice(2);
const pyodide = await loadPyodide({ stdout: () => {}, stderr: (line) => process.stderr.write(`${line}\n`) });
pyodide.FS.mkdirTree("/src/guide_engine");
for (const name of (await readdir(engineDir)).filter((n) => n.endsWith(".py")).sort()) {
  pyodide.FS.writeFile(`/src/guide_engine/${name}`, await readFile(join(engineDir, name)));
}
pyodide.FS.writeFile("/src/stdlib_finder.py", await readFile(new URL("stdlib_finder.py", import.meta.url)));
pyodide.runPython(await readFile(new URL("pyodide_compile.py", import.meta.url), "utf8"));
await mkdir(outDir, { recursive: true });
for (const name of ["python_stdlib_slim.zip", "guide_engine.zip"]) {
  await writeFile(join(outDir, name), pyodide.FS.readFile(`/out/${name}`));
}
