// What the Node tests share to start Pyodide as the worker does: the names the runtime's parts share
// (guide_site/runtime/names.py, passed by the Python test in LADOK_RUNTIME_NAMES), the lockfile's header only (no
// package is loaded from it), and the worker's fallback, Pyodide's full standard library (here read from
// node_modules), with the times it was fetched counted.
import { readFileSync } from "node:fs";

export const names = JSON.parse(process.env.LADOK_RUNTIME_NAMES);
const pyodide = new URL("../../node_modules/pyodide/", import.meta.url);
const lock = JSON.parse(readFileSync(new URL(names.PYODIDE_LOCKFILE, pyodide)));
export const lockFileContents = { info: lock.info, packages: {} };

export const fallback = { fetches: 0 };
export function offerFallback() {
  globalThis[names.STDLIB_FALLBACK] = () => {
    fallback.fetches += 1;
    return new Uint8Array(readFileSync(new URL(names.PYODIDE_STDLIB, pyodide)));
  };
}
