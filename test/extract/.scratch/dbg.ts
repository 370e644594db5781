import { parsePage, findTag, type El } from '../../../src/extract/dom.js';
import { collectBlocks, isFurniture } from '../../../src/extract/dom-text.js';
import { extractContent } from '../../../src/extract/content.js';
import { readPage, DEFAULT_EVAL_DIR } from '../../../eval/extract.js';
const file = process.argv[2];
const html = readPage(DEFAULT_EVAL_DIR, file);
const p = parsePage(html);
const body = findTag(p.root, 'body') ?? p.root;
const all = collectBlocks(body, false);
const r = extractContent(body, null);
console.log('blocks (no furniture skip)', all.blocks.length, 'with skip', r.blocks.length, 'good', r.goodChars, 'start', r.start, 'depth', p.depth, 'elements', p.elements);
const path = (e: El | null): string => { const a: string[] = []; while (e && a.length < 12) { a.unshift(e.tag + (e.attrs.class ? '.' + e.attrs.class.split(/\s+/).slice(0,2).join('.') : '') + (e.attrs.id ? '#' + e.attrs.id : '') + (isFurniture(e) ? '[F]' : '')); e = e.parent; } return a.join(' > '); };
if (process.argv[3]) {
  const needle = process.argv[3];
  for (const b of all.blocks) if (b.text.includes(needle)) console.log('FOUND in', path(all.containers[b.container].el), '\n  ', b.text.slice(0, 200));
}
console.log(r.paragraphs.slice(0, 8).map(s => s.slice(0, 120)).join('\n'));
