// temporary debug helper (not part of the repo deliverable)
import path from 'node:path';
import { readInputs } from '../src/ingest/read.js';
import * as pipeline from '../src/pipeline.js';
import { getDefaultCoder } from '../src/events/document.js';
import { loadDemoGold, normalise, EXAMPLES } from './events-demo.js';
const gold = loadDemoGold();
const only = process.argv[2];
for (const [key, g] of Object.entries(gold.articles)) {
  if (only && !key.includes(only)) continue;
  const [rel] = key.split('#');
  const file = path.join(EXAMPLES, rel);
  const wanted = key.includes('#') ? `${file}#${key.split('#')[1]}` : file;
  let raw: any;
  for await (const input of readInputs([file])) if (input.ok && input.raw.source === wanted) raw = input.raw;
  const msgs: string[] = [];
  const res = pipeline.runDocument(raw, pipeline.defaultContext({ published: g.pass_published ? g.published : null, debug: (m) => msgs.push(m()) }));
  const text = res.article.text;
  const norm = normalise(text);
  console.log(`=== ${key} published=${res.article.published}`);
  const seen = new Set<string>();
  for (const ge of g.events) {
    if (seen.has(ge.sentence_contains)) continue;
    seen.add(ge.sentence_contains);
    const at = norm.indexOf(normalise(ge.sentence_contains));
    const s = res.annotated.sentences.find((x) => x.start <= at && at < x.end);
    if (!s) { console.log('  NOSENT', ge.sentence_contains); continue; }
    console.log(`\n  S: ${text.slice(s.start, s.end)}`);
    for (const x of g.events.filter((y) => y.sentence_contains === ge.sentence_contains)) console.log(`   gold: ${x.optional ? '(opt) ' : ''}${x.type.join('|')} ${x.source.join('|')}→${x.target?.join('|') ?? 'any'} ${x.date ?? ''}${x.negated ? ' NEG' : ''}`);
    console.log('   mentions: ' + res.linked.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => `${m.text}=${m.actor?.cameo}/${m.via}`).join('; '));
    console.log('   times: ' + res.annotated.times.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => `${m.text}=${m.value}`).join('; '));
    for (const e of res.events.filter((e) => e.sentence.start === s.start)) console.log(`   coded: ${e.plover.event} ${e.cameo.code} ${e.source.actor?.cameo}(${e.source.text})→${e.target ? e.target.actor?.cameo + '(' + e.target.text + ')' : '-'} ${e.date} "${e.trigger.text}" | ${e.rule}`);
    if (process.argv.includes('--trace')) {
      const coder = getDefaultCoder();
      const inS = res.linked.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
      (coder.opts as any).debug = (m: () => string) => console.log('     dbg: ' + m());
      coder.codeSentence(text, s.start, s.end, inS.map((m) => ({ ...m, generic: (m.via === 'agent' || m.via === 'demonym') && !m.actor.country })), []);
      (coder.opts as any).debug = undefined;
    }
  }
}
