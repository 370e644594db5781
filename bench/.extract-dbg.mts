import { readPage, DEFAULT_EVAL_DIR } from '../eval/extract.js';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { collectBlocks, isFurniture } from '../src/extract/dom-text.js';
const f = process.argv[2];
const RE_STRIP = /<!--[\s\S]*?-->|<(script|style|noscript|template|svg|math|iframe|object|textarea|select)\b[^>]*>[\s\S]*?<\/\1\s*>|<(script|style|noscript|template|svg|iframe)\b[^>]*\/?>/gi;
const html = readPage(DEFAULT_EVAL_DIR, f).replace(RE_STRIP, ' ');
const { document } = parseHTML(html);
const r = new Readability<Node>(document, { serializer: (n) => n, charThreshold: 400, disableJSONLD: true }).parse();
console.log('readability', r && (r.content as Element).outerHTML.slice(0, 1500));
const d2 = parseHTML(html).document;
const needle = process.argv[3];
if (needle) {
  let el: Element | null = Array.from(d2.querySelectorAll('p, div, span, li, td')).find((e) => (e.textContent ?? '').includes(needle) && e.children.length === 0) ?? null;
  while (el) { console.log(el.localName, el.getAttribute('class'), el.getAttribute('id'), isFurniture(el)); el = el.parentElement; }
}
