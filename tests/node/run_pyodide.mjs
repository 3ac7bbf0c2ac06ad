// Runs tests/transcript.py inside Pyodide under Node and prints the transcript as JSON on stdout.
// Usage: node run_pyodide.mjs TRANSCRIPT_PY CALENDAR_JSON wheel WHEEL
//    or: node run_pyodide.mjs TRANSCRIPT_PY CALENDAR_JSON bytecode STDLIB_ZIP ENGINE_ZIP
//    or: node run_pyodide.mjs TRANSCRIPT_PY CALENDAR_JSON kept STDLIB_ZIP ENGINE_ZIP
// The second form is what the browser runs: the slimmed, byte-compiled standard library as stdLibURL (Pyodide's
// full one as its fallback for other modules), no lockfile fetched, and the engine's bytecode archive on sys.path.
// The third is a later start in the browser: the interpreter of the second form, kept (a memory snapshot taken with
// the engine imported, after answering at most what carries nothing the reader made: here, as on a first visit, a
// new start of an exercise and its first view) and restored in a new runtime, as the worker does. It also
// imports a module outside the slimmed library after the transcript, which must still come from the fallback.
// No network: Pyodide comes from node_modules and the rest from local paths.
import { readFile } from "node:fs/promises";
import { loadPyodide } from "pyodide";
import { fallback, lockFileContents, names, offerFallback } from "./slim_start.mjs";

const [transcriptPath, calendarPath, mode, ...files] = process.argv.slice(2);
let pyodide;
// As in the browser, the lockfile's header only (lockFileContents): a wheel is loaded by its path. Pyodide's full
// standard library is fetched (fallback.fetches) never, if the slimmed one holds what runs.
if (mode === "bytecode" || mode === "kept") {
  const [stdlib, engine] = files;
  offerFallback();
  pyodide = await loadPyodide({ stdLibURL: stdlib, lockFileContents, _makeSnapshot: mode === "kept" });
  const archive = names.ENGINE_ARCHIVE;
  pyodide.FS.writeFile(archive, await readFile(engine));
  const codes = pyodide.runPython(`import sitecustomize\nsitecustomize.use_engine(${JSON.stringify(archive)})`);
  if (!(codes > 0)) throw new Error("the engine's archive holds no dataclass code");
  const origin = pyodide.runPython("import guide_engine, json\nguide_engine.__file__");
  if (!origin.startsWith(`${archive}/`) || !origin.endsWith(".pyc")) throw new Error(`engine from ${origin}`);
  const compiled = pyodide.runPython("import json\njson.__cached__ or json.__file__");
  if (!String(compiled).endsWith(".pyc")) throw new Error(`json from ${compiled}, not from bytecode`);
  if (mode === "kept") {
    const engineHandle = pyodide.pyimport("guide_engine").handle;
    const started = JSON.parse(engineHandle(JSON.stringify({ op: "scenario", scenario: "written_exam", seed: "0a1b2c",
      lang: "sv" })));
    const viewed = started.ok && JSON.parse(engineHandle(JSON.stringify({ op: "view", state: started.state,
      actor: started.state.people[0].id, lang: "sv", options: {} })));
    if (!viewed?.ok) throw new Error("a new start and its first view were not answered before the snapshot");
    engineHandle.destroy();
    const snapshot = pyodide.makeMemorySnapshot();
    pyodide = await loadPyodide({ stdLibURL: stdlib, lockFileContents, _loadSnapshot: snapshot });
    // The worker frees the 31 MB copy where Pyodide keeps its options (worker.js); if that place moves, say so.
    if (pyodide._api?.config?._loadSnapshot !== snapshot) throw new Error("the snapshot is no longer in _api.config");
    pyodide.FS.writeFile(archive, await readFile(engine)); // the file system is not in the snapshot
    if (pyodide.runPython("import sys\n'guide_engine' in sys.modules") !== true) throw new Error("not restored");
  }
} else {
  pyodide = await loadPyodide({ lockFileContents });
  await pyodide.loadPackage(files[0], { messageCallback: () => {} });
}
const source = await readFile(transcriptPath, "utf8");
const calendar = await readFile(calendarPath, "utf8");
const namespace = pyodide.globals.get("dict")();
pyodide.runPython(source, { globals: namespace });
const transcript = namespace.get("transcript")(calendar);
if (fallback.fetches) throw new Error("start-up or the transcript imported a module outside the slimmed standard library");
if (mode === "kept") {
  const hsv = pyodide.runPython("import colorsys\ncolorsys.rgb_to_hsv(1.0, 0.0, 0.0)[2]");
  if (hsv !== 1 || fallback.fetches !== 1) {
    throw new Error(`colorsys after the restore: ${hsv}, ${fallback.fetches} fallbacks`);
  }
}
process.stdout.write(transcript);
