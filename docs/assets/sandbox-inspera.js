// Inspera's own screen, for whoever holds Inspera's planner role: each test (linked to an activity session in
// Ladok) with the grades and points given in Inspera, and Inspera's button "Transfer all grades". The grades stay
// filled in: what Inspera holds (what was transferred last, from the view's `inspera.tests[].grades`), else what
// the guided step says was given. Points come over as a results annotation, visible to the student only if the
// department has set it so (`settings.inspera_points_visible`, hidden when not set).
import { cells, table } from "./sandbox-parts.js";
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

function testPart(ctx, test, visible) {
  const { t, seen, ui } = ctx;
  const kept = ui.inspera[test.activity] || (ui.inspera[test.activity] = {});
  const fromStep = givenByStep(ctx, test);
  const labels = [t("ui.code"), t("ui.grades_in_inspera"), t("ui.inspera_points")];
  const inputs = test.grades.map((given) => {
    const stepped = fromStep[given.code];
    const fallback = typeof stepped === "object" && stepped ? stepped : { grade: stepped || "", points: "" };
    const now = kept[given.code] || { grade: given.grade || fallback.grade, points: given.points || fallback.points };
    const keep = () => { kept[given.code] = { grade: grade.value, points: points.value.trim() }; };
    const grade = h("select", { "aria-label": `${t("ui.grades_in_inspera")}, ${given.code}`,
      dataset: { code: given.code, focus: `${test.activity}|${given.code}` }, onchange: keep },
    h("option", { value: "" }, t("ui.no_grade")),
    ...seen.inspera.grades.map((g) => h("option", { value: g, selected: g === now.grade }, g)));
    const points = h("input", { type: "text", size: 5, value: now.points, oninput: keep,
      "aria-label": `${t("ui.inspera_points")}, ${given.code}`, dataset: { points: given.code } });
    return { code: given.code, grade, points };
  });
  const body = inputs.map((row) => h("tr", {}, ...cells(labels, [row.code, row.grade, row.points])));
  const anchor = `inspera:${test.activity}`;
  const transfer = () => {
    const grades = {};
    for (const row of inputs) {
      if (!row.grade.value) continue;
      const points = row.points.value.trim();
      grades[row.code] = points ? { grade: row.grade.value, points } : row.grade.value;
    }
    delete ui.inspera[test.activity]; // from now on, what Inspera holds is what was transferred
    ctx.act(transferAction(seen), { activity: test.activity, grades, points_visible: visible }, anchor);
  };
  return [
    h("h5", {}, t("ui.inspera_test", { activity: test.activity, target: ctx.targetName(test.target), date: test.date })),
    table(labels, body),
    h("p", {}, h("button", { type: "button", class: "md-button md-button--primary",
      dataset: { focus: `${test.activity}|transfer` }, onclick: transfer }, t(`action.${transferAction(seen)}`))),
    ctx.outcomeFor(anchor),
  ];
}
