// The engine imported inside Pyodide under Node as the worker imports it (sitecustomize.use_engine), printed as
// JSON: how many codes the archive holds, how many of the engine's dataclass texts were found among them and how
// many compiled, whether equal states still compare equal, and a dataclass the build never saw.
// Usage: node dataclass_code.mjs STDLIB_ZIP ENGINE_ZIP
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";
import { lockFileContents, names } from "./slim_start.mjs";

const [stdlib, engine] = process.argv.slice(2);
const py = await loadPyodide({ stdLibURL: stdlib, lockFileContents });
py.FS.writeFile(names.ENGINE_ARCHIVE, readFileSync(engine));
const result = py.runPython(`
import builtins, dataclasses, json, sitecustomize, sys
codes = sitecustomize.use_engine(${JSON.stringify(names.ENGINE_ARCHIVE)})
known = dataclasses.exec
seen = {"found": 0, "compiled": 0}
real_exec = builtins.exec
def counting(source, *args):
    if sys._getframe(1).f_code.co_name == "exec_known":  # not the imports' own exec of each module
        seen["found" if not isinstance(source, str) else "compiled"] += 1
    real_exec(source, *args)
builtins.exec = counting  # what the known codes hand on: a code object, or the text to compile
import guide_engine
from guide_engine.scenarios import all_scenarios
a, b = all_scenarios()["written_exam"].start, all_scenarios()["written_exam"].start
builtins.exec = real_exec

@dataclasses.dataclass(frozen=True)
class Unseen:
    n: int
    label: str = "x"

try:
    a.course.code = "changed"
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
json.dumps({"codes": codes, **seen, "equal": a == b and hash(a.course) == hash(b.course), "frozen": frozen,
            "unseen": repr(Unseen(3)), "known_installed": known is not builtins.exec})
`);
process.stdout.write(result);
