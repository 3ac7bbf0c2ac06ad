// The shareable link: the state, compressed, in the URL's fragment (never sent to a server). A link is checked
// before anything is decoded into memory: the fragment's length, then the inflated bytes as they stream, and the
// fragment is cleared from the address first, so a bad address cannot crash the tab a second time. No Ladok rule.
import { FORMAT } from "./sandbox-store.js";

export const PREFIX = "#sandbox=";
export const MAX_FRAGMENT = 200_000; // characters; the guide's own links are a few thousand

export function hasLink() {
  return location.hash.startsWith(PREFIX);
}

// Take the link out of the address and read it, at most `most` bytes once inflated (the engine's own limit on a
// request). Resolves to {payload} or {problem}, where problem is one of "too_large", "damaged" or "newer"
// (written by a newer version of the guide).
export async function takeLink(most) {
  const encoded = location.hash.slice(PREFIX.length);
  history.replaceState(null, "", location.pathname + location.search); // before decoding, whatever happens next
  if (encoded.length > MAX_FRAGMENT) return { problem: "too_large" };
  let bytes;
  try {
    const text = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  } catch (e) {
    return { problem: "damaged" };
  }
  let json;
  try {
    json = await inflateWithin(bytes, most);
  } catch (e) {
    return { problem: e.message === "too_large" ? "too_large" : "damaged" };
  }
  let payload;
  try {
    payload = JSON.parse(json);
  } catch (e) {
    return { problem: "damaged" };
  }
  if (!payload || typeof payload !== "object" || !Number.isInteger(payload.v)) return { problem: "damaged" };
  if (payload.v > FORMAT) return { problem: "newer" };
  return { payload };
}

async function inflateWithin(bytes, limit) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  const parts = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new Error("too_large");
    }
    parts.push(value);
  }
  return new TextDecoder().decode(await new Blob(parts).arrayBuffer());
}

export async function makeLink(payload) {
  const bytes = new TextEncoder().encode(JSON.stringify({ v: FORMAT, ...payload }));
  const packed = await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream("deflate-raw")))
    .arrayBuffer();
  let text = "";
  for (const byte of new Uint8Array(packed)) text += String.fromCharCode(byte);
  const encoded = btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  return `${location.origin}${location.pathname}${PREFIX}${encoded}`;
}
