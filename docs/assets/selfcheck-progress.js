// How far the reader has come, told to whatever holds the self-check: after every change the self-check's element
// gets a "ladok:selfcheck" event with the questions shown (answered, right), the tasks of the chosen role (met) and
// the record as it is saved. The SCORM package reports it to the learning platform; the embed page's link carries the
// record. A question that came back and waits counts as it was last answered, so a review never lowers the score.
// No Ladok rule here: the marked answers are the page's.
export function progress({ questions, answers, marked, tasks, met, role }) {
  let answered = 0;
  let right = 0;
  for (const q of questions) {
    const entry = answers.get(q.dataset.key);
    if (!entry) continue;
    answered += 1;
    if (entry.c === null ? entry.n > 0 : entry.c === marked.get(q.dataset.key)) right += 1;
  }
  const mine = tasks.filter((task) => role === "all" || task.dataset.role === role);
  return {
    questions: { total: questions.length, answered, right },
    tasks: { total: mine.length, met: mine.filter((task) => met.has(task.dataset.task)).length },
  };
}

export function tell(root, detail) {
  root.dispatchEvent(new CustomEvent("ladok:selfcheck", { bubbles: true, detail }));
}

// The score per topic of the questions shown: {topic, total, n (answered), right}, in the page's order of topics.
export function byTopic(questions, topics, given, marked) {
  const rows = {};
  for (const q of questions) {
    const row = rows[q.dataset.topic] || (rows[q.dataset.topic] = { total: 0, n: 0, right: 0 });
    row.total += 1;
    if (given(q) !== null) row.n += 1;
    if (given(q) === marked.get(q.dataset.key)) row.right += 1;
  }
  return Object.keys(topics).filter((k) => rows[k]).map((k) => ({ topic: topics[k], ...rows[k] }));
}
