// Inspera's own screen, for whoever holds Inspera's planner role: each test (linked to an activity session in
// Ladok) with the grades and points given in Inspera, and Inspera's button "Transfer all grades". The grades stay
// filled in: what Inspera holds (what was transferred last, from the view's `inspera.tests[].grades`), else what
// the guided step says was given. Points come over as a results annotation, visible to the student only if the
// department has set it so (`settings.inspera_points_visible`, hidden when not set).
import { cells, limits, table } from "./sandbox-parts.js";
import { h } from "./ui.js";

// Inspera's button: the action the view declares as Inspera's own.
const transferAction = (seen) => Object.keys(seen.forms).find((a) => seen.forms[a].system === "inspera");

export function insperaScreen(ctx) {
  const { t, seen, runtime } = ctx;
  const parts = [h("h4", { class: "ladok-module" }, t("ui.inspera_title"))];
  if (!seen.inspera) {
    parts.push(h("p", {}, t("ui.no_inspera")));
    return parts;
  }
  const visible = runtime.settings.inspera_points_visible === true;
  parts.push(h("p", { class: "ladok-hint" }, t("ui.inspera_grades_kept"), " ",
    t(visible ? "ui.points_shown" : "ui.points_hidden")));
  for (const test of seen.inspera.tests) parts.push(...testPart(ctx, test, visible));
  return parts;
}

// What the guided step says was given in Inspera for this test, by code: a grade, or {grade, points}.
function givenByStep(ctx, test) {
  const step = ctx.step();
  return step && step.params.activity === test.activity && step.params.grades ? step.params.grades : {};
}

// A test's grades and points as Inspera holds them now: what the reader changed here (kept in the store until it is
// transferred), else what was transferred last, else what the guided step says was given.
function heldIn(ctx, test, typed) {
  const fromStep = givenByStep(ctx, test);
  return test.grades.map((given) => {
    const stepped = fromStep[given.code];
    const fallback = typeof stepped === "object" && stepped ? stepped : { grade: stepped || "", points: "" };
    return { code: given.code, ...{ grade: given.grade || fallback.grade, points: given.points || fallback.points },
      ...typed[given.code] };
  });
}

function testPart(ctx, test, visible) {
  const { t, seen } = ctx;
  const key = `inspera:${test.activity}`;
  const labels = [t("ui.code"), t("ui.grades_in_inspera"), t("ui.inspera_points")];
  const keep = (code, name) => (event) => ctx.edit(key, code, { ...ctx.typed(key)[code],
    [name]: event.currentTarget.value });
  const body = heldIn(ctx, test, ctx.ui.edits[key] || {}).map((now) => h("tr", {}, ...cells(labels, [now.code,
    h("select", { "aria-label": `${t("ui.grades_in_inspera")}, ${now.code}`, onchange: keep(now.code, "grade"),
      dataset: { code: now.code, focus: `${test.activity}|${now.code}` } },
    h("option", { value: "" }, t("ui.no_grade")),
    ...seen.inspera.grades.map((g) => h("option", { value: g, selected: g === now.grade }, g))),
    h("input", { type: "text", size: 5, maxlength: limits(ctx).points_chars, value: now.points,
      oninput: keep(now.code, "points"),
      "aria-label": `${t("ui.inspera_points")}, ${now.code}`, dataset: { points: now.code } })])));
  const anchor = `inspera:${test.activity}`;
  const transfer = () => {
    const grades = {};
    for (const now of heldIn(ctx, test, ctx.typed(key))) {
      if (!now.grade) continue;
      const points = String(now.points || "").trim();
      grades[now.code] = points ? { grade: now.grade, points } : now.grade;
    }
    ctx.forget(key); // from now on, what Inspera holds is what was transferred
    ctx.act(transferAction(seen), { activity: test.activity, grades, points_visible: visible }, anchor);
  };
  return [
    h("h5", {}, t("ui.inspera_test", { activity: test.activity, target: ctx.targetName(test.target),
      date: test.date })),
    table(labels, body),
    h("p", {}, h("button", { type: "button", class: "md-button md-button--primary",
      dataset: { focus: `${test.activity}|transfer` }, onclick: transfer }, t(`action.${transferAction(seen)}`))),
    ctx.outcomeFor(anchor),
  ];
}
