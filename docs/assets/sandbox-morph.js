// Drawing a view again without throwing the page away: the views build what the sandbox should look like now (with
// `h`), and `morph` makes the elements already on the page look like that, keeping every element that is still
// there. Only what changed is touched, so after an action the browser lays out and paints the row that changed, not
// the whole sandbox (at CPU x4 a whole new sandbox cost about 50 ms of layout and DOM work per action), and focus,
// the caret and an opened "More functions" stay where the reader left them. Handlers come along (`listen` keeps
// them on the element), so a handler must read the element it was called on (`event.currentTarget`) or the store,
// never an element it closed over when it was built. No Ladok rule here.
import { listen } from "./ui.js";

// Attributes the reader's own doing may have set on the page's element, kept when the new drawing does not say:
// an opened <details>, and the tab stop `focusOn` gives a heading or a message it focuses.
const KEPT = new Set(["open", "tabindex"]);
const FIELDS = new Set(["INPUT", "SELECT", "TEXTAREA"]); // what the reader types or chooses: its value is copied

// Make `parent`'s children look like `wanted` (elements, strings, or nothing), keeping those of the same kind.
export function morphChildren(parent, wanted) {
  const nodes = wanted.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false)
    .map((c) => (c instanceof Node ? c : document.createTextNode(String(c))));
  let old = parent.firstChild;
  for (const drawn of nodes) {
    const node = drawn.ladokSame || drawn; // a part that did not change: the element already drawn for it
    if (old === node) {
      old = old.nextSibling;
    } else if (old && alike(old, node)) {
      morph(old, node);
      if (node.ladokMemo) node.ladokBecame = old; // the part drawn anew lives on in the element it was shaped into
      old = old.nextSibling;
    } else {
      parent.insertBefore(node, old);
    }
  }
  while (old) {
    const next = old.nextSibling;
    old.remove();
    old = next;
  }
}

// An element drawn once and kept for `what` (a log's entry), put back on the page as it is: never shaped into
// another element, nor another into it, so that it always shows its own `what`.
export function kept(element, what) {
  element.ladokMemo = what;
  return element;
}

function alike(old, node) {
  if (old.nodeType !== node.nodeType || old.ladokMemo !== node.ladokMemo) return false; // a part only into itself
  if (node.nodeType !== Node.ELEMENT_NODE) return true;
  return old.tagName === node.tagName && old.type === node.type && old.dataset.key === node.dataset.key;
}

function morph(old, node) {
  if (old === node) return;
  if (node.nodeType !== Node.ELEMENT_NODE) {
    if (old.nodeValue !== node.nodeValue) old.nodeValue = node.nodeValue;
    return;
  }
  const field = FIELDS.has(node.tagName);
  const value = field ? node.value : undefined; // read before a select's options move over
  const checked = node.checked;
  for (const { name, value: text } of node.attributes) {
    if (old.getAttribute(name) !== text) old.setAttribute(name, text);
  }
  for (const { name } of [...old.attributes]) {
    if (!node.hasAttribute(name) && !KEPT.has(name)) old.removeAttribute(name);
  }
  for (const type of Object.keys(old.ladokOn || {})) if (!node.ladokOn?.[type]) old.ladokOn[type] = undefined;
  for (const [type, handler] of Object.entries(node.ladokOn || {})) listen(old, type, handler);
  morphChildren(old, [...node.childNodes]);
  if (old.type === "checkbox" || old.type === "radio") {
    if (old.checked !== checked) old.checked = checked;
  } else if (field && old.value !== value) {
    old.value = value;
  }
}

// Parts of a view built again only when what they show changed. `memo(key, deps, build)`: `deps` is a string of
// everything `build` reads (what its handlers read from the store when they run aside); while it is the same, the
// element already built stays as it is, on the page or off it, and `build` does not run. A part is one element,
// shaped only into the element of the same part: a changed part is built anew and the part on the page is made to
// look like it. A part may hold parts (a row's group, its row): kept, it keeps them, so that they are still there
// when it changes. Call `drawn()` after each drawing.
export function memoizer() {
  let last = new Map();
  let next = new Map();
  const stubs = [];
  const building = []; // for each part being built, the keys of the parts it holds
  function keep(key, part) {
    next.set(key, part);
    building.at(-1)?.push(key);
    for (const inner of part.inner) if (last.has(inner)) keep(inner, last.get(inner));
  }
  function memo(key, deps, build) {
    const hit = last.get(key);
    if (hit && hit.deps === deps) {
      keep(key, hit);
      const stub = document.createElement(hit.element.tagName); // stands in for it in what the view builds
      stub.ladokSame = hit.element;
      stubs.push(stub);
      return stub;
    }
    building.push([]);
    let element;
    let inner;
    try {
      element = build();
    } finally {
      inner = building.pop();
    }
    building.at(-1)?.push(key);
    element.ladokMemo = key;
    next.set(key, { deps, element, inner });
    return element;
  }
  // After a drawing: the parts it used are those kept; a stand-in inside a newly added element takes its part's
  // place (morphChildren puts the part itself where it meets a stand-in).
  memo.drawn = () => {
    for (const stub of stubs.splice(0)) if (stub.isConnected) stub.replaceWith(stub.ladokSame);
    for (const part of next.values()) {
      if (part.element.ladokBecame) part.element = part.element.ladokBecame;
    }
    last = next;
    next = new Map();
  };
  memo.failed = () => {
    stubs.length = 0;
    building.length = 0;
    next = new Map();
  };
  return memo;
}
