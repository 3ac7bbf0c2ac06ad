// The tools, one module each (tool-deadline.js, tool-credits.js, tool-diagnosis.js), on the same engine and runtime
// as the sandbox: this opens the widget's tool (its data-tool) with the start-up box every tool shares, loading the
// tool's module while the engine starts. Each import is written out, so that the build can name each module for its
// content.
import { boot } from "./ui.js";

const TOOLS = {
  deadline: ["tool.deadline_title", () => import("./tool-deadline.js")],
  credits: ["tool.credits_title", () => import("./tool-credits.js")],
  diagnosis: ["tool.diagnosis_title", () => import("./tool-diagnosis.js")],
};

// `tool`: the tool's module, when the page has it already (widgets.js), so that nothing waits for it again.
export async function mount(widget, { root, tool: loaded = null }) {
  const [title, load] = TOOLS[widget.dataset.tool];
  const [tool, opened] = await Promise.all([loaded || load(), boot(widget, root, title)]);
  if (opened) tool.mount({ ...opened, widget });
}
