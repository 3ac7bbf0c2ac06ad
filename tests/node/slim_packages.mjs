// Pyodide under Node started with the slimmed standard library, whose package loader imports shutil, tempfile and
// zipfile only when it installs something (pyodide_compile.DEFERRED). Prints as JSON which of them start-up
// imported, then installs the engine's wheel (the worker's fallback) and says where the engine came from, whether
// shutil knows the wheel format, and how many times Pyodide's full standard library was fetched.
// Usage: node slim_packages.mjs STDLIB_ZIP WHEEL
import { loadPyodide } from "pyodide";
import { fallback, lockFileContents, offerFallback } from "./slim_start.mjs";

const [stdlib, wheel] = process.argv.slice(2);
offerFallback();
const py = await loadPyodide({ stdLibURL: stdlib, lockFileContents });
const deferred = ["shutil", "tempfile", "zipfile", "random", "bz2", "lzma"];
const started = JSON.parse(py.runPython(`import json, sys
json.dumps([name for name in ${JSON.stringify(deferred)} if name in sys.modules])`));
const fetchesAtStart = fallback.fetches;
await py.loadPackage(wheel, { messageCallback: () => {} });
const after = JSON.parse(py.runPython(`import json, shutil, guide_engine
json.dumps({"engine": guide_engine.__file__, "shutil": shutil.__file__,
            "wheel_format": any(name == "whl" for name, _, _ in shutil.get_unpack_formats())})`));
process.stdout.write(JSON.stringify({ started, fetchesAtStart, fetches: fallback.fetches, ...after }));
