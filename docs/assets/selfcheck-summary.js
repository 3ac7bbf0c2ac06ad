// The self-check's dated summary, shown on the page for printing or saved as a text file; nothing is sent anywhere.
// Only what the page can show is listed: an answer it cannot match to a choice is left out, never thrown over.
import { h } from "./ui.js";

export function summaryLines({ t, day, tally, questions, given }) {
  const lines = [t("summary_title", { date: day }), ""];
  for (const row of tally()) lines.push(`${row.topic}: ${t("score_line", row)}`);
  lines.push("");
  for (const q of questions) {
    const choice = given(q);
    const label = choice === null ? null : q.querySelectorAll(".ladok-sc-choice")[choice];
    if (!label) continue;
    lines.push(`${q.dataset.state === "right" ? "✔" : "✖"} ${q.querySelector("legend").textContent.trim()}`,
      `   ${label.textContent.trim()}`);
  }
  return lines;
}

export function fill(summary, lines) {
  summary.replaceChildren(h("h3", {}, lines[0]), h("pre", {}, lines.slice(2).join("\n")));
  summary.hidden = false;
  return lines;
}

export function saveFile(name, lines) {
  const blob = new Blob([`${lines.join("\n")}\n`], { type: "text/plain;charset=utf-8" });
  const link = h("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
