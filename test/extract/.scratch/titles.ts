import { parsePage } from '../../../src/extract/dom.js';
import { indexPage, cleanTitle } from '../../../src/extract/metadata.js';
import { textOf } from '../../../src/extract/dom.js';
import { normaliseSpace } from '../../../src/extract/lines.js';
import { readPage, loadGold, DEFAULT_EVAL_DIR } from '../../../eval/extract.js';
const every = Number(process.argv[2] ?? 5);
const norm = (s: string | null | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const counts: Record<string, number> = {};
let n = 0;
const rows: string[] = [];
loadGold().forEach(([url, g], i) => {
  if (i % every) return;
  if (!g.title || !norm(g.title)) return;
  n++;
  const p = parsePage(readPage(DEFAULT_EVAL_DIR, g.file));
  const idx = indexPage(p.root);
  const h1s = idx.h1s.map((h) => cleanTitle(normaliseSpace(textOf(h))));
  const c: Record<string, string | null> = {
    h1first: h1s[0] ?? null,
    h1last: h1s[h1s.length - 1] ?? null,
    og: idx.metas.get('og:title') ? cleanTitle(idx.metas.get('og:title')!) : null,
    tw: idx.metas.get('twitter:title') ? cleanTitle(idx.metas.get('twitter:title')!) : null,
    title: idx.titleTag || null,
    titleFirst: idx.titleTag ? idx.titleTag.split(/\s+(?:[|｜·•»›]|-{1,2}|–|—|::)\s+/)[0] : null,
  };
  const gold = norm(g.title);
  const hit: string[] = [];
  for (const [k, v] of Object.entries(c)) if (norm(v) === gold) { counts[k] = (counts[k] ?? 0) + 1; hit.push(k); }
  if (process.argv[3]) rows.push(`${JSON.stringify(gold.slice(0, 60))} hits=${hit.join(',')} h1s=${JSON.stringify(h1s.slice(0,3).map(s=>s.slice(0,50)))} nH1=${h1s.length}`);
});
console.log(n, counts);
if (process.argv[3]) console.log(rows.join('\n'));
