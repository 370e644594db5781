import { readFileSync } from 'node:fs';
import { parsePage, eachElement, textOf } from '../../../src/extract/dom.js';
import { normaliseSpace } from '../../../src/extract/lines.js';
import { readPage, DEFAULT_EVAL_DIR } from '../../../eval/extract.js';
const d = JSON.parse(readFileSync('/tmp/full_h1.json', 'utf8'));
const norm = (s: string | null | undefined) => (s ?? '').normalize('NFC').replace(/[\u00ad]/g, '').replace(/\s+/g, ' ').trim();
const c: Record<string, number> = {};
let fails = 0;
for (const p of d) {
  const g = norm(p.title.gold);
  if (!g || g === norm(p.title.ours)) continue;
  fails++;
  if (g.toUpperCase() === g && norm(p.title.ours).toUpperCase() === g) { c.upper = (c.upper ?? 0) + 1; continue; }
  const page = parsePage(readPage(DEFAULT_EVAL_DIR, p.file));
  const found: string[] = [];
  eachElement(page.root, (el) => {
    if (/^h[1-6]$/.test(el.tag) || el.tag === 'title' || (el.tag === 'meta')) {
      const t = el.tag === 'meta' ? norm(el.attrs.content) : norm(textOf(el));
      if (t === g) found.push(el.tag === 'meta' ? 'meta:' + (el.attrs.property ?? el.attrs.name) : el.tag);
      else if (t.includes(g) && el.tag !== 'meta') found.push(el.tag + '~');
    }
  });
  const k = found.length ? [...new Set(found)].join(',') : 'none';
  c[k] = (c[k] ?? 0) + 1;
  if (process.argv[2]) console.log(k, '|', g.slice(0, 50), '|', norm(p.title.ours).slice(0, 60));
}
console.log(fails, c);
