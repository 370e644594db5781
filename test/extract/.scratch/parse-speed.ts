import { parsePage } from '../../../src/extract/dom.ts';
import { parseHTML } from 'linkedom';
import { readPage, loadGold, DEFAULT_EVAL_DIR } from '../../../eval/extract.ts';
const g = loadGold().filter((_, i) => i % 5 === 0).map(([u, x]) => readPage(DEFAULT_EVAL_DIR, x.file));
let t = performance.now(); for (const h of g) parsePage(h); console.log('own', g.length / ((performance.now() - t) / 1000));
t = performance.now(); for (const h of g) parseHTML(h); console.log('linkedom', g.length / ((performance.now() - t) / 1000));
