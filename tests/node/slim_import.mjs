// Imports modules inside Pyodide under Node started with the slimmed standard library, and prints as JSON where
// each came from (or the error), and how many times Pyodide's full standard library was fetched.
// Usage: node slim_import.mjs STDLIB_ZIP [--no-fallback] MODULE...
// With --no-fallback the page offers no way to fetch the full standard library (as if the fetch failed).
import { loadPyodide } from "pyodide";
import { fallback, lockFileContents, offerFallback } from "./slim_start.mjs";

const [stdlib, ...rest] = process.argv.slice(2);
const offered = rest[0] !== "--no-fallback";
const modules = offered ? rest : rest.slice(1);
if (offered) offerFallback();
const py = await loadPyodide({ stdLibURL: stdlib, lockFileContents });
const origins = {};
for (const name of modules) {
  origins[name] = py.runPython(`
import importlib
try:
    found = importlib.import_module(${JSON.stringify(name)}).__file__
except ImportError as error:
    found = type(error).__name__
found`);
}
const started = py.runPython("import json, sys\njson.dumps([sys.modules['json'].__file__, 'sitecustomize' in sys.modules])");
process.stdout.write(JSON.stringify({ origins, fetches: fallback.fetches, started: JSON.parse(started) }));
