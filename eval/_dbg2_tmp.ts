import { extract } from '../src/extract/index.js';
import { readPage, DEFAULT_EVAL_DIR } from './extract.js';
import { parsePage } from '../src/extract/dom.js';
import { indexPage } from '../src/extract/metadata.js';
const html = readPage(DEFAULT_EVAL_DIR, process.argv[2]);
const idx = indexPage(parsePage(html).root);
console.log(idx.h1s.length, idx.titleTag);
console.log(extract({ source: 'x', kind: 'html', content: html }).title);
