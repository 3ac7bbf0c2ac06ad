// Saving the reader's own work, and saying so when it cannot be saved: a notice that stays while storage is full,
// and, when another tab of the same exercise saves, either taking that newer work in or, when it went past this
// tab's own, asking the reader which to keep. What was not saved is marked on the outcome by the sandbox (the
// store's `unsaved`), so "Done" never reads as "saved". This box's notices are its own: they are about the
// browser's storage, not the sandbox's state. No Ladok rule here; the sandbox decides what a saved work is worth
// drawing.
import { h } from "./ui.js";

const NOTICE = { full: "ui.storage_full", blocked: "ui.storage_blocked" };

// store: from openStore; t: the page's texts; notices: where this box's notices go.
// takeIn(saved): show another tab's saved work (or keep it aside while a link is visited); resolves to true if
// it was taken. current(): the work shown now, to save again when the reader keeps it.
export function keeper({ store, t, notices, takeIn, current }) {
  const warning = h("p", { class: "ladok-notice ladok-notice-error ladok-unsaved-notice", role: "alert" });
  const choice = h("div", { class: "ladok-notice ladok-notice-error ladok-other-tab", role: "alert" });
  let pending = null; // another tab's save that went past this tab's own work, until the reader chooses

  // Say how saving stands now: nothing when it works, a lasting notice when it does not.
  function show(status) {
    if (!NOTICE[status]) {
      warning.remove();
      return;
    }
    if (warning.textContent !== t(NOTICE[status])) warning.textContent = t(NOTICE[status]);
    if (!warning.isConnected) notices.prepend(warning);
  }

  // Answers "saved", "full", "blocked" or "waiting" (the reader has not yet chosen which work to keep: nothing is
  // written over the other tab's).
  function save(work) {
    if (pending) return "waiting";
    const result = store.write(work);
    show(result === "saved" ? "ok" : result);
    return result;
  }

  function ask(saved) {
    pending = saved;
    notices.append(choice);
    choice.replaceChildren(h("p", {}, t("ui.other_tab_past")),
      h("p", {}, h("button", { type: "button", class: "md-button", onclick: () => takeOther() }, t("ui.other_tab_take")),
        " ", h("button", { type: "button", class: "md-button", onclick: () => keepMine() }, t("ui.other_tab_keep"))));
    choice.querySelector("button").focus({ preventScroll: true });
    choice.scrollIntoView({ block: "nearest" });
  }

  function settle() {
    pending = null;
    choice.remove();
  }

  async function takeOther() {
    const saved = pending;
    store.keepAside(JSON.stringify({ ...current(), v: saved.parsed.v, scenario: saved.parsed.scenario }), "this-tab");
    settle();
    if (await takeIn(saved)) store.adopt(saved.parsed);
  }

  function keepMine() {
    store.keepAside(pending.raw, "other-tab");
    store.adopt(pending.parsed);
    settle();
    save(current());
  }

  store.watch(async (saved, past) => {
    if (past) {
      ask(saved);
    } else if (await takeIn(saved)) {
      store.adopt(saved.parsed);
    }
  });

  return { save, show, get pending() { return pending !== null; } };
}
