// The reader's own work in the browser's storage: one key per exercise, written only with a state the engine
// accepted and the sandbox drew. Nothing that arrives (a shared link) ever writes to it. With storage blocked the
// sandbox still works and says that it will not remember; with storage full it still reads what was saved.
// Every save names itself (`id`) and the save it was made from (`after`), so a tab can tell another tab's newer
// work from work that went past its own. No Ladok rule here.
export const FORMAT = 1; // the shape of what is saved around the engine's state: {v, scenario, actor, state, log}

const full = (e) => e && (e.name === "QuotaExceededError" || e.code === 22 || e.name === "NS_ERROR_DOM_QUOTA_REACHED");

function storage() {
  try {
    return window.localStorage; // the getter itself throws where storage is blocked
  } catch (e) {
    return null;
  }
}

function newId() {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

// "ok", "full" (reading works, writing does not) or "blocked" (neither).
function probe(local, key) {
  if (!local) return "blocked";
  try {
    local.getItem(key);
  } catch (e) {
    return "blocked";
  }
  try {
    local.setItem(`${key}:probe`, "1");
    local.removeItem(`${key}:probe`);
    return "ok";
  } catch (e) {
    return full(e) ? "full" : "blocked";
  }
}

const parse = (raw) => {
  try {
    return JSON.parse(raw);
  } catch (e) {
    return null;
  }
};

// One exercise's saved own work, and the copies kept aside beside it (`${key}:${why}`).
class SavedWork {
  constructor(scenario) {
    this.scenario = scenario;
    this.key = `ladok-guiden:sandbox:${scenario}`;
    this.local = storage();
    this.status = probe(this.local, this.key); // a save tells again how it went
    this.last = null; // the id of the save this tab last wrote or took in
  }

  get usable() { return this.status === "ok"; }

  // {raw, parsed} of the saved own work (or of a copy kept aside), or null when there is none. `parsed` is null
  // when it is not JSON.
  read(why = null) {
    if (this.status === "blocked") return null;
    try {
      const raw = this.local.getItem(why ? `${this.key}:${why}` : this.key);
      return raw === null ? null : { raw, parsed: parse(raw) };
    } catch (e) {
      return null;
    }
  }

  // Save the work as made from the save this tab last knew. Answers "saved", "full" or "blocked".
  write(work) {
    if (this.status === "blocked") return "blocked";
    const id = newId();
    try {
      const saved = { v: FORMAT, scenario: this.scenario, ...work, id, after: this.last };
      this.local.setItem(this.key, JSON.stringify(saved));
      this.last = id;
      this.status = "ok";
      return "saved";
    } catch (e) {
      this.status = full(e) ? "full" : "blocked";
      return this.status; // the work stays on the page
    }
  }

  // This tab now shows (or keeps aside) the save with this id: its next save is made from it.
  adopt(saved) {
    this.last = saved && typeof saved.id === "string" ? saved.id : null;
  }

  // Call `changed({raw, parsed}, past)` when another tab saves this exercise; `past` is true when that save was
  // not made from this tab's last one, so this tab's work would be lost if either simply replaced the other.
  watch(changed) {
    window.addEventListener("storage", (event) => {
      if (event.key !== this.key || event.newValue === null || event.storageArea !== this.local) return;
      const parsed = parse(event.newValue);
      if (parsed && parsed.id === this.last) return;
      changed({ raw: event.newValue, parsed }, Boolean(this.last) && (!parsed || parsed.after !== this.last));
    });
  }

  // Keep a copy that could not be opened, under its own key, so that nothing the reader had is thrown away.
  keepAside(raw, why) {
    if (this.status === "blocked") return;
    try {
      this.local.setItem(`${this.key}:${why}`, raw);
    } catch (e) { /* nowhere else to keep it */ }
  }

  removeAside(why) {
    try {
      this.local?.removeItem(`${this.key}:${why}`);
    } catch (e) { /* it stays kept */ }
  }
}

export function openStore(scenario) {
  return new SavedWork(scenario);
}

// Whether saved own work has a shape this version reads (its own format or an earlier one, of which there is none
// yet): {v, scenario, actor, state, log}.
export function wellFormed(work, scenario) {
  return Boolean(work) && Number.isInteger(work.v) && work.v >= 1 && work.v <= FORMAT && work.scenario === scenario
    && typeof work.actor === "string" && typeof work.state === "object" && work.state !== null
    && (work.log === undefined || Array.isArray(work.log));
}

// Whether saved own work was written by a newer version of the guide, in a shape this one does not know. A version
// that is not a whole number was written by no version: damaged.
export function newer(work) {
  return Boolean(work) && Number.isInteger(work.v) && work.v > FORMAT;
}
