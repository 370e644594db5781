import { parsePage } from '../src/extract/dom.js';
import { readPage, DEFAULT_EVAL_DIR } from './extract.js';
const html = readPage(DEFAULT_EVAL_DIR, process.argv[2]);
const i = html.search(/<h1[\s>]/i);
console.log(html.slice(i, i + 800));
