/**
 * The evaluations behind the quality gates, each reduced to the metrics of ../shared/README.md.
 * Modules are imported lazily so that a missing one fails only its own gate.
 */
import { fileURLToPath } from 'node:url';
import type { Evaluation } from './gate.js';

/** An article set with gold in the events-demo format: correct / uncoded / spurious per sentence. */
function articleSet(name: string, prefix: string, gold: string, root: string): Evaluation {
  return {
    name,
    corpus: `repo:${root}`,
    async run() {
      const { evaluateEventsDemo } = await import('./events-demo.js');
      const r = await evaluateEventsDemo({
        gold: fileURLToPath(new URL(`../${gold}`, import.meta.url)),
        root: fileURLToPath(new URL(`../${root}`, import.meta.url)),
      });
      return {
        [`${prefix}.correct`]: r.correct / Math.max(1, r.required),
        [`${prefix}.uncoded`]: r.uncoded / Math.max(1, r.required),
        [`${prefix}.spurious_per_sentence`]: r.spurious / Math.max(1, r.sentences),
      };
    },
  };
}

/** A sentence set with gold in the events-sentences format: correct / uncoded / spurious per record. */
function sentenceSet(name: string, prefix: string, gold: string, corpus = `repo:${gold}`): Evaluation {
  return {
    name,
    corpus,
    async run() {
      const { evaluateSentences } = await import('./events-sentences.js');
      const r = await evaluateSentences(fileURLToPath(new URL(`../${gold}`, import.meta.url)));
      return {
        [`${prefix}.correct`]: r.correct / Math.max(1, r.required),
        [`${prefix}.uncoded`]: r.uncoded / Math.max(1, r.required),
        [`${prefix}.spurious_per_sentence`]: r.spurious / Math.max(1, r.records),
      };
    },
  };
}

export const EVALUATIONS: Evaluation[] = [
  {
    name: 'extract',
    corpus: 'data/dev/extraction/trafilatura-eval',
    async run() {
      const { evaluateExtraction } = await import('./extract.js');
      const r = evaluateExtraction();
      return {
        'extract.f1': r.f1,
        'extract.precision': r.precision,
        'extract.recall': r.recall,
        'extract.date_accuracy': r.dateAccuracy,
        'extract.title_accuracy': r.titleAccuracy,
        'extract.author_accuracy': r.authorAccuracy,
      };
    },
  },
  {
    // our part-of-speech tagger (data/pos) on CoNLL-2003 eng.testa's POS column
    name: 'pos',
    corpus: 'data/dev/conll2003',
    async run() {
      const { evaluatePos } = await import('./pos.js');
      const r = evaluatePos();
      return { 'pos.accuracy': r.accuracy, 'pos.unknown_accuracy': r.unknownAccuracy, 'pos.verb_f1': r.verbF1 };
    },
  },
  {
    name: 'ner',
    corpus: 'data/dev/conll2003',
    async run() {
      const { evaluateNer } = await import('./ner.js');
      const r = evaluateNer();
      return {
        'ner.f1': r.f1,
        'ner.f1.PER': r.perType.PER.f1,
        'ner.f1.ORG': r.perType.ORG.f1,
        'ner.f1.LOC': r.perType.LOC.f1,
        'ner.f1.MISC': r.perType.MISC.f1,
      };
    },
  },
  {
    name: 'time',
    corpus: 'data/dev/timebank',
    async run() {
      const { evaluateTime } = await import('./time.js');
      const r = evaluateTime();
      return { 'time.relaxed_f1': r.relaxed.f1, 'time.value_f1': r.value.f1 };
    },
  },
  {
    name: 'quotes',
    corpus: 'data/dev/polnear',
    async run() {
      const { evaluateQuotes } = await import('./quotes.js');
      const r = evaluateQuotes();
      return { 'quotes.direct_recall': r.direct.recall, 'quotes.speaker_accuracy': r.speaker.accuracy };
    },
  },
  {
    name: 'events-unit',
    corpus: 'data/dev/petrarch-unit',
    async run() {
      const { evaluateEventsUnit } = await import('./events-unit.js');
      const r = evaluateEventsUnit();
      return {
        'events_unit.exact': r.exact / Math.max(1, r.codings),
        'events_unit.records_right': r.recordsAllRight / Math.max(1, r.records),
      };
    },
  },
  {
    name: 'events-seeds',
    corpus: 'seeds',
    async run() {
      const { evaluateEventsSeeds } = await import('./events-seeds.js');
      const seeds = await evaluateEventsSeeds();
      const required = seeds.reduce((s, x) => s + x.required, 0);
      const found = seeds.reduce((s, x) => s + x.found, 0);
      const spurious = seeds.reduce((s, x) => s + x.spurious.length, 0);
      return {
        'events_seeds.recall': found / Math.max(1, required),
        'events_seeds.spurious_per_seed': spurious / Math.max(1, seeds.length),
      };
    },
  },
  {
    // Our demo corpus with a gold written blind (dev set). The held-out gold of the other demo
    // articles (test/events/demo-heldout.gold.json) is reported by eval/events-demo.ts --gold,
    // never gated: nothing is tuned on it.
    name: 'events-demo',
    corpus: 'repo:examples',
    async run() {
      const { evaluateEventsDemo } = await import('./events-demo.js');
      const r = await evaluateEventsDemo();
      return {
        'events_demo.correct': r.correct / Math.max(1, r.required),
        'events_demo.uncoded': r.uncoded / Math.max(1, r.required),
        'events_demo.spurious_per_sentence': r.spurious / Math.max(1, r.sentences),
      };
    },
  },
  // A second development set: 24 articles on other conflicts (2014–2025), written with their gold.
  articleSet('events-dev2', 'events_dev2', 'test/events/dev2.gold.json', 'test/fixtures/events-dev'),
  // A third development set (2026-11-21): 24 articles on still other conflicts and diplomacy
  // (2015–2025), gold written blind by another annotator before any coder output was seen.
  articleSet('events-dev3', 'events_dev3', 'test/events/dev3.gold.json', 'test/fixtures/events-dev3'),
  // A second sentence development set (300, written blind 2026-11-21, all regions and types).
  sentenceSet('events-sentences-dev3', 'events_sentences_dev3', 'test/events/sentences.dev3.jsonl'),
  // Single wire sentences with PLOVER gold (300, all regions): the form of the held-out
  // "real sentences" sets. Development set: misses here are studied and fixed in general form.
  sentenceSet('events-sentences', 'events_sentences', 'test/events/sentences.dev.jsonl'),
  // 200 sentences written blind by another annotator (Africa, Latin America, Asia first). Never
  // looked at for tuning: only its totals are read. Gated so that no change silently loses on it.
  sentenceSet('events-sentences-blind', 'events_blind', 'test/events/sentences.blind.jsonl'),
  // Real wire text (2026-11-21): 320 lines drawn at random from the CNN Libya-war articles of
  // Timeline17 (../shared), gold written blind by two annotators. The repository keeps only file,
  // line and hash; the text is read from ../shared, so the gate skips without it.
  sentenceSet('events-sentences-t17', 'events_t17', 'test/events/sentences.t17.jsonl', 'data/dev/timelines/t17'),
  // The same corpus read whole (2026-11-21): 16 CNN Libya-war articles, gold written blind by two
  // annotators who read each article whole, events named by file line. Skips without ../shared.
  {
    name: 'events-articles-t17',
    corpus: 'data/dev/timelines/t17',
    async run() {
      const { evaluateT17Articles } = await import('./events-t17-articles.js');
      const r = await evaluateT17Articles();
      return {
        'events_t17_articles.correct': r.correct / Math.max(1, r.required),
        'events_t17_articles.uncoded': r.uncoded / Math.max(1, r.required),
        'events_t17_articles.spurious_per_sentence': r.spurious / Math.max(1, r.sentences),
      };
    },
  },
  {
    name: 'timeline',
    corpus: 'data/dev/timelines/t17',
    async run() {
      const { evaluateTimelines } = await import('./timeline.js');
      const r = await evaluateTimelines();
      return { 'timeline.date_f1': r.date_f1, 'timeline.align_r1': r.alignm1_r1, 'timeline.align_r2': r.alignm1_r2 };
    },
  },
];
