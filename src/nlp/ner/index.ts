/**
 * Chronicle's own named-entity recogniser: an averaged structured perceptron over hashed word
 * features with BILOU Viterbi decoding, trained on CoNLL-2003 English (`npm run train:ner`), with
 * gazetteer features from the actor registry and a document memory. See data/ner/MODEL_CARD.md.
 */
import { gazCodesForWords, type NerSentence } from './features.js';
import { iobToSpans, scoreSpans, type ConllDoc, type NerScores } from './conll.js';
import type { TagSpan } from './decoder.js';
import type { NerModel } from './model.js';

export { NerModel, loadNerModel, nerModelStatus, DEFAULT_WEIGHTS_PATH } from './model.js';
export { bilouToSpans, spansToBilou, TAG_NAMES, NUM_TAGS, type TagSpan } from './decoder.js';
export { gazCodesFromHits, gazCodesForWords, NER_TYPES, type NerType, type NerSentence } from './features.js';
export { readConll, iobToSpans, scoreSpans, type ConllDoc, type NerScores, type PRF } from './conll.js';

export type ScanFn = (text: string) => readonly { start: number; end: number; type: string }[];

/** CoNLL documents as model input: words, and gazetteer codes when a scan is given. */
export function conllToSentences(doc: ConllDoc, scan: ScanFn | null): NerSentence[] {
  return doc.sentences.map((s) => ({ words: s.words, gaz: scan ? gazCodesForWords(s.words, scan) : undefined }));
}

/** Tags CoNLL documents with `model` and scores them against their gold tags (conlleval). */
export function evaluateConll(
  model: NerModel,
  docs: readonly ConllDoc[],
  scan: ScanFn | null,
): { scores: NerScores; gold: TagSpan[][]; pred: TagSpan[][] } {
  const gold: TagSpan[][] = [];
  const pred: TagSpan[][] = [];
  for (const d of docs) {
    const spans = model.tagDocument(conllToSentences(d, scan));
    for (let i = 0; i < d.sentences.length; i++) {
      gold.push(iobToSpans(d.sentences[i].tags));
      pred.push(spans[i]);
    }
  }
  return { scores: scoreSpans(gold, pred), gold, pred };
}
