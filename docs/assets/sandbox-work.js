// The reader's work around the sandbox: opening the saved own work (or a new start), a shared link opened as a
// visit beside it and the way back, another tab's work, starting over, copying a link, and work kept aside from a
// newer version of the guide offered back once this page can read it. A state is used only when the engine reads
// it and the sandbox can draw it; what is kept is the state as the engine read it (an earlier format, upgraded).
// Saved work of a newer format is never written over on opening: it stays the saved work, and a copy is kept
// aside, until the reader acts here. No Ladok rule here.
//
// Each function takes `env`: {store, control, call, t, lang, runtime, widget, scenario, task, storeName, saved,
// saver} (sandbox-state.js's store, sandbox-control.js's intents, the engine, the page's texts, runtime.json, the
// sandbox's element, the exercise, a self-check task, the key of its saved work, the saved work itself
// (sandbox-store.js) and its keeper (sandbox-save.js)).
import { hasLink, makeLink, takeLink } from "./sandbox-link.js";
import { FORMAT, newer, wellFormed } from "./sandbox-store.js";

const LINK_PROBLEMS = { too_large: "ui.link_too_large", damaged: "ui.bad_link", newer: "ui.link_newer",
  other_exercise: "ui.link_other_exercise" };
const LINK_REFUSALS = { newer_state_version: "ui.link_newer", malformed_request: "ui.link_too_large" };
const KEPT = "ui.kept_newer"; // the notice that offers work kept aside from a newer version

const candidateOf = (saved) => ({ state: saved.state, actor: saved.actor, log: saved.log || [] });
const notice = ({ store }, key, kind, offer = []) => store.dispatch("noticed", { notice: { key, kind, offer } });
const note = (text, actor) => [{ kind: "info", text, actor }];

// A new exercise's own random value, from which the engine draws its anonymisation codes, so that they differ from
// one exercise to the next as in Ladok (the engine takes 1–64 letters or digits). The engine keeps it in the state,
// so the saved work and a shared link carry it.
const newSeed = () => [...crypto.getRandomValues(new Uint32Array(4))].map((n) => n.toString(16).padStart(8, "0"))
  .join("");

// A new start: the exercise (or task) with its own seed, and who registers as the page's department says
// (`data-registration-by`, from mkdocs.yml), so that its refusals name them as the page does. The request carries
// nothing the reader made (engine.js, `pristine`).
async function fresh({ call, task, scenario, lang, widget }) {
  const seed = newSeed();
  const local = { seed, lang, registration_by: widget.dataset.registrationBy || undefined }; // unset: not sent
  const answer = await call(task ? { op: "task", task, ...local } : { op: "scenario", scenario, ...local },
    { pristine: true });
  const actor = answer.actor || answer.guide?.steps[0]?.actor || answer.state.people[0].id;
  return { work: { state: answer.state, actor, log: [] }, guide: answer.guide || null };
}

// Show the candidate if the engine reads it and it can be drawn; otherwise nothing changes. Resolves to {ok, key}.
async function usable({ store, call, lang }, candidate, shown = {}) {
  const answer = await call({ op: "view", state: candidate.state, actor: candidate.actor, lang, options: {} });
  if (!answer.ok) return { ok: false, key: answer.error.key };
  const previous = store.state;
  try {
    store.dispatch("opened", { work: { ...candidate, state: answer.state }, seen: answer.view, guide: answer.guide,
      ...shown });
    return { ok: true };
  } catch (error) {
    console.warn(error);
    store.dispatch("reverted", { previous });
    return { ok: false, key: "undrawable" };
  }
}

// The saved own work, or a new start. Resolves to {saved} (the saved work is shown) or {kept} (saved work of a
// newer format stays the saved work until the reader acts here).
async function loadOwn(env) {
  const { saved, storeName } = env;
  const found = saved.read();
  let kept = false;
  if (found && wellFormed(found.parsed, storeName)) {
    const checked = await usable(env, candidateOf(found.parsed));
    saved.adopt(found.parsed);
    if (checked.ok) return { saved: true };
    kept = checked.key === "newer_state_version";
  } else {
    kept = Boolean(found) && newer(found.parsed);
  }
  if (found) {
    saved.keepAside(found.raw, kept ? "newer" : "damaged");
    notice(env, kept ? "ui.newer_saved" : "ui.bad_saved", "error");
  }
  env.store.dispatch("opened", await fresh(env));
  return { kept };
}

async function openLink(env) {
  const { store, t, scenario, runtime } = env;
  const taken = await takeLink(runtime.rules.limits.request_chars);
  const problem = taken.problem || (taken.payload?.scenario !== scenario ? "other_exercise" : null);
  if (problem) return notice(env, LINK_PROBLEMS[problem], "error");
  const { state, actor } = taken.payload;
  const { work: shown, own } = store.state;
  const checked = typeof actor === "string" ? await usable(env, { state, actor, log: [] })
    : { ok: false, key: "malformed_state" };
  if (!checked.ok) return notice(env, LINK_REFUSALS[checked.key] || "ui.link_refused", "error");
  store.dispatch("visiting", { own: own || shown });
  store.dispatch("unnoticed", {});
  notice(env, "ui.link_loaded", "info", [{ label: "ui.back_to_mine", intent: "backToMine" }]);
  return store.dispatch("noted", { entries: note(t("ui.link_loaded"), actor) });
}

const backToMine = (env) => env.control.busy(async () => {
  const { store, t, saver, saved } = env;
  const { own } = store.state;
  store.dispatch("visiting", { own: null });
  store.dispatch("unnoticed", {});
  saver.show(saved.status);
  const text = t("ui.restored");
  store.dispatch("opened", { work: { ...own, log: [...own.log, ...note(text, own.actor)] }, said: { text },
    to: "view" });
  await env.control.rows();
});

const reset = (env) => env.control.busy(async () => {
  const { work: started, guide } = await fresh(env);
  const text = env.t("ui.reset_done");
  env.store.dispatch("opened", { work: { ...started, log: note(text, started.actor) }, guide, follow: true,
    said: { text }, to: "view" });
  await env.control.rows();
  env.control.save();
  await env.control.checkGoal(); // a self-check task's Check answer no longer holds after a new start
});

const copyLink = (env) => env.control.busy(async () => {
  const { work: shown } = env.store.state;
  const link = await makeLink({ scenario: env.scenario, actor: shown.actor, state: shown.state });
  env.store.dispatch("linked", { link, said: { text: env.t("ui.link_copied") }, to: "link" });
  try {
    await navigator.clipboard.writeText(link);
  } catch (e) { /* the link is selected in the box for copying by hand */ }
});

// Another tab saved this exercise: show its work (or keep it as own work while a link is visited).
async function takeIn(env, found) {
  if (!wellFormed(found.parsed, env.storeName)) return false;
  if (env.store.state.own) {
    env.store.dispatch("visiting", { own: candidateOf(found.parsed) });
    return true;
  }
  return env.control.busy(async () => (await usable(env, candidateOf(found.parsed),
    { said: { text: env.t("ui.other_tab_taken") } })).ok);
}

// Work kept aside from a newer version, which this page's engine reads: offered back, never taken unasked.
async function offerKept(env) {
  const { store, saved, storeName, call, lang } = env;
  const kept = saved.read("newer");
  if (store.state.own || !kept || !wellFormed(kept.parsed, storeName)) return;
  const answer = await call({ op: "view", state: kept.parsed.state, actor: kept.parsed.actor, lang, options: {} });
  if (answer.ok) notice(env, KEPT, "info", [{ label: "ui.kept_newer_open", intent: "openKept" },
    { label: "ui.kept_newer_later", intent: "dismissKept" }]);
}

// Open the kept work: it becomes the saved own work, and the work it replaces is kept aside in its turn.
const openKept = (env) => env.control.busy(async () => {
  const { store, saved, storeName, t } = env;
  const kept = saved.read("newer");
  const mine = store.state.work;
  store.dispatch("unnoticed", { key: KEPT });
  if (!kept || !wellFormed(kept.parsed, storeName)) return;
  const checked = await usable(env, candidateOf(kept.parsed), { said: { text: t("ui.kept_newer_opened") },
    to: "view" });
  if (!checked.ok) return;
  saved.keepAside(JSON.stringify({ v: FORMAT, scenario: storeName, actor: mine.actor, state: mine.state,
    log: mine.log }), "before-newer");
  saved.adopt(kept.parsed);
  env.control.save();
  saved.removeAside("newer");
});

const dismissKept = ({ store }) => store.dispatch("unnoticed", { key: KEPT });

// Opening: the saved own work or a new start, then a shared link as a visit, then the guided step's screen. The
// first view of a new start that no link replaced carries nothing the reader made (engine.js, `pristine`).
const start = (env) => env.control.busy(async () => {
  const { store, control } = env;
  const loaded = await loadOwn(env);
  env.saver.show(env.saved.status);
  const linked = hasLink();
  if (linked) await openLink(env);
  store.dispatch("followed", { to: "view" });
  await control.rows({ pristine: !loaded.saved && !linked });
  if (!store.state.own && !loaded.saved && !loaded.kept) control.save();
  await offerKept(env);
  await control.checkGoal();
});

// A link opened while the page is open.
const linkOpened = (env) => env.control.busy(async () => {
  await openLink(env);
  env.store.dispatch("followed", { to: "view" });
  await env.control.rows();
});

// The reader's intents about their work, each bound to `env`.
export function work(env) {
  const intents = { start, linkOpened, takeIn, backToMine, reset, copyLink, openKept, dismissKept };
  return Object.fromEntries(Object.entries(intents).map(([name, intent]) => [name,
    (...args) => intent(env, ...args)]));
}
