import { parsePage } from '../../../src/extract/dom.js';
import { indexPage, readMetadata, parseJsonLd } from '../../../src/extract/metadata.js';
import { readPage, DEFAULT_EVAL_DIR } from '../../../eval/extract.js';
const p = parsePage(readPage(DEFAULT_EVAL_DIR, process.argv[2]));
const idx = indexPage(p.root);
const m = readMetadata(idx, p.jsonLd, null, {});
console.log({ ...m, articleBody: m.articleBody?.slice(0, 50) });
console.log(parseJsonLd(p.jsonLd).map((o) => [o['@type'], JSON.stringify(o.author ?? o.creator ?? null)?.slice(0, 100)]));
