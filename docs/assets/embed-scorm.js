// The launch page of the self-check's SCORM package (guide_site/embed/scorm.py): the self-check as on its page, with
// the learning platform's suspend data as its storage and the platform told its score and completion after every
// change (embed-scorm-api.js); its sandbox tasks open as guide.js opens them on the site. Everything is loaded from
// inside the package, and no service worker is registered: a package lives in the platform's own address space.
// Without a platform (the package opened on its own), the answers stay in the browser and the page says so.
// No Ladok rule here.
import { connect, findApi } from "./embed-scorm-api.js";
import { mount } from "./selfcheck.js";

const root = new URL("../", import.meta.url).href; // the package's root: assets/ sits directly under it
const selfcheck = document.querySelector(".ladok-selfcheck");
const lang = selfcheck.dataset.lang === "en" ? "en" : "sv";
const keys = [...document.querySelectorAll(".ladok-question[data-key], .ladok-task[data-task]")]
  .map((element) => element.dataset.key ?? element.dataset.task);
const api = findApi(window);
const platform = api ? connect(api, { key: `ladok-guiden:selfcheck:${lang}`, keys }) : null;
if (!platform) document.querySelector(".ladok-embed-note").textContent = document.body.dataset.noPlatform;

selfcheck.addEventListener("ladok:selfcheck", (event) => platform?.report(event.detail));
mount(selfcheck, { storage: platform?.storage ?? null });
addEventListener("pagehide", () => platform?.finish());

// --- the tasks' sandboxes, opened as on the site (guide.js) -------------------------------------------------------
function warm(widget) {
  import("./engine.js").then((m) => m.engine(root, widget.dataset.pyodide)).catch(() => {});
}

async function open(widget, auto) {
  if (widget.dataset.opened) return;
  widget.dataset.opened = "1";
  warm(widget);
  try {
    await (await import("./sandbox.js")).mount(widget, { root, auto });
  } catch (error) {
    widget.dataset.opened = "";
    console.warn(error);
  }
}

for (const widget of document.querySelectorAll(".ladok-sandbox")) {
  const button = widget.querySelector(".ladok-open");
  button.hidden = false;
  button.addEventListener("click", () => open(widget, false));
  for (const name of ["pointerenter", "focus", "touchstart"]) {
    button.addEventListener(name, () => warm(widget), { once: true, passive: true });
  }
  let saved = false;
  try {
    const key = `ladok-guiden:sandbox:${widget.dataset.scenario}:task:${widget.dataset.task}`;
    saved = localStorage.getItem(key) !== null;
  } catch (e) {
    saved = false;
  }
  if (saved) open(widget, true);
}
