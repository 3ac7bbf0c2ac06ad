// Runs tests/transcript.py inside Pyodide under Node and prints the transcript as JSON on stdout.
// Usage: node run_pyodide.mjs TRANSCRIPT_PY CALENDAR_JSON wheel WHEEL
//    or: node run_pyodide.mjs TRANSCRIPT_PY CALENDAR_JSON bytecode STDLIB_ZIP ENGINE_ZIP
// The second form is what the browser runs: the byte-compiled standard library as stdLibURL and the engine's
// bytecode archive on sys.path. No network: Pyodide comes from node_modules and the rest from local paths.
import { readFile } from "node:fs/promises";
import { loadPyodide } from "pyodide";

const [transcriptPath, calendarPath, mode, ...files] = process.argv.slice(2);
let pyodide;
if (mode === "bytecode") {
  const [stdlib, engine] = files;
  pyodide = await loadPyodide({ stdLibURL: stdlib });
  pyodide.FS.writeFile("/lib/guide_engine.zip", await readFile(engine));
  pyodide.runPython('import sys\nsys.path.insert(0, "/lib/guide_engine.zip")');
  const origin = pyodide.runPython("import guide_engine, json\nguide_engine.__file__");
  if (!origin.startsWith("/lib/guide_engine.zip/") || !origin.endsWith(".pyc")) throw new Error(`engine from ${origin}`);
  const compiled = pyodide.runPython("import json\njson.__cached__ or json.__file__");
  if (!String(compiled).endsWith(".pyc")) throw new Error(`json from ${compiled}, not from bytecode`);
} else {
  pyodide = await loadPyodide({ packages: [files[0]] });
}
const source = await readFile(transcriptPath, "utf8");
const calendar = await readFile(calendarPath, "utf8");
const namespace = pyodide.globals.get("dict")();
pyodide.runPython(source, { globals: namespace });
process.stdout.write(namespace.get("transcript")(calendar));
