// Pyodide under Node started with the slimmed standard library, whose start goes without asyncio (Pyodide's core
// is given stdlib_finder.StartingAsyncio). Prints as JSON which of asyncio and the modules it brings start-up
// imported; then, by mode:
// - "await": JavaScript awaits Python code that awaits a JavaScript promise (through Pyodide's core both ways);
// - "kept": the same in an interpreter restored from a memory snapshot of the start, as the worker's kept start;
// - "import": imports asyncio;
// - "webloop": imports pyodide.webloop first (which imports asyncio while it runs);
// and says where asyncio came from, whether Pyodide's event loop is the one set up, and how many times Pyodide's
// full standard library was fetched.
// Usage: node slim_asyncio.mjs STDLIB_ZIP await|kept|import|webloop
import { loadPyodide } from "pyodide";
import { fallback, lockFileContents, offerFallback } from "./slim_start.mjs";

const [stdlib, mode] = process.argv.slice(2);
offerFallback();
const options = { stdLibURL: stdlib, lockFileContents };
let py = await loadPyodide({ ...options, _makeSnapshot: mode === "kept" });
if (mode === "kept") py = await loadPyodide({ ...options, _loadSnapshot: py.makeMemorySnapshot() });
// asyncio and what it brings, and _colorize, which traceback imports when it first formats an error (DEFERRED)
const watched = [
  "asyncio", "pyodide.webloop", "ssl", "socket", "subprocess", "logging", "concurrent.futures", "_colorize",
];
const started = JSON.parse(py.runPython(`import json, sys
json.dumps([name for name in ${JSON.stringify(watched)} if name in sys.modules])`));
const fetchesAtStart = fallback.fetches;
const awaited = ["await", "kept"].includes(mode) ? await py.runPythonAsync("import js\nawait js.Promise.resolve(6 * 7)")
  : py.runPython(mode === "webloop" ? "import pyodide.webloop" : "import asyncio") ?? null;
const after = JSON.parse(py.runPython(`import asyncio, json, time
import pyodide.webloop as webloop
json.dumps({"asyncio": asyncio.__file__, "loop": type(asyncio.get_event_loop()).__name__,
            "run": asyncio.run is webloop._run,
            "sleep": time.sleep is webloop._sleep})`));
process.stdout.write(JSON.stringify({ started, fetchesAtStart, awaited, fetches: fallback.fetches, ...after }));
