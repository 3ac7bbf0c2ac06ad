// An embed page (guide_site/embed/pages.py): one widget of the guide in a frame of a learning platform or another
// site, mounted by guide.js as on its own page. This module keeps the link "Open in the full guide" carrying the
// reader's work, in the forms the guide already reads: a tool's inputs in the address (?exam=...), a sandbox's state
// as its share link (#sandbox=...), the self-check's answers and tasks met (#answers=..., selfcheck-link.js). The
// browser keeps the frame's storage apart from the guide opened directly (or blocks it): the link is how work moves.
// It also follows the reader's light or dark setting, as the theme does on the site. No Ladok rule here.
import { makeLink } from "./sandbox-link.js";
import { answersLink } from "./selfcheck-link.js";

const link = document.querySelector("a.ladok-embed-full");
const page = link ? link.getAttribute("href") : null; // the full guide's page, as the build wrote it (relative)
const kind = document.body.dataset.embed;

// The theme's two palettes (Material's "default" and "slate"), as the reader's system asks.
const dark = matchMedia("(prefers-color-scheme: dark)");
const scheme = () => { document.body.dataset.mdColorScheme = dark.matches ? "slate" : "default"; };
scheme();
dark.addEventListener("change", scheme);

// The link at the foot stays in view; what the widgets scroll into view keeps clear of it.
const foot = document.querySelector(".ladok-embed-foot");
if (foot) {
  const room = () => document.documentElement.style.setProperty("--ladok-embed-foot", `${foot.offsetHeight + 8}px`);
  new ResizeObserver(room).observe(foot);
}

// --- the tools: their inputs as the address the tool's own page reads ---------------------------------------------
const value = (selector) => document.querySelector(selector)?.value.trim() ?? "";
const TOOLS = {
  deadline: () => ({ exam: value("#deadline-exam"), retake: value("#deadline-retake") }),
  credits: () => {
    const done = [...document.querySelectorAll("input[data-moment]")].filter((input) => input.value.trim())
      .map((input) => `${input.dataset.moment}:${input.value.trim()}`).join(",");
    return { done, required: value("#credits-required"), by: value("#credits-by") };
  },
};

function toolLink() {
  const tool = document.querySelector(".ladok-tool");
  const read = TOOLS[tool?.dataset.tool];
  if (!read || !tool.querySelector("form")) return location.search; // "Where is my result?" writes its own address
  const query = new URLSearchParams(Object.entries(read()).filter(([, v]) => v)).toString();
  return query ? `?${query.replace(/%3A/g, ":").replace(/%2C/g, ",")}` : "";
}

// --- a sandbox: its state, as the share link the sandbox itself makes ---------------------------------------------
// The frame's storage may be blocked (a private window blocks an embedded page's storage), so the state is not read
// from it: a sandbox that tells its work ("ladok:work") is linked from that; otherwise the sandbox's own "Copy a link
// to this state" makes the link as the reader follows this one.
let work = null; // {scenario, actor, state}, as the sandbox last told it
document.addEventListener("ladok:work", (event) => { work = event.detail; });

async function sandboxLink() {
  const widget = document.querySelector(".ladok-sandbox");
  if (work) return new URL(await makeLink(work)).hash;
  const copy = widget?.querySelector(".ladok-toolbar-end button:last-of-type");
  const made = widget?.querySelector("input.ladok-link");
  if (!copy || !made) return ""; // not opened yet: the exercise from its start
  made.value = "";
  const box = widget.querySelector(".ladok-box");
  const done = new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (!box.hasAttribute("aria-busy")) { watch.disconnect(); resolve(); }
    });
    watch.observe(box, { attributeFilter: ["aria-busy"] });
  });
  copy.click();
  await done;
  return made.value ? new URL(made.value).hash : "";
}

// --- the self-check: its answers and tasks met, as it tells them -----------------------------------------------------
let record = null;
document.addEventListener("ladok:selfcheck", (event) => {
  record = event.detail.record;
  if (link) link.setAttribute("href", target());
});

// The address to follow now: the full guide's page with what this frame holds (the page alone while it holds
// nothing).
function target() {
  if (kind === "tool") return page + toolLink();
  const some = record && (Object.keys(record.answers).length || Object.keys(record.tasks).length);
  if (kind === "selfcheck" && some) return answersLink(page, record);
  return page;
}

if (link) {
  // A tool's inputs are read as the reader follows the link, so it carries what the form holds at that moment; a
  // sandbox's link is made then (the link opens a new tab once it is made: the reader's click still counts).
  link.addEventListener("click", (event) => {
    link.setAttribute("href", target());
    if (kind !== "sandbox") return;
    event.preventDefault();
    sandboxLink().catch(() => "").then((hash) => window.open(page + hash, "_blank", "noopener"));
  });
  document.addEventListener("change", () => link.setAttribute("href", target()));
}
