// Brotli copies for guide_site/runtime/precompress.py (Python's standard library has no brotli), at the quality the
// build's mode asks for. Quality 11 (best) with the largest window a browser decodes (24 bits; "large window" brotli
// is not an HTTP content encoding); below that a 22-bit window, which measured both smaller and faster on Pyodide's
// WebAssembly at quality 9. The files are compressed at once, each on a thread of libuv's pool.
// Usage: node precompress.mjs QUALITY SOURCE TARGET [SOURCE TARGET ...]
import { readFile, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { brotliCompress, constants } from "node:zlib";

const compress = promisify(brotliCompress);
const [quality, ...args] = process.argv.slice(2);
const jobs = [];
for (let i = 0; i < args.length; i += 2) {
  jobs.push(
    readFile(args[i]).then(async (data) => {
      const params = {
        [constants.BROTLI_PARAM_QUALITY]: Number(quality),
        [constants.BROTLI_PARAM_LGWIN]: Number(quality) >= 11 ? constants.BROTLI_MAX_WINDOW_BITS : 22,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      };
      await writeFile(args[i + 1], await compress(data, { params }));
    }),
  );
}
await Promise.all(jobs);
