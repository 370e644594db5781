import { readPage, DEFAULT_EVAL_DIR } from '../eval/extract.js';
const RE_STRIP = /<!--[\s\S]*?-->|<(script|style|noscript|template|svg|math|iframe|object|textarea|select)\b[^>]*>[\s\S]*?<\/\1\s*>|<(script|style|noscript|template|svg|iframe)\b[^>]*\/?>/gi;
const raw = readPage(DEFAULT_EVAL_DIR, process.argv[2]);
for (const m of raw.matchAll(RE_STRIP)) if (m[0].length > 5000) console.log(m[0].length, JSON.stringify(m[0].slice(0, 200)));
