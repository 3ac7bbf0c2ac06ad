// What the Node tests share to start Pyodide as the worker does: the lockfile's header only (no package is
// loaded from it), and the page's fallback, Pyodide's full standard library (here read from node_modules), with
// the times it was fetched counted.
import { readFileSync } from "node:fs";

const pyodide = new URL("../../node_modules/pyodide/", import.meta.url);
const lock = JSON.parse(readFileSync(new URL("pyodide-lock.json", pyodide)));
export const lockFileContents = { info: lock.info, packages: {} };

export const fallback = { fetches: 0 };
export function offerFallback() {
  globalThis.ladokStdlibFallback = () => {
    fallback.fetches += 1;
    return new Uint8Array(readFileSync(new URL("python_stdlib.zip", pyodide)));
  };
}
