// The reader's own work in the browser's storage: one key per exercise, written only with a state the engine
// accepted and the sandbox drew. Nothing that arrives (a shared link) ever writes to it. With storage blocked the
// sandbox still works and says that it will not remember. No Ladok rule here.
export const FORMAT = 1; // the shape of what is saved around the engine's state: {v, scenario, actor, state, log}

export function openStore(scenario) {
  const key = `ladok-guiden:sandbox:${scenario}`;
  const usable = (() => {
    try {
      const probe = `${key}:probe`;
      localStorage.setItem(probe, "1");
      localStorage.removeItem(probe);
      return true;
    } catch (e) {
      return false;
    }
  })();

  return {
    usable,
    // {raw, parsed} of the saved own work, or null when there is none. `parsed` is null when it is not JSON.
    read() {
      if (!usable) return null;
      const raw = localStorage.getItem(key);
      if (raw === null) return null;
      try {
        return { raw, parsed: JSON.parse(raw) };
      } catch (e) {
        return { raw, parsed: null };
      }
    },
    write(work) {
      if (!usable) return false;
      try {
        localStorage.setItem(key, JSON.stringify({ v: FORMAT, scenario, ...work }));
        return true;
      } catch (e) {
        return false; // full or blocked since: the work stays on the page
      }
    },
    // Keep a copy that could not be opened, under its own key, so that nothing the reader had is thrown away.
    keepAside(raw, why) {
      if (!usable) return;
      try {
        localStorage.setItem(`${key}:${why}`, raw);
      } catch (e) { /* nowhere else to keep it */ }
    },
  };
}

// Whether saved own work is the shape this version writes: {v, scenario, actor, state, log}.
export function wellFormed(work, scenario) {
  return Boolean(work) && work.v === FORMAT && work.scenario === scenario && typeof work.actor === "string"
    && typeof work.state === "object" && work.state !== null && (work.log === undefined || Array.isArray(work.log));
}
