/**
 * CoNLL-2003 files and the conlleval metric.
 *
 * Format: one token per line, `word POS chunk NER` (only the word and the NER tag are read);
 * blank lines end sentences; `-DOCSTART-` lines start documents. Tags are IOB1 (`I-PER` inside a
 * name; `B-PER` only where a name directly follows another of the same type); IOB2 files read too.
 * Scores are exact-span: a predicted entity counts only when its start, end and type all match.
 */
import { NER_TYPES, type NerType } from './features.js';
import type { TagSpan } from './decoder.js';

export interface ConllSentence {
  words: string[];
  /** The tag column read (NER by default) as in the file. */
  tags: string[];
}

export interface ConllDoc {
  sentences: ConllSentence[];
}

/** The NER column: the last one. */
const NER_COLUMN = (cols: string[]): string => cols[cols.length - 1];

/**
 * Reads a CoNLL-2003 file's text into documents of sentences; `column` picks each token's tag
 * from its columns (default: the NER tag; the POS reader takes the second).
 */
export function readConll(text: string, column: (cols: string[]) => string = NER_COLUMN): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | null = null;
  let sent: ConllSentence = { words: [], tags: [] };
  const flush = (): void => {
    if (sent.words.length === 0) return;
    if (!doc) {
      doc = { sentences: [] };
      docs.push(doc);
    }
    doc.sentences.push(sent);
    sent = { words: [], tags: [] };
  };
  let lineNo = 0;
  for (const raw of text.split('\n')) {
    lineNo++;
    const line = raw.trimEnd();
    if (line === '') {
      flush();
      continue;
    }
    const cols = line.split(' ');
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    if (cols.length < 2)
      throw new Error(
        `CoNLL line ${lineNo}: expected "word POS chunk NER" columns, found ${JSON.stringify(line.slice(0, 80))}`,
      );
    sent.words.push(cols[0]);
    sent.tags.push(column(cols));
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

/** Entity spans of an IOB1 (or IOB2) tag sequence, as conlleval reads them. */
export function iobToSpans(tags: readonly string[]): TagSpan[] {
  const out: TagSpan[] = [];
  let open = -1;
  let openType = '';
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const prefix = tag === 'O' || tag.length < 3 ? 'O' : tag[0];
    const type = prefix === 'O' ? '' : tag.slice(2);
    // an entity starts at B-, or at I- after O or after another type
    const starts = prefix === 'B' || (prefix === 'I' && (open < 0 || openType !== type));
    if (open >= 0 && (prefix === 'O' || starts)) {
      pushSpan(out, open, i, openType);
      open = -1;
    }
    if (starts) {
      open = i;
      openType = type;
    }
  }
  if (open >= 0) pushSpan(out, open, tags.length, openType);
  return out;
}

function pushSpan(out: TagSpan[], start: number, end: number, type: string): void {
  if ((NER_TYPES as readonly string[]).includes(type)) out.push({ start, end, type: type as NerType });
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface NerScores extends PRF {
  perType: Record<NerType, PRF>;
}

function prf(correct: number, gold: number, predicted: number): PRF {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

/** conlleval exact-span scores; `gold[i]` and `pred[i]` are the spans of sentence i. */
export function scoreSpans(gold: readonly TagSpan[][], pred: readonly TagSpan[][]): NerScores {
  if (gold.length !== pred.length)
    throw new Error(
      `scoreSpans: expected as many predicted sentences as gold ones (${gold.length}), found ${pred.length}`,
    );
  const c = { correct: 0, gold: 0, pred: 0 };
  const per = Object.fromEntries(NER_TYPES.map((t) => [t, { correct: 0, gold: 0, pred: 0 }])) as Record<
    NerType,
    typeof c
  >;
  for (let i = 0; i < gold.length; i++) {
    const keys = new Set(gold[i].map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of gold[i]) {
      c.gold++;
      per[s.type].gold++;
    }
    for (const s of pred[i]) {
      c.pred++;
      per[s.type].pred++;
      if (keys.has(`${s.start}:${s.end}:${s.type}`)) {
        c.correct++;
        per[s.type].correct++;
      }
    }
  }
  return {
    ...prf(c.correct, c.gold, c.pred),
    perType: Object.fromEntries(NER_TYPES.map((t) => [t, prf(per[t].correct, per[t].gold, per[t].pred)])) as Record<
      NerType,
      PRF
    >,
  };
}
