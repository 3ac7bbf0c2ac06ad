// The engine benchmark inside Pyodide under Node: node engine_pyodide.mjs WHEEL SESSION_PY
import { readFile } from "node:fs/promises";
import { loadPyodide } from "pyodide";

const [wheel, sessionPath] = process.argv.slice(2);
const t0 = performance.now();
const pyodide = await loadPyodide();
const runtimeMs = performance.now() - t0;
const t1 = performance.now();
await pyodide.loadPackage(wheel, { messageCallback: () => {} });
const wheelMs = performance.now() - t1;
const namespace = pyodide.globals.get("dict")();
pyodide.runPython(await readFile(sessionPath, "utf8"), { globals: namespace });
const figures = JSON.parse(namespace.get("run_session")());
const scaling = JSON.parse(namespace.get("run_scaling")());
process.stdout.write(JSON.stringify({ runtime_start_ms: Math.round(runtimeMs), wheel_load_ms: Math.round(wheelMs),
  ...figures, scaling }));
