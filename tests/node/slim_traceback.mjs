// The same failure (json.loads of a broken document) inside Pyodide under Node, started once with the slimmed
// standard library and once with Pyodide's own, printed as JSON: each traceback's frames as [file, line, function].
// Usage: node slim_traceback.mjs STDLIB_ZIP
import { loadPyodide } from "pyodide";
import { lockFileContents } from "./slim_start.mjs";

const [stdlib] = process.argv.slice(2);
const FAIL = `
import json, traceback
try:
    json.loads('{"a": 1,')
except ValueError as error:
    frames = [[f.filename.rsplit("/", 1)[-1], f.lineno, f.name] for f in traceback.extract_tb(error.__traceback__)]
    text = "".join(traceback.format_exception(error))
json.dumps({"frames": frames[1:], "text": text})`;
const out = {};
for (const [name, options] of [["slim", { stdLibURL: stdlib }], ["own", {}]]) {
  const py = await loadPyodide({ ...options, lockFileContents });
  out[name] = JSON.parse(py.runPython(FAIL));
}
process.stdout.write(JSON.stringify(out));
