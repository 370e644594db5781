import { readFileSync } from 'node:fs';
import { readPage, DEFAULT_EVAL_DIR } from './extract.js';
const d = JSON.parse(readFileSync('/tmp/base.json', 'utf8'));
for (const p of d) {
  const g = p.title.gold; if (!g) continue;
  const caps = g === g.toUpperCase() && g !== g.toLowerCase();
  const html = readPage(DEFAULT_EVAL_DIR, p.file);
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map(m => m[1]).join('\n');
  const tt = [...styles.matchAll(/([^{}]{0,120})\{[^}]*text-transform:\s*uppercase/gi)].map(m => m[1].trim()).filter(s => /h1|title|head/i.test(s));
  const inl = /<h1[^>]*style="[^"]*uppercase/i.test(html);
  const oursCaps = p.title.ours && p.title.ours === p.title.ours.toUpperCase();
  if (caps || tt.length) console.log(caps ? 'CAPS' : 'norm', oursCaps?'oc':'', p.file, inl, JSON.stringify(tt.slice(0,4)).slice(0,300));
}
