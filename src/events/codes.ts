/**
 * CAMEO codes of a trigger: the dictionary default of a verb's forms (our curated additions first),
 * the intent code of an intended act, the threat code of force announced, the rejection code of a
 * refusal.
 */
import type { VerbDictionary, VerbForm } from './verbdict.js';
import type { VToken } from './patterns.js';
import { THREAT_GOV } from './lexicon.js';
import { conditionFollows, unhesitating } from './clause.js';

/** Verbs of the violence roots whose announcement threatens no one: "will disarm", "ready to engage with". */
const NOT_A_THREAT = new Set(['DISARM', 'ENGAGE', 'DEFEND', 'PROTECT', 'SECURE', 'DIE']);

/**
 * "Turkey would launch a ground operation against Kurdish militants", "vowed to crush the
 * rebels": force announced (a future, or a vow) and not done threatens it — CAMEO 138 (137 for
 * repression). Null for other codes and for plans reported as such ("is due to", "agreed to").
 */
export function threatCode(
  code: string,
  lemma: string,
  grp: { future: boolean; toGov: number },
  toks: VToken[],
  at: number,
): string | null {
  const root = code.slice(0, 2);
  // "would halt some weapons shipments to Israel if it launched …": a sanction on a condition
  // threatens it (1311 aid, 1312 sanctions, 1313 relations, 131 otherwise); so does one threatened
  // or vowed ("threatened to impose sanctions on Chinese banks")
  const unhesitant = unhesitating(toks, grp.toGov);
  const vowed = grp.toGov >= 0 && THREAT_GOV.has(toks[grp.toGov].lower);
  if (root === '16' && ((grp.future && conditionFollows(toks, at)) || unhesitant || vowed))
    return /^162/.test(code) ? '1311' : /^163/.test(code) ? '1312' : /^16[14]/.test(code) ? '1313' : '131';
  // ("would deploy more troops to Eastern Europe if Russia invaded": force moved on a condition)
  if (root === '15' && grp.future && conditionFollows(toks, at)) return '138';
  if (!/^(17|18|19|20)$/.test(root) || NOT_A_THREAT.has(lemma)) return null;
  if (!grp.future && !unhesitant && !(grp.toGov >= 0 && THREAT_GOV.has(toks[grp.toGov].lower))) return null;
  return root === '17' ? '137' : '138';
}

/** Intent mapping of a code: "agreed to meet" (040) → 036 "express intent to meet". */
export function intentCode(code: string): { code: string; mapped: boolean } {
  const root = code.slice(0, 2);
  const sub = code.slice(2, 3);
  switch (root) {
    case '03':
      return { code, mapped: true };
    case '04':
      return { code: '036', mapped: true };
    case '05':
      return { code: '032', mapped: true };
    case '06':
      return { code: sub && '1234'.includes(sub) ? `031${sub}` : '031', mapped: true };
    case '07':
      return { code: sub && '1234'.includes(sub) ? `033${sub}` : '033', mapped: true };
    case '08': {
      const m: Record<string, string> = { '1': '0351', '4': '0353', '5': '0354', '6': '0355', '7': '0356' };
      return { code: m[sub] ?? '035', mapped: true };
    }
    default:
      return { code, mapped: false };
  }
}

/** The reciprocal code (`[a:b]`) that goes with `defaultCode`, or null. */
export function defaultCode2(dict: VerbDictionary, forms: VerbForm[]): string | null {
  for (const f of byPreference(dict, forms)) {
    if (f.code) return f.code2 ?? null;
    const b = dict.blocks[f.block];
    if (b.code) return b.code2 ?? null;
  }
  return null;
}

/**
 * Forms of a word, our curated additions (data/events/verbs-extra.txt) first: where they give a
 * verb a default ("pull out" → 0874 retreat), it corrects the general CAMEO block it also sits in.
 */
function byPreference(dict: VerbDictionary, forms: VerbForm[]): VerbForm[] {
  if (forms.length < 2 || !forms.some((f) => dict.blocks[f.block].origin === EXTRA_ORIGIN)) return forms;
  return [
    ...forms.filter((f) => dict.blocks[f.block].origin === EXTRA_ORIGIN),
    ...forms.filter((f) => dict.blocks[f.block].origin !== EXTRA_ORIGIN),
  ];
}
const EXTRA_ORIGIN = 'verbs-extra';

export function defaultCode(dict: VerbDictionary, forms: VerbForm[]): string | null {
  for (const f of byPreference(dict, forms)) {
    // an explicit "[---]" on a verb line of our additions withdraws the CAMEO default as well
    // ("ordered": a command to one's own people is no demand; only its patterns code it)
    if (f.uncoded && dict.blocks[f.block].origin === EXTRA_ORIGIN) return null;
    if (f.uncoded) continue;
    const c = f.code ?? dict.blocks[f.block].code;
    if (c) return c;
  }
  return null;
}

/** The CAMEO rejection code for refusing an act of a root: talks 125, yielding 123, else 120. */
export function refusalCode(root: string): string {
  return root === '04' || root === '03' ? '125' : root === '08' ? '123' : '120';
}
