// Runs tests/transcript.py inside Pyodide under Node, with the engine loaded from its wheel, and prints the
// transcript as JSON on stdout. Usage: node run_pyodide.mjs WHEEL TRANSCRIPT_PY CALENDAR_JSON
// No network: Pyodide comes from node_modules and the wheel from a local path.
import { readFile } from "node:fs/promises";
import { loadPyodide } from "pyodide";

const [wheel, transcriptPath, calendarPath] = process.argv.slice(2);
const pyodide = await loadPyodide({ packages: [wheel] });
const source = await readFile(transcriptPath, "utf8");
const calendar = await readFile(calendarPath, "utf8");
pyodide.globals.set("CALENDAR_JSON", calendar);
const namespace = pyodide.globals.get("dict")();
pyodide.runPython(source, { globals: namespace });
const transcript = namespace.get("transcript")(calendar);
process.stdout.write(transcript);
