/**
 * Scores the time tagger (src/nlp/times.ts) on TimeBank + AQUAINT (TempEval-3 TBAQ-cleaned).
 *
 *   npx tsx eval/time.ts [--dir PATH] [--errors N]
 *
 * Gold: every TIMEX3 inside <TEXT>; the reference date is the document creation time (the TIMEX3
 * with functionInDocument="CREATION_TIME"). Metrics (as in TempEval-3, one-to-one matching):
 *   relaxed span F1 — a system expression matches a gold one when their spans overlap;
 *   value F1        — the spans overlap and the TIMEX3 value strings are equal;
 *   strict span F1  — the spans are identical (for information).
 * Prints one line per metric. Reads ../shared (never copied into the repo).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findTimes } from '../src/nlp/times.js';
import type { TimeExpr } from '../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_TIMEBANK_DIR = path.resolve(repoRoot, '../shared/data/dev/timebank/TBAQ-cleaned');

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMLDoc {
  file: string;
  dct: string | null;
  text: string;
  gold: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? _m;
  });
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : null;
}

/** Parses one TimeML document: plain body text (tags removed, entities decoded) and gold TIMEX3s. */
export function parseTimeML(xml: string, file = ''): TimeMLDoc {
  let dct: string | null = null;
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  if (dctTag) dct = attr(dctTag[0], 'value');
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!body) throw new Error(`${file}: expected a <TEXT> element in the TimeML document, found none`);
  const src = body[1];
  let text = '';
  const gold: GoldTimex[] = [];
  const open: { start: number; type: string; value: string }[] = [];
  const re = /<[^>]+>|[^<]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null) {
    const piece = m[0];
    if (piece[0] !== '<') {
      text += decode(piece);
      continue;
    }
    if (/^<TIMEX3\b/.test(piece)) {
      open.push({ start: text.length, type: attr(piece, 'type') ?? '', value: attr(piece, 'value') ?? '' });
      if (piece.endsWith('/>')) open.pop(); // empty (non-consuming) timex: not scored
    } else if (/^<\/TIMEX3>/.test(piece)) {
      const o = open.pop();
      if (o)
        gold.push({
          start: o.start,
          end: text.length,
          text: text.slice(o.start, text.length),
          type: o.type,
          value: o.value,
        });
    }
  }
  return { file, dct, text, gold };
}

export interface TimeScores {
  documents: number;
  gold: number;
  system: number;
  relaxed: { p: number; r: number; f1: number };
  strict: { p: number; r: number; f1: number };
  value: { p: number; r: number; f1: number };
  type: { accuracy: number };
}

const prf = (tp: number, sys: number, gold: number): { p: number; r: number; f1: number } => {
  const p = sys ? tp / sys : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export interface TimeError {
  file: string;
  kind: 'missed' | 'spurious' | 'value';
  text: string;
  gold?: string;
  system?: string;
  context: string;
}

/** Runs the tagger over every .tml under `dir` and scores it. */
export function evaluateTime(dir = DEFAULT_TIMEBANK_DIR, errors?: TimeError[]): TimeScores {
  if (!existsSync(dir)) {
    throw new Error(`eval/time: expected the TimeBank/AQUAINT TimeML folder at ${dir}, found nothing; pass --dir PATH`);
  }
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.tml')) files.push(p);
    }
  };
  walk(dir);
  files.sort();
  let nGold = 0;
  let nSys = 0;
  let tpRelaxed = 0;
  let tpStrict = 0;
  let tpValue = 0;
  let tpType = 0;
  for (const file of files) {
    const doc = parseTimeML(readFileSync(file, 'utf8'), path.relative(dir, file));
    const sys: TimeExpr[] = findTimes(doc.text, doc.dct);
    nGold += doc.gold.length;
    nSys += sys.length;
    const used = new Set<number>();
    for (const g of doc.gold) {
      // one-to-one: the first unused overlapping system expression, preferring equal values
      let best = -1;
      for (let i = 0; i < sys.length; i++) {
        if (used.has(i)) continue;
        const s = sys[i];
        if (s.start < g.end && g.start < s.end) {
          if (best < 0 || (s.value === g.value && sys[best].value !== g.value)) best = i;
        }
      }
      const ctx = doc.text.slice(Math.max(0, g.start - 60), g.end + 40).replace(/\s+/g, ' ');
      if (best < 0) {
        errors?.push({ file: doc.file, kind: 'missed', text: g.text, gold: `${g.type} ${g.value}`, context: ctx });
        continue;
      }
      used.add(best);
      const s = sys[best];
      tpRelaxed++;
      if (s.start === g.start && s.end === g.end) tpStrict++;
      if (s.type === g.type) tpType++;
      if (s.value === g.value) tpValue++;
      else
        errors?.push({
          file: doc.file,
          kind: 'value',
          text: `${g.text} | ${s.text}`,
          gold: `${g.type} ${g.value}`,
          system: `${s.type} ${s.value}`,
          context: ctx,
        });
    }
    if (errors) {
      sys.forEach((s, i) => {
        if (!used.has(i)) {
          const ctx = doc.text.slice(Math.max(0, s.start - 60), s.end + 40).replace(/\s+/g, ' ');
          errors.push({ file: doc.file, kind: 'spurious', text: s.text, system: `${s.type} ${s.value}`, context: ctx });
        }
      });
    }
  }
  return {
    documents: files.length,
    gold: nGold,
    system: nSys,
    relaxed: prf(tpRelaxed, nSys, nGold),
    strict: prf(tpStrict, nSys, nGold),
    value: prf(tpValue, nSys, nGold),
    type: { accuracy: tpRelaxed ? tpType / tpRelaxed : 0 },
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const dirArg = args.indexOf('--dir');
  const dir = dirArg >= 0 ? path.resolve(args[dirArg + 1]) : DEFAULT_TIMEBANK_DIR;
  const errArg = args.indexOf('--errors');
  const nErr = errArg >= 0 ? Number(args[errArg + 1] ?? 50) : 0;
  const errors: TimeError[] | undefined = nErr > 0 ? [] : undefined;
  const t0 = Date.now();
  const s = evaluateTime(dir, errors);
  const ms = Date.now() - t0;
  const f = (x: number): string => x.toFixed(3);
  console.log(
    `time.relaxed_f1 ${f(s.relaxed.f1)} (P ${f(s.relaxed.p)} R ${f(s.relaxed.r)}; ${s.gold} gold, ${s.system} system, ${s.documents} docs)`,
  );
  console.log(`time.value_f1 ${f(s.value.f1)} (P ${f(s.value.p)} R ${f(s.value.r)})`);
  console.log(`time.strict_f1 ${f(s.strict.f1)} (P ${f(s.strict.p)} R ${f(s.strict.r)})`);
  console.log(`time.type_accuracy ${f(s.type.accuracy)} (on matched expressions; ${ms} ms)`);
  if (errors) {
    for (const kind of ['missed', 'spurious', 'value'] as const) {
      const list = errors.filter((e) => e.kind === kind);
      console.log(`\n# ${kind} (${list.length})`);
      for (const e of list.slice(0, nErr)) {
        console.log(`${e.file}\t${e.text}\tgold=${e.gold ?? ''}\tsys=${e.system ?? ''}\t… ${e.context} …`);
      }
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
