import { readPage, DEFAULT_EVAL_DIR, loadGold } from '../eval/extract.js';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { readMetadata } from '../src/extract/metadata.js';
import { collectBlocks } from '../src/extract/dom-text.js';
const files = process.argv.slice(2);
const gold = loadGold();
const RE_STRIP = /<!--[\s\S]*?-->|<(script|style|noscript|template|svg|math|iframe|object|textarea|select)\b[^>]*>[\s\S]*?<\/\1\s*>|<(script|style|noscript|template|svg|iframe)\b[^>]*\/?>/gi;
const tot = { strip: 0, parse: 0, meta: 0, read: 0, blocks: 0 };
const list = files.length ? files : gold.filter((_, i) => i % 5 === 0).map((g) => g[1].file);
for (const f of list) {
  const raw = readPage(DEFAULT_EVAL_DIR, f);
  let t = performance.now();
  const html = raw.replace(RE_STRIP, ' ');
  tot.strip += performance.now() - t; t = performance.now();
  const { document } = parseHTML(html);
  tot.parse += performance.now() - t; t = performance.now();
  readMetadata(document, [], null, {});
  tot.meta += performance.now() - t; t = performance.now();
  const r = new Readability<Node>(document, { serializer: (n) => n, charThreshold: 400, disableJSONLD: true }).parse();
  tot.read += performance.now() - t; t = performance.now();
  const d2 = parseHTML(html).document;
  collectBlocks(d2.body, true);
  tot.blocks += performance.now() - t;
}
console.log(list.length, Object.fromEntries(Object.entries(tot).map(([k, v]) => [k, Math.round(v)])));
