// Pyodide under Node started with the slimmed standard library, whose package loader imports shutil, tempfile and
// zipfile only when it installs something (pyodide_compile.DEFERRED). Prints as JSON which of them start-up
// imported, then installs the engine's wheel (the worker's fallback) and says where the engine came from, whether
// shutil knows the wheel format, and how many times Pyodide's full standard library was fetched.
// Usage: node slim_packages.mjs STDLIB_ZIP WHEEL
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [stdlib, wheel] = process.argv.slice(2);
const pyodide = "../../node_modules/pyodide/";
let fetches = 0;
globalThis.ladokStdlibFallback = () => {
  fetches += 1;
  return new Uint8Array(readFileSync(new URL(`${pyodide}python_stdlib.zip`, import.meta.url)));
};
const lock = JSON.parse(readFileSync(new URL(`${pyodide}pyodide-lock.json`, import.meta.url)));
const py = await loadPyodide({ stdLibURL: stdlib, lockFileContents: { info: lock.info, packages: {} } });
const deferred = ["shutil", "tempfile", "zipfile", "random", "bz2", "lzma"];
const started = JSON.parse(py.runPython(`import json, sys
json.dumps([name for name in ${JSON.stringify(deferred)} if name in sys.modules])`));
const fetchesAtStart = fetches;
await py.loadPackage(wheel, { messageCallback: () => {} });
const after = JSON.parse(py.runPython(`import json, shutil, guide_engine
json.dumps({"engine": guide_engine.__file__, "shutil": shutil.__file__,
            "wheel_format": any(name == "whl" for name, _, _ in shutil.get_unpack_formats())})`));
process.stdout.write(JSON.stringify({ started, fetchesAtStart, fetches, ...after }));
