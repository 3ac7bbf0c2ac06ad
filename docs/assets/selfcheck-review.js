// Questions that come back on a later visit: retrieval spaced over days beats the same practice in one sitting.
// A question answered wrongly comes back the next day the reader opens the page (or later); one answered rightly
// comes back after 7, then 21, then 60 days, a few at a time. Days are the reader's own (the browser's clock); all of
// it stays in the browser.
export const WRONG_AFTER = 1;
export const RIGHT_AFTER = [7, 21, 60];
export const RIGHT_PER_VISIT = 3;

export function addDays(day, n) {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

// When an answered question comes back: `entry.n` is how many times in a row it was answered rightly (0: wrongly).
export function dueOn(entry) {
  const days = entry.n === 0 ? WRONG_AFTER : RIGHT_AFTER[Math.min(entry.n, RIGHT_AFTER.length) - 1];
  return addDays(entry.d, days);
}

// On opening the page: which questions come back now (those still waiting from an earlier visit, every wrong one
// that is due, and the few right ones due longest), and when the next ones will.
export function comeBack(answers, today) {
  const waiting = [];
  const wrong = [];
  const right = [];
  for (const [key, entry] of answers) {
    if (entry.c === null) waiting.push(key);
    else if (dueOn(entry) <= today) (entry.n === 0 ? wrong : right).push(key);
  }
  const byDue = (a, b) => dueOn(answers.get(a)).localeCompare(dueOn(answers.get(b))) || a.localeCompare(b);
  wrong.sort(byDue);
  right.sort(byDue);
  return [...waiting, ...wrong, ...right.slice(0, RIGHT_PER_VISIT)];
}

// The next day questions come back, and how many then (at most the few right ones a visit brings).
export function nextBack(answers, today) {
  const later = [...answers.values()].filter((e) => e.c !== null).map((e) => ({ due: dueOn(e), wrong: e.n === 0 }))
    .filter((e) => e.due > today);
  if (!later.length) return null;
  const day = later.map((e) => e.due).sort()[0];
  const due = later.filter((e) => e.due <= day);
  const count = due.filter((e) => e.wrong).length + Math.min(RIGHT_PER_VISIT, due.filter((e) => !e.wrong).length);
  return { day, count };
}

// The answer to keep: the day it was given, and the run of right answers it continues or breaks. A question missed
// today and then retried still comes back on the next visit.
export function answered(previous, choice, right, today) {
  const missedToday = Boolean(previous) && previous.d === today && previous.n === 0;
  return { c: choice, d: today, n: right && !missedToday ? (previous ? previous.n : 0) + 1 : 0 };
}
