import { readFileSync } from 'node:fs';
import { parsePage, textOf } from '../src/extract/dom.js';
import { indexPage, parseJsonLd } from '../src/extract/metadata.js';
import { readPage, DEFAULT_EVAL_DIR } from './extract.js';
const d = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let n = 0;
const only = process.argv.slice(3);
for (const p of d) {
  if (only.length && !only.includes(p.file)) continue;
  if (!p.title.gold || p.title.gold.replace(/\s+/g,' ').trim() === (p.title.ours ?? '').replace(/\s+/g,' ').trim()) continue;
  n++;
  const page = parsePage(readPage(DEFAULT_EVAL_DIR, p.file));
  const idx = indexPage(page.root);
  const ld = parseJsonLd(page.jsonLd).map((o: any) => o.headline).filter(Boolean);
  console.log(`#${n} ${p.file} ${p.url}`);
  console.log(`  GOLD : ${JSON.stringify(p.title.gold)}`);
  console.log(`  OURS : ${JSON.stringify(p.title.ours)}`);
  console.log(`  og   : ${JSON.stringify(idx.metas.get('og:title'))}  tw: ${JSON.stringify(idx.metas.get('twitter:title'))}`);
  console.log(`  ld   : ${JSON.stringify(ld)}`);
  console.log(`  title: ${JSON.stringify(idx.titleTag)}`);
  console.log(`  h1   : ${JSON.stringify(idx.h1s.map((e) => textOf(e).replace(/\s+/g, ' ').trim().slice(0, 150)))}`);
  console.log(`  h2   : ${JSON.stringify(idx.h2s.slice(0, 4).map((e) => textOf(e).replace(/\s+/g, ' ').trim().slice(0, 100)))}`);
}
