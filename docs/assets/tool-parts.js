// What the tools share: the answer box (an answer, or a refusal that says what is wrong), labelled fields, dates
// with their weekday and credits in the page's language, and the page's address read for a linked answer. Every
// text comes from the page's catalog; every limit and rule from the engine. No Ladok rule here.
import { focusOn, h } from "./ui.js";

// opened: from ui.boot; tool: the widget's tool name (ids are made from it).
export function toolParts({ lang, t, box, call }, tool) {
  const id = (name) => `${tool}-${name}`;
  const out = h("div", { class: "ladok-result", id: id("result"), "aria-live": "polite" });
  const address = new URLSearchParams(location.search);
  const quote = (text) => (lang === "sv" ? `”${text}”` : `“${text}”`);

  // The answer replaces the last one and takes focus, so it is read out and in view: from its first line down,
  // just under the site's header, when it does not fit where it is (on a phone, for one).
  function show(...lines) {
    out.replaceChildren(...lines);
    focusOn(out.firstElementChild);
    const header = document.querySelector(".md-header");
    const top = out.getBoundingClientRect().top - (header ? header.getBoundingClientRect().bottom : 0) - 8;
    if (top < 0 || out.getBoundingClientRect().bottom > innerHeight) window.scrollBy({ top, behavior: "instant" });
  }

  function say(text) {
    show(h("p", { class: "ladok-error ladok-outcome ladok-outcome-refused", role: "alert" },
      h("span", { class: "ladok-mark", "aria-hidden": "true" }, "✖"), " ",
      h("strong", {}, `${t("ui.refused")}:`), " ", text));
  }

  return {
    id, out, address, show, say,
    // The engine's answer to a request; while one waits for the engine to start, the last answer goes.
    ask: (request) => call(request, () => out.replaceChildren()),
    // The engine's refusal (or error) as the answer.
    problem: (answer) => say((answer.refusal || answer.error).text),
    missing: (label) => say(t("tool.field_missing", { field: quote(label) })),
    // A key of the address given more than once: named, and nothing is counted from the address.
    repeated: (...keys) => keys.find((key) => address.getAll(key).length > 1),
    // A date the engine wrote (YYYY-MM-DD) with its weekday (the catalog counts from Monday); anything else as it is.
    day: (iso) => {
      const weekday = new Date(`${iso}T12:00:00Z`).getUTCDay();
      return Number.isNaN(weekday) ? iso : `${t(`weekday.${(weekday + 6) % 7}`)} ${iso}`;
    },
    hp: (n) => (lang === "sv" ? String(n).replace(".", ",") : String(n)),
    field: (name, label, attrs = {}) => {
      const input = h("input", { type: "text", id: id(name), size: 12, ...attrs });
      return [input, h("p", { class: "ladok-field" }, h("label", { for: input.id }, label), " ", input)];
    },
    // Above the start-up line while the engine starts behind a first answer (ui.boot), so that when the line goes
    // nothing above it moves: the form and its answer stay where the reader has them.
    place: (...parts) => {
      const starting = box.querySelector(":scope > .ladok-progress");
      if (starting) starting.before(...parts, out);
      else box.append(...parts, out);
    },
  };
}
