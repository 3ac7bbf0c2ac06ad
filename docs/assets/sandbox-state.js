// The sandbox's one store: everything a sandbox shows, changed only by the named updates below (Redux's core idea,
// not the library). The views draw from it (sandbox-view.js); the controller (sandbox-control.js, sandbox-work.js)
// brings the engine's answers in through these same updates; nothing else writes it. An update that only changes
// the page (a tick, an opened form, another tab) is drawn at once; one that changes which rows are shown (another
// module, page, search or session) leaves the rows as they are until the engine's view for it arrives. No Ladok
// rule here: what a row is, and what may be done on it, the view says.
//
// The engine is asked for the screen shown only (the view's option `screen`): a view holds the parts of the screens
// it names (`seen.built`). Another tab asks for its part once; while the state and the page options stay as they
// are, the parts already asked for stay, so going back and forth between tabs asks nothing more.

// What the sandbox holds when it opens.
export function initialState() {
  return Object.freeze({
    work: null, // what is shown: {state, actor, log}, the engine's state, who acts, what each person was told
    version: 0, // counts the changes of work's state and actor, so that a view can be matched to what it shows
    own: null, // the reader's own work, kept aside while a shared link is visited
    seen: null, // the engine's view of what is shown: of the screens it names in `built`
    guide: null, // the guided exercise and its step, as the engine says
    shown: null, // what `seen` was asked for (rowsKey)
    screen: "report", // the screen whose tab is chosen
    options: {}, // which page of each screen, in the view's own words (target, page, query, certify_page,
    // activity, status, activity_page, registration_page)
    outcome: null, // the last outcome, shown where the reader acted: {anchor, kind, text}
    said: null, // the status line: {outcome} or {text}
    notices: [], // lasting notices above the sandbox: {key, kind, offer: [{label, intent}]}
    link: null, // the shareable link last made
    form: null, // the row form that is open: {key, action}
    confirming: null, // the list whose confirming step is open (its anchor)
    selected: [], // the rows chosen on a certify list, by reference
    edits: {}, // what the reader typed or chose and has not sent, by row (or form) and field
    points: [], // the modules whose points column the reader opened
    focus: null, // where focus goes once this is drawn: {to, n}
  });
}

// What a view shows depends on these: the state and actor (by `version`) and the options.
export const rowsKey = (s) => JSON.stringify([s.version, s.options]);
// Whether the view holds the part of this screen (a view that names none holds all: an engine that makes them all).
const holds = (seen, screen) => !seen?.built || seen.built.includes(screen);
// True while the rows on screen are not those of what the store holds now, or the screen chosen is not in the view:
// the engine must be asked.
export const needsRows = (s) => s.work !== null && (rowsKey(s) !== s.shown || !holds(s.seen, s.screen));
// The options a view is asked with: the page's, and the screen shown, the one part the engine then makes.
export const viewOptions = (s) => ({ ...s.options, screen: s.screen });

const focus = (s, to) => (to === undefined ? {} : { focus: { to, n: (s.focus?.n || 0) + 1 } });
const cleared = { form: null, confirming: null, selected: [], edits: {} };
const logged = (work, entries) => ({ ...work, log: [...(work.log || []), ...entries].slice(-100) });
const page = (s, changes, to) => ({ options: { ...s.options, ...changes }, form: null, ...focus(s, to) });
const without = (object, key) => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));

// The screen and page the guided step is about, on opening, on a change of role and on a new start.
function followed(s) {
  const step = s.guide && !s.guide.done ? s.guide.steps[s.guide.step] : null;
  if (!step) return {};
  // The step's module and session, else those shown; every other page option starts again.
  const options = Object.fromEntries(["target", "activity"].map((name) => [name, step.params[name] || s.options[name]])
    .filter(([, value]) => value));
  return { ...cleared, screen: step.screen, options };
}

// A new view of what is shown: the options as the engine chose them, the screen one the viewer has, the parts of
// other screens kept from a view of the same state and options, and only the chosen rows that still wait on a
// certify list (as far as the view holds the lists).
function viewed(s, seen, guide) {
  const options = { ...s.options, ...(seen.report ? { target: seen.report.target, page: seen.report.page } : {}) };
  const screens = seen.screens;
  const shown = rowsKey({ ...s, options });
  const all = s.seen?.built && seen.built && s.shown === shown
    ? { ...s.seen, ...seen, built: [...new Set([...s.seen.built, ...seen.built])] } : seen;
  const lists = [all.certify, all.activity].filter((list) => list !== undefined);
  const waiting = new Set(lists.flatMap((list) => list?.rows || []).filter((r) => r.awaits).map((r) => String(r.ref)));
  return { seen: all, guide: guide === undefined ? s.guide : guide, options, shown,
    screen: screens.length && !screens.includes(s.screen) ? screens[0] : s.screen,
    selected: lists.length ? s.selected.filter((ref) => waiting.has(ref)) : s.selected };
}

// Every change the store knows, by name: (state, payload) -> the fields that change.
const UPDATES = {
  // --- the engine's answers ---
  // Other work is shown (saved, from a link, another tab's, a new start): asked with no options, or, to follow the
  // guided step, drawn once the rows the step is about have come.
  opened: (s, { work, seen, guide, said = null, follow = false, to }) => {
    const next = { ...s, ...cleared, work, version: s.version + 1, options: {}, outcome: null, said,
      guide: guide ?? s.guide, ...focus(s, to) };
    const both = follow ? { ...next, ...followed(next) } : next;
    return seen ? { ...both, ...viewed(both, seen, guide) } : both;
  },
  viewed: (s, { seen, guide }) => viewed(s, seen, guide),
  // The rows could not be had: said in the status line, on a screen the view held (the one chosen, if it did).
  unviewable: (s, { text }) => ({ shown: rowsKey(s), said: { outcome: { kind: "error", text } },
    screen: holds(s.seen, s.screen) ? s.screen : s.seen.built.find((name) => s.seen.screens.includes(name)) }),
  acted: (s, { state, guide, seen, outcome, entries }) => {
    const next = { ...s, work: logged({ ...s.work, state }, entries), version: s.version + 1, guide };
    return { ...next, ...(seen ? viewed(next, seen, guide) : {}), outcome, said: { outcome }, form: null,
      confirming: null, ...focus(s, "outcome") };
  },
  told: (s, { outcome, entries = [] }) => ({ outcome, said: { outcome }, work: logged(s.work, entries),
    ...focus(s, "outcome") }),
  noted: (s, { entries }) => ({ work: logged(s.work, entries) }),
  unsaved: (s, { why }) => {
    if (!s.outcome) return {};
    const outcome = { ...s.outcome, unsaved: why };
    return { outcome, said: s.said?.outcome ? { outcome } : s.said };
  },
  linked: (s, { link, said, to }) => ({ link, said, ...focus(s, to) }),
  role: (s, { actor, text, entries }) => {
    const next = { ...s, ...cleared, work: logged({ ...s.work, actor }, entries), version: s.version + 1,
      outcome: null, said: { text } };
    return { ...next, ...followed(next), ...focus(s, "step") };
  },
  followed: (s, { to }) => ({ ...followed(s), ...focus(s, to) }),
  visiting: (s, { own }) => ({ own }),
  reverted: (s, { previous }) => previous,
  noticed: (s, { notice }) => ({ notices: [...s.notices.filter((n) => n.key !== notice.key), notice] }),
  unnoticed: (s, { key }) => ({ notices: key ? s.notices.filter((n) => n.key !== key) : [] }),
  // --- what only the page changes ---
  screen: (s, { screen, to }) => ({ screen, form: null, confirming: null, ...focus(s, to) }),
  openForm: (s, { key, action, to }) => ({ form: { key, action }, ...focus(s, to) }),
  closeForm: (s, { to }) => ({ form: null, ...focus(s, to) }),
  tick: (s, { refs, on, to }) => ({ selected: on ? [...new Set([...s.selected, ...refs])]
    : s.selected.filter((r) => !refs.includes(r)), ...focus(s, to) }),
  confirm: (s, { anchor, to }) => ({ confirming: anchor, ...focus(s, to) }),
  showPoints: (s, { target, to }) => ({ points: [...s.points, target], ...focus(s, to) }),
  // A choice that changes what else the form shows (another gradebook column brings its own module): kept as typed
  // values are, and drawn.
  chose: (s, { key, values, to }) => ({ edits: { ...s.edits, [key]: { ...s.edits[key], ...values } },
    ...focus(s, to) }),
  // --- what changes the rows shown: drawn once the engine's view of them has come ---
  module: (s, { target, to }) => page(s, { target, page: 0, query: "" }, to),
  paged: (s, { key, page: number, to }) => page(s, { [key]: number }, to),
  query: (s, { query, to }) => page(s, { query, page: 0 }, to),
  activity: (s, { activity, to }) => ({ ...page(s, { activity, activity_page: 0 }, to), selected: [],
    confirming: null }),
  status: (s, { status, to }) => ({ ...page(s, { status, activity_page: 0 }, to), confirming: null }),
  // --- what the reader types or chooses: kept, not drawn (the field already shows it) ---
  edit: (s, { key, name, value }) => ({ edits: { ...s.edits, [key]: { ...s.edits[key], [name]: value } } }),
  forget: (s, { key }) => ({ edits: without(s.edits, key) }),
};
const QUIET = new Set(["edit", "forget"]);

export function createStore(initial = initialState()) {
  let state = initial;
  const listeners = new Set();
  return {
    get state() { return state; },
    dispatch(name, payload = {}) {
      const update = UPDATES[name];
      if (!update) throw new Error(`no update named ${name}`);
      const previous = state;
      state = Object.freeze({ ...state, ...update(state, payload) });
      if (!QUIET.has(name)) for (const listener of listeners) listener(state, previous);
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
