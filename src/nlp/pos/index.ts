/**
 * Chronicle's part-of-speech tagger: a multiclass averaged perceptron over window-only word
 * features (words i-2..i+2, no tag history), trained on the POS column of CoNLL-2003 English
 * (`npm run train:pos`). Penn Treebank tags as in CoNLL-2003. See data/pos/MODEL_CARD.md.
 *
 *   const pos = loadPosTagger();
 *   pos.tagAt(['the', 'army', 'targets', 'rebels'], 2); // 'VBZ'
 *   pos.tagAt(['military', 'targets', 'were', 'hit'], 1); // 'NNS'
 */
import { PosModel } from './model.js';
import { PosTagger } from './tagger.js';
import { scorePos, type PosScores, type PosSentence } from './conll.js';

export { PosTagger, type PosScore } from './tagger.js';
export { PosModel, DEFAULT_POS_WEIGHTS_PATH, POS_WEIGHTS_FORMAT } from './model.js';
export { readConllPos, scorePos, isVerbTag, type PosSentence, type PosScores } from './conll.js';

let shipped: PosTagger | null = null;

/**
 * The shipped tagger (data/pos/weights.bin.gz), loaded synchronously on first call and kept.
 * Throws, saying how to rebuild it, when the weight file is missing or unusable.
 */
export function loadPosTagger(): PosTagger {
  if (!shipped) shipped = new PosTagger(PosModel.load());
  return shipped;
}

/** Tags `sentences` with `tagger` and scores them (`known` = word forms of the training text). */
export function evaluateTagger(
  tagger: PosTagger,
  sentences: readonly PosSentence[],
  known: ReadonlySet<string>,
): { scores: PosScores; pred: string[][] } {
  const pred = sentences.map((s) => tagger.tag(s.words));
  return { scores: scorePos(sentences, pred, known), pred };
}
