// The practice sandbox: the reader acts in a made-up course as any role, and the engine (Python, in a worker)
// decides. Every text comes from the engine's catalog in the page's language; nothing here knows a rule.
import { boot, h, today } from "./engine.js";

const FORMAT = 1;

export async function mount(widget, { root }) {
  const scenario = widget.dataset.scenario;
  const storeKey = `ladok-guiden:sandbox:${scenario}`;
  const opened = await boot(widget, root, "ui.sandbox_title", "ui.ready");
  if (!opened) return;
  const { lang, runtime, t, box, status, call } = opened;

  // --- the reader's work: state, who they act as, and the log ----------------------------------------------
  let state = null;
  let actor = null;
  let guide = null;
  let log = [];
  let markReady = null; // the row whose "mark as ready" form is open

  const logList = h("ol", { class: "ladok-log", role: "log", "aria-label": t("ui.log") });
  const guideBox = h("div", { class: "ladok-guide" });
  const view = h("div", { class: "ladok-view" });
  const roleSelect = h("select", { id: `${scenario}-role`, onchange: () => busy(async () => {
    actor = roleSelect.value;
    note("info", t("ui.you_act_as", { name: personLabel(person(actor)) }));
    save();
    await refresh();
  }) });
  const linkBox = h("input", { type: "text", readonly: true, class: "ladok-link", "aria-label": t("ui.link_label") });
  const linkRow = h("p", { class: "ladok-linkrow", hidden: true }, h("label", {}, t("ui.link_label"), " ", linkBox));
  const restoreButton = h("button", { type: "button", class: "md-button", hidden: true, onclick: restoreMine },
    t("ui.restore_mine"));
  const toolbar = h("div", { class: "ladok-toolbar" },
    h("label", { for: `${scenario}-role` }, t("ui.role")), roleSelect,
    h("button", { type: "button", class: "md-button", onclick: reset }, t("ui.reset")),
    h("button", { type: "button", class: "md-button", onclick: copyLink }, t("ui.copy_link")),
    restoreButton);
  box.append(toolbar, linkRow, guideBox, view, h("h4", {}, t("ui.log")), logList);

  function person(id) {
    return state.people.find((p) => p.id === id);
  }
  function personLabel(p) {
    return `${t(`role.${p.roles[0]}`)} – ${p.name}`;
  }
  function note(kind, text) {
    log.push({ kind, text });
    log = log.slice(-100);
    logList.append(logItem({ kind, text }));
  }
  function logItem(entry) {
    const prefix = entry.kind === "refusal" ? `${t("ui.refused")}: ` : "";
    return h("li", { class: `ladok-log-${entry.kind}` }, prefix + entry.text);
  }
  function save() {
    try {
      localStorage.setItem(storeKey, JSON.stringify({ v: FORMAT, scenario, actor, state, log }));
    } catch (e) {
      /* private browsing: the sandbox still works, it just forgets */
    }
  }

  async function valid(candidate) {
    if (!candidate || candidate.v !== FORMAT || candidate.scenario !== scenario || typeof candidate.actor !== "string") {
      return false;
    }
    const answer = await call({ op: "view", state: candidate.state, actor: candidate.actor, lang });
    return answer.ok === true;
  }

  async function fresh() {
    const answer = await call({ op: "scenario", scenario, lang });
    return { state: answer.state, actor: answer.guide.steps[0]?.actor || answer.state.people[0].id, log: [] };
  }

  async function load() {
    let chosen = null;
    let saved = null;
    let raw = null;
    try {
      raw = localStorage.getItem(storeKey);
    } catch (e) {
      raw = null;
    }
    if (raw !== null) {
      try {
        saved = JSON.parse(raw);
      } catch (e) {
        saved = null;
      }
      if (!(await valid(saved))) {
        try {
          localStorage.setItem(`${storeKey}:damaged`, raw);
        } catch (e) { /* nothing more to keep it in */ }
        saved = null;
        chosen = { ...(await fresh()), message: ["error", t("ui.bad_saved")] };
      } else {
        chosen = { ...saved, message: ["info", t("ui.restored")] };
      }
    }
    if (!chosen) chosen = await fresh();
    adopt(chosen);
    await fromLink();
    restoreButton.hidden = !localStorage.getItem(`${storeKey}:before-link`);
    save();
  }

  // A shared link replaces what is shown only when it is sound; the reader's own work is kept aside first.
  async function fromLink() {
    if (!location.hash.startsWith("#sandbox=")) return;
    const shared = await decodeLink(location.hash.slice("#sandbox=".length));
    history.replaceState(null, "", location.pathname + location.search);
    if (shared && shared.scenario !== scenario) {
      note("error", t("ui.link_other_exercise"));
    } else if (await valid(shared)) {
      localStorage.setItem(`${storeKey}:before-link`, JSON.stringify({ v: FORMAT, scenario, actor, state, log }));
      adopt({ ...shared, log: [], message: ["info", t("ui.link_loaded")] });
    } else {
      note("error", t("ui.bad_link"));
    }
    restoreButton.hidden = !localStorage.getItem(`${storeKey}:before-link`);
    save();
  }

  function adopt(chosen) {
    state = chosen.state;
    actor = chosen.actor;
    log = [];
    logList.replaceChildren();
    for (const entry of chosen.log || []) note(entry.kind, entry.text);
    if (chosen.message) note(...chosen.message);
  }

  async function restoreMine() {
    const backup = JSON.parse(localStorage.getItem(`${storeKey}:before-link`) || "null");
    localStorage.removeItem(`${storeKey}:before-link`);
    restoreButton.hidden = true;
    if (await valid(backup)) {
      state = backup.state;
      actor = backup.actor;
      note("info", t("ui.restored"));
      save();
      await refresh();
    }
  }

  async function reset() {
    const started = await fresh();
    state = started.state;
    actor = started.actor;
    log = [];
    logList.replaceChildren();
    markReady = null;
    note("info", t("ui.reset_done"));
    save();
    await refresh();
  }

  async function copyLink() {
    const link = `${location.origin}${location.pathname}#sandbox=${await encodeLink({ v: FORMAT, scenario, actor, state })}`;
    linkBox.value = link;
    linkRow.hidden = false;
    linkBox.select();
    try {
      await navigator.clipboard.writeText(link);
    } catch (e) {
      /* the link is selected in the box for copying by hand */
    }
    note("info", t("ui.link_copied"));
  }

  // --- acting ------------------------------------------------------------------------------------------------
  // While the engine answers and the view redraws, the sandbox says it is busy (and tests wait for it).
  async function busy(work) {
    box.setAttribute("aria-busy", "true");
    try {
      await work();
    } finally {
      box.removeAttribute("aria-busy");
    }
  }

  function perform(action, params) {
    return busy(() => act(action, params));
  }

  async function act(action, params) {
    const answer = await call({ op: "act", state, actor, action, params, today: today(), lang });
    if (answer.error) {
      note("error", answer.error.text);
      return;
    }
    state = answer.state;
    const who = t(`role.${person(actor).roles[0]}`);
    if (answer.ok) for (const event of answer.events) note("event", `${who}: ${event.text}`);
    else note("refusal", answer.refusal.text);
    markReady = null;
    save();
    await refresh();
  }

  function search(pnr) {
    return busy(() => find(pnr));
  }

  async function find(pnr) {
    const answer = await call({ op: "search", state, actor, pnr, lang });
    if (answer.error) {
      note("error", answer.error.text);
      return;
    }
    state = answer.state;
    note("event", answer.text);
    save();
    await refresh();
  }

  // --- drawing what the chosen role sees --------------------------------------------------------------------
  async function refresh() {
    const focused = document.activeElement && widget.contains(document.activeElement)
      ? document.activeElement.dataset.focus : null;
    const answer = await call({ op: "view", state, actor, lang });
    if (!answer.ok) {
      note("error", answer.error.text);
      return;
    }
    guide = answer.guide;
    roleSelect.replaceChildren(...state.people.map((p) => h("option", { value: p.id, selected: p.id === actor },
      personLabel(p))));
    drawGuide();
    const seen = answer.view;
    view.replaceChildren(...(seen.roles.includes("student") ? studentView(seen) : staffView(seen)));
    if (focused) {
      const again = widget.querySelector(`[data-focus="${CSS.escape(focused)}"]`);
      if (again) again.focus();
    }
  }

  function drawGuide() {
    if (!guide) {
      guideBox.replaceChildren();
      return;
    }
    const total = guide.steps.length;
    if (guide.done) {
      guideBox.replaceChildren(h("p", { class: "ladok-done" }, t("ui.scenario_done")));
      return;
    }
    const step = guide.steps[guide.step];
    const parts = [h("p", {}, h("strong", {}, t("ui.step_of", { n: guide.step + 1, total })), " ", step.text[lang])];
    if (step.actor !== actor) {
      const who = person(step.actor);
      parts.push(h("button", { type: "button", class: "md-button", dataset: { focus: "switch-role" },
        onclick: () => busy(async () => {
          actor = step.actor;
          note("info", t("ui.you_act_as", { name: personLabel(who) }));
          save();
          await refresh();
        }) }, t("ui.switch_role", { role: personLabel(who) })));
    }
    guideBox.replaceChildren(h("div", { class: "ladok-step", "aria-label": t("ui.guide") }, ...parts));
  }

  function targetName(course, code) {
    if (code === "COURSE") return t("target.COURSE");
    return course.modules.find((m) => m.code === code).name[lang];
  }

  function studentView(seen) {
    const rows = seen.rows.map((r) => h("tr", {},
      h("td", {}, targetName(seen.course, r.target)), h("td", {}, r.grade), h("td", {}, r.exam_date),
      h("td", {}, r.decision_date || "–"), h("td", {}, r.points || "–")));
    const hp = lang === "sv" ? String(seen.credits).replace(".", ",") : String(seen.credits);
    return [
      h("h4", {}, t("ui.your_results")),
      rows.length ? h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, t("ui.module")), h("th", {}, t("ui.grade")),
        h("th", {}, t("ui.exam_date")), h("th", {}, t("ui.decision_date")), h("th", {}, t("ui.points")))),
      h("tbody", {}, rows))
        : h("p", {}, t("ui.no_results_yet")),
      h("p", { class: "ladok-credits" }, `${t("ui.credits")}: ${hp} ${t("ui.hp")}`),
    ];
  }

  function actionsFrom(status) {
    const list = runtime.rules.transitions.filter((tr) => tr.from === status).map((tr) => tr.action);
    if (status === "certified" || status === "prepared_for_removal") list.push("save_draft");
    return [...new Set(list)];
  }

  function staffView(seen) {
    const course = seen.course;
    const parts = [h("p", { class: "ladok-course" },
      `${course.code} ${course.name[lang]}, ${t("ui.course_instance").toLowerCase()} ${course.instance}`)];
    for (const target of [...course.modules.map((m) => m.code), "COURSE"]) {
      const module = course.modules.find((m) => m.code === target);
      const scale = module ? module.scale : course.scale;
      const hp = module ? module.hp : course.hp;
      parts.push(h("h4", {}, `${targetName(course, target)} (${t("ui.module_hp", {
        hp: lang === "sv" ? String(hp).replace(".", ",") : hp, scale: t(`scale.${scale}`) })})`));
      parts.push(resultTable(seen, target));
      if (markReady && markReady.target === target) parts.push(markReadyForm(seen));
    }
    parts.push(...inspera(seen), searchForm());
    return parts;
  }

  function resultTable(seen, target) {
    const head = ["ui.student", "ui.status", "ui.grade", "ui.exam_date", "ui.points"];
    const rows = seen.rows.filter((r) => r.target === target).flatMap((row) => resultRow(seen, row));
    return h("div", { class: "ladok-table" }, h("table", {},
      h("thead", {}, h("tr", {}, ...head.map((k) => h("th", { scope: "col" }, t(k))))), h("tbody", {}, rows)));
  }

  function rowKey(row) {
    const kind = ["none", "draft", "ready"].includes(row.status) ? "working" : "standing";
    return `${row.target}|${row.student || row.code}|${kind}`;
  }

  function resultRow(seen, row) {
    const key = rowKey(row);
    const who = row.name ? `${row.name} (${row.student})` : `${row.code} ${t("ui.hidden")}`;
    const label = (k) => `${t(k)}, ${row.name || row.code}, ${targetName(seen.course, row.target)}`;
    const grade = h("select", { "aria-label": label("ui.grade"), dataset: { focus: `${key}|grade` } },
      h("option", { value: "" }, t("ui.no_grade")),
      ...row.grades.map((g) => h("option", { value: g, selected: g === row.grade }, g)));
    const date = h("input", { type: "text", inputmode: "numeric", size: 10, value: row.exam_date,
      placeholder: t("ui.date_hint"), "aria-label": label("ui.exam_date"), dataset: { focus: `${key}|date` } });
    const points = h("input", { type: "text", size: 5, value: row.points, "aria-label": label("ui.points"),
      dataset: { focus: `${key}|points` } });
    const visible = h("input", { type: "checkbox", checked: row.points_visible, "aria-label": label("ui.points_visible"),
      dataset: { focus: `${key}|visible` } });
    const comment = h("input", { type: "text", size: 24, maxlength: 500, value: row.comment || "",
      "aria-label": label("ui.comment"), dataset: { focus: `${key}|comment` } });
    const subject = row.student ? { student: row.student, target: row.target } : { result: row.ref, target: row.target };
    const paramsFor = (action) => {
      if (action === "comment" || action === "unmark_ready") return { ...subject, comment: comment.value.trim() };
      if (action === "save_draft") {
        return { ...subject, grade: grade.value, exam_date: date.value.trim(), points: points.value.trim(),
          points_visible: visible.checked };
      }
      if (action === "certify") {
        const changes = {};
        if (grade.value && grade.value !== row.grade) changes.grade = grade.value;
        if (date.value.trim() && date.value.trim() !== row.exam_date) changes.exam_date = date.value.trim();
        return { ...subject, ...changes };
      }
      return subject;
    };
    // The buttons this role may use stand out; the others still answer, with Ladok's reason for saying no.
    const button = (action) => h("button", { type: "button",
      class: `md-button ladok-action${row.actions.includes(action) ? " md-button--primary" : ""}`,
      dataset: { focus: `${key}|${action}`, action },
      onclick: () => {
        if (action === "mark_ready") {
          markReady = { ...subject, target: row.target, name: row.name || row.code, key };
          refresh().then(() => widget.querySelector(".ladok-markready select")?.focus());
        } else {
          perform(action, paramsFor(action));
        }
      } }, t(action === "mark_ready" ? "ui.mark_ready" : `action.${action}`));
    const primary = actionsFrom(row.status);
    const others = runtime.rules.actions.filter((a) => !primary.includes(a) && !a.endsWith("activity")
      && a !== "transfer_from_inspera");
    const more = h("details", { class: "ladok-more" }, h("summary", { dataset: { focus: `${key}|more` } },
      t("ui.more_functions")), ...others.map(button));
    return [
      h("tr", { class: "ladok-row" }, h("td", {}, who), h("td", {}, t(`state.${row.status}`)), h("td", {}, grade),
        h("td", {}, date), h("td", {}, points, " ", h("label", { class: "ladok-visible" }, visible, t("ui.visible_short")))),
      h("tr", { class: "ladok-row-actions" }, h("td", { colspan: 5, class: "ladok-buttons" },
        ["draft", "ready"].includes(row.status) ? h("label", { class: "ladok-comment" }, t("ui.comment"), " ", comment)
          : null, ...primary.map(button), more)),
    ];
  }

  function markReadyForm(seen) {
    const staff = state.people.filter((p) => !p.roles.includes("student"));
    const options = (chosen) => staff.map((p) => h("option", { value: p.id, selected: p.id === chosen }, personLabel(p)));
    const me = person(actor);
    const grader = me.roles.some((r) => r === "teacher" || r === "examiner") ? me.id
      : staff.find((p) => p.roles.includes("teacher")).id;
    const gradedBy = h("select", { id: `${scenario}-graded-by` }, options(grader));
    const notify = h("select", { id: `${scenario}-notify` }, options(seen.course.examiners[0]));
    const subject = markReady.student ? { student: markReady.student, target: markReady.target }
      : { result: markReady.result, target: markReady.target };
    return h("fieldset", { class: "ladok-markready" },
      h("legend", {}, `${t("action.mark_ready")}: ${markReady.name}, ${targetName(seen.course, markReady.target)}`),
      h("label", { for: gradedBy.id }, t("ui.graded_by")), gradedBy,
      h("label", { for: notify.id }, t("ui.notify")), notify,
      h("button", { type: "button", class: "md-button md-button--primary", dataset: { focus: `${markReady.key}|confirm` },
        onclick: () => perform("mark_ready", { ...subject, graded_by: gradedBy.value, notify: notify.value }) },
      t("action.mark_ready")),
      h("button", { type: "button", class: "md-button", onclick: () => {
        markReady = null;
        refresh();
      } }, t("ui.cancel")));
  }

  function inspera(seen) {
    const me = person(actor);
    if (!seen.activities.length && !me.roles.includes("study_admin")) return [];
    const parts = [h("h4", {}, t("ui.activities"))];
    const module = h("select", { "aria-label": t("ui.module") },
      ...seen.course.modules.map((m) => h("option", { value: m.code }, m.name[lang])));
    const date = h("input", { type: "text", size: 10, placeholder: t("ui.date_hint"), "aria-label": t("ui.date") });
    parts.push(h("p", { class: "ladok-inline" }, module, date, h("button", { type: "button", class: "md-button",
      onclick: () => perform("setup_activity", { target: module.value, date: date.value.trim() }) },
    t("action.setup_activity"))));
    for (const activity of seen.activities) {
      const selects = activity.codes.map((c) => h("select", { "aria-label": `${t("ui.grade")}, ${c.code}`,
        dataset: { code: c.code, focus: `${activity.id}|${c.code}` } }, h("option", { value: "" }, t("ui.no_grade")),
      ...runtime.rules.scales[seen.course.modules.find((m) => m.code === activity.target).scale]
        .map((g) => h("option", { value: g }, g))));
      const rows = activity.codes.map((c, i) => h("tr", {}, h("td", {}, c.code), h("td", {}, c.name || t("ui.hidden")),
        h("td", {}, selects[i])));
      parts.push(h("p", {}, `${t("ui.activity")} ${activity.id}: ${targetName(seen.course, activity.target)}, ${activity.date}`));
      parts.push(h("div", { class: "ladok-table" }, h("table", {}, h("thead", {}, h("tr", {},
        h("th", { scope: "col" }, t("ui.code")), h("th", { scope: "col" }, t("ui.name")),
        h("th", { scope: "col" }, t("ui.grades_in_inspera")))), h("tbody", {}, rows))));
      parts.push(h("p", {}, h("button", { type: "button", class: "md-button", dataset: { focus: `${activity.id}|transfer` },
        onclick: () => {
          const grades = {};
          for (const s of selects) if (s.value) grades[s.dataset.code] = s.value;
          perform("transfer_from_inspera", { activity: activity.id, grades });
        } }, t("action.transfer_from_inspera"))));
    }
    return parts;
  }

  function searchForm() {
    const input = h("input", { type: "text", size: 16, id: `${scenario}-pnr`, dataset: { focus: "search-input" } });
    const form = h("form", { class: "ladok-inline", onsubmit: (event) => {
      event.preventDefault();
      search(input.value.trim());
    } }, h("label", { for: input.id }, t("ui.search_student")), input,
    h("button", { type: "submit", class: "md-button", dataset: { focus: "search-button" } }, t("ui.search")));
    return form;
  }

  await load();
  performance.mark("ladok:state-loaded");
  await refresh();
  performance.mark("ladok:interactive");
  window.addEventListener("hashchange", async () => {
    if (!location.hash.startsWith("#sandbox=")) return;
    await fromLink();
    await refresh();
  });
  status.textContent = t("ui.ready");
}

// --- the shareable link: the whole state, compressed, in the URL's fragment (never sent to a server) ---------
async function encodeLink(payload) {
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  const packed = await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream("deflate-raw")))
    .arrayBuffer();
  let text = "";
  for (const byte of new Uint8Array(packed)) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function decodeLink(encoded) {
  try {
    const text = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return JSON.parse(await new Response(stream).text());
  } catch (e) {
    return null;
  }
}
