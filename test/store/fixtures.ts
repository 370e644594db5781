/**
 * Hand-made records for store, export and server tests. All text is our own, fictional.
 */
import type { Actor, Annotated, Article, Event } from '../../src/types.js';

export const ACTORS: Record<string, Actor> = {
  rusgov: { id: 'RUSGOV_X', name: 'Government of Russia', country: 'RUS', sector: 'GOV', cameo: 'RUSGOV' },
  ukrmil: { id: 'UKRMIL_X', name: 'Ukrainian armed forces', country: 'UKR', sector: 'MIL', cameo: 'UKRMIL' },
  putin: { id: 'vladimir_putin', name: 'Vladimir Putin', country: 'RUS', sector: 'GOV', cameo: 'RUSGOV' },
  usa: { id: 'USA', name: 'United States', country: 'USA', sector: null, cameo: 'USA' },
  un: { id: 'UN', name: 'United Nations', country: null, sector: 'IGO', cameo: 'IGOUNO' },
  fra: { id: 'FRA', name: 'France', country: 'FRA', sector: null, cameo: 'FRA' },
};

let n = 0;

export function makeArticle(over: Partial<Article> = {}): Article {
  n++;
  const text =
    over.text ??
    `Officials in the fictional town of Brel said on Tuesday that talks had resumed.\n` +
      `A spokesperson added that a second round, number ${n}, would follow next week.`;
  return {
    id: over.id ?? `art-${n}`,
    source: over.source ?? `fixtures/doc-${n}.txt`,
    url: over.url === undefined ? `https://news.example.org/story/${n}` : over.url,
    outlet: over.outlet === undefined ? 'Example Gazette' : over.outlet,
    title: over.title === undefined ? `Talks resume in Brel (${n})` : over.title,
    published: over.published === undefined ? '2017-05-02' : over.published,
    published_from: over.published_from === undefined ? 'input' : over.published_from,
    language: over.language ?? 'en',
    authors: over.authors ?? ['A. Writer'],
    text,
  };
}

export interface EventSpec {
  id?: string;
  article: Article;
  date?: string | null;
  source?: Actor | null;
  target?: Actor | null;
  plover?: string;
  mode?: string;
  context?: string[];
  cameo?: string;
  goldstein?: number;
  quad?: number;
  sentence?: string;
  trigger?: string;
  negated?: boolean;
  confidence?: number;
  location?: { text: string; country?: string } | null;
  /** Words of the sentence naming the source / target (default: its first words). */
  sourceText?: string;
  targetText?: string;
}

/** Builds an Event whose sentence is the article's first sentence (or `sentence`, searched in the text). */
export function makeEvent(s: EventSpec): Event {
  n++;
  const text = s.article.text;
  const sentenceText = s.sentence ?? text.split('\n')[0];
  const start = Math.max(0, text.indexOf(sentenceText));
  const trig = s.trigger ?? sentenceText.split(' ')[Math.min(4, sentenceText.split(' ').length - 1)];
  const tIn = Math.max(0, sentenceText.indexOf(trig));
  const src = s.source === undefined ? ACTORS.rusgov : s.source;
  const tgt = s.target === undefined ? ACTORS.ukrmil : s.target;
  const code = s.cameo ?? '190';
  const span = (words: string | undefined, dflt: [number, number]) => {
    const at = words ? sentenceText.indexOf(words) : -1;
    const [a, b] = at >= 0 ? [at, at + words!.length] : dflt;
    return { start: start + a, end: start + b, text: sentenceText.slice(a, b) };
  };
  return {
    id: s.id ?? `ev-${n}`,
    article_id: s.article.id,
    sentence: { start, end: start + sentenceText.length, text: sentenceText },
    date: s.date === undefined ? '2017-05-02' : s.date,
    date_from: 'text',
    source: { ...span(s.sourceText, [0, 5]), actor: src },
    target: tgt ? { ...span(s.targetText, [6, 10]), actor: tgt } : null,
    trigger: { start: start + tIn, end: start + tIn + trig.length, text: trig },
    plover: { event: s.plover ?? 'ASSAULT', mode: s.mode, context: s.context ?? [] },
    cameo: { code, root: code.slice(0, 2), goldstein: s.goldstein ?? -10, quad_class: s.quad ?? 4 },
    location: s.location === undefined ? { text: 'Brel', country: 'UKR' } : s.location,
    negated: s.negated ?? false,
    confidence: s.confidence ?? 0.8,
    rule: `fixture rule ${code}`,
  };
}

export function annotatedOf(article: Article): Annotated {
  const first = article.text.indexOf('\n');
  return {
    article,
    sentences: [
      { start: 0, end: first < 0 ? article.text.length : first },
      ...(first < 0 ? [] : [{ start: first + 1, end: article.text.length }]),
    ],
    entities: [{ start: 0, end: 9, text: article.text.slice(0, 9), type: 'ORG' }],
    times: [{ start: 0, end: 1, text: 'x', type: 'DATE', value: '2017-05-02' }],
    quantities: [],
    quotes: [],
  };
}
