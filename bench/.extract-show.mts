import { readPage, DEFAULT_EVAL_DIR, loadGold } from '../eval/extract.js';
import { extract } from '../src/extract/index.js';
const gold = new Map(loadGold().map(([u, g]) => [g.file, { u, g }]));
const engine = (process.env.ENGINE ?? 'auto') as 'auto';
for (const f of process.argv.slice(2)) {
  const { u, g } = gold.get(f)!;
  try {
    const a = extract({ source: u, kind: 'html', content: readPage(DEFAULT_EVAL_DIR, f), given: { url: u } }, { debug: (m) => console.log('DEBUG', m()) }, { engine });
    console.log('=====', f, JSON.stringify({ ...a, text: a.text.length }));
    console.log('gold', JSON.stringify({ date: g.date, title: g.title, author: g.author }));
    console.log(a.text.split('\n').map((l) => '  | ' + l.slice(0, 140)).join('\n').slice(0, +(process.env.MAX ?? 3000)));
  } catch (e) { console.log('=====', f, String(e)); }
  console.log('WITH', g.with.map((s) => s.slice(0, 60)));
  console.log('WITHOUT', g.without.map((s) => s.slice(0, 60)));
}
