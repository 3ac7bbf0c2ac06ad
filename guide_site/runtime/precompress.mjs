// Brotli copies for guide_site/runtime/precompress.py (Python's standard library has no brotli): the best quality and the
// largest window a browser decodes (24 bits; "large window" brotli is not an HTTP content encoding), since a build
// does this once per file content and a reader downloads the result many times.
// Usage: node precompress.mjs SOURCE TARGET [SOURCE TARGET ...]
import { readFileSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  const data = readFileSync(args[i]);
  const params = {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
    [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
  };
  writeFileSync(args[i + 1], brotliCompressSync(data, { params }));
}
