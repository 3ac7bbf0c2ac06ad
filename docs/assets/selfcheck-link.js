// Answers carried by a link: the self-check's embed page sits in a learning platform's frame, where the browser keeps
// its storage apart from the guide opened directly, so its "Open in the full guide" link carries the reader's answers
// and tasks met, compacted, in the address's fragment (never sent to a server). The full guide's page reads them as it
// reads saved answers and adds them to its own (selfcheck-store.js merge). No Ladok rule here.
import { decode, encode } from "./selfcheck-compact.js";
import { merge, readSaved } from "./selfcheck-store.js";

export const PREFIX = "#answers=";

// The answers in this page's address, as the JSON text of a saved record ("" when they cannot be read), or null when
// the address carries none. The fragment is taken out of the address first, so that a reload does not add them again.
export function takeAnswers(keys) {
  if (!location.hash.startsWith(PREFIX)) return null;
  let text = location.hash.slice(PREFIX.length);
  history.replaceState(history.state, "", location.pathname + location.search);
  try {
    text = decodeURIComponent(text);
  } catch (e) {
    return "";
  }
  return decode(text, keys) ?? "";
}

// Add the answers this page's address carries to `saved` (as readSaved gave it), read as saved answers are against
// what the page knows (`known`: readSaved's); answers the note for the reader, "linked" or "bad_link", or null when
// the address carries none.
export function addLinked(saved, known) {
  const linked = takeAnswers([...known.choices.keys(), ...known.tasks]);
  if (linked === null) return null;
  const read = linked ? readSaved(linked, known) : null;
  if (!read || read.notes.length) return "bad_link";
  merge(saved, read);
  return "linked";
}

// The link to `page` (an address) that carries the record as selfcheck-store.js writes it.
export function answersLink(page, record) {
  return `${page.split("#")[0]}${PREFIX}${encode(record)}`;
}
