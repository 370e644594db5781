import { readPage, DEFAULT_EVAL_DIR } from '../../../eval/extract.js';
const h = readPage(DEFAULT_EVAL_DIR, process.argv[2]);
const re = new RegExp(process.argv[3], 'g');
let m; let n = 0;
while ((m = re.exec(h)) && n++ < 5) console.log('...', h.slice(Math.max(0, m.index - 200), m.index + 120).replace(/\s+/g, ' '));
