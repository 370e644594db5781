/**
 * The part-of-speech column of CoNLL-2003 files (`word POS chunk NER`, blank lines between
 * sentences, `-DOCSTART-` lines between documents), and token-level scoring.
 *
 * Read by the NER module's reader (`../ner/conll.ts`), keeping the second column instead of the last.
 * CoNLL-2003's POS tags are Penn Treebank tags given by an automatic tagger; the rare
 * alternative tag `NN|SYM` is read as its first member.
 */
import { readConll } from '../ner/conll.js';

export interface PosSentence {
  words: string[];
  tags: string[];
}

/** Sentences of a CoNLL-2003 file (document boundaries dropped: the tagger does not use them). */
export function readConllPos(text: string): PosSentence[] {
  return readConll(text, (cols) => cols[1].split('|')[0]).flatMap((d) => d.sentences);
}

/** True for the verb tags VB, VBD, VBG, VBN, VBP, VBZ (not MD). */
export function isVerbTag(tag: string): boolean {
  return tag.length >= 2 && tag.charCodeAt(0) === 86 /* V */ && tag.charCodeAt(1) === 66; /* B */
}

export interface PosScores {
  tokens: number;
  correct: number;
  accuracy: number;
  /** Tokens whose exact form never occurs in the training text. */
  unknown: { tokens: number; correct: number; accuracy: number };
  /** The verb (VB*) / non-verb decision, over all tokens. */
  verb: { accuracy: number; precision: number; recall: number; f1: number; gold: number };
  /** Most frequent confusions, `gold→predicted` with counts. */
  confusions: [string, number][];
}

/**
 * Token accuracy of `pred` against `gold` (sentence by sentence), with the unknown-word accuracy
 * (`known` = word forms of the training text) and the verb / non-verb decision.
 */
export function scorePos(
  sentences: readonly PosSentence[],
  pred: readonly (readonly string[])[],
  known: ReadonlySet<string>,
): PosScores {
  if (pred.length !== sentences.length)
    throw new Error(`scorePos: expected ${sentences.length} predicted sentences, found ${pred.length}`);
  let tokens = 0;
  let correct = 0;
  let unk = 0;
  let unkOk = 0;
  let verbOk = 0;
  let vGold = 0;
  let vPred = 0;
  let vBoth = 0;
  const conf = new Map<string, number>();
  sentences.forEach((s, si) => {
    const p = pred[si];
    if (p.length !== s.tags.length)
      throw new Error(`scorePos: sentence ${si}: expected ${s.tags.length} tags, found ${p.length}`);
    for (let i = 0; i < p.length; i++) {
      const g = s.tags[i];
      const ok = g === p[i];
      tokens++;
      if (ok) correct++;
      else conf.set(`${g}→${p[i]}`, (conf.get(`${g}→${p[i]}`) ?? 0) + 1);
      if (!known.has(s.words[i])) {
        unk++;
        if (ok) unkOk++;
      }
      const gv = isVerbTag(g);
      const pv = isVerbTag(p[i]);
      if (gv === pv) verbOk++;
      if (gv) vGold++;
      if (pv) vPred++;
      if (gv && pv) vBoth++;
    }
  });
  const precision = vPred ? vBoth / vPred : 0;
  const recall = vGold ? vBoth / vGold : 0;
  return {
    tokens,
    correct,
    accuracy: tokens ? correct / tokens : 0,
    unknown: { tokens: unk, correct: unkOk, accuracy: unk ? unkOk / unk : 0 },
    verb: {
      accuracy: tokens ? verbOk / tokens : 0,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      gold: vGold,
    },
    confusions: [...conf.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 15),
  };
}
