/**
 * Builds `Linked` inputs by hand for the coder's tests, so they do not depend on the nlp and
 * actors stages. Sentences are split on ". "; every occurrence of a listed phrase becomes an
 * actor mention; times are given as [text, value].
 */
import type { Actor, ActorMention, Entity, Linked, Span, TimeExpr } from '../../src/types.js';

export const ACTORS: Record<string, Actor> = {
  USA: { id: 'USA', name: 'United States', country: 'USA', sector: null, cameo: 'USA' },
  RUS: { id: 'RUS', name: 'Russia', country: 'RUS', sector: null, cameo: 'RUS' },
  TUR: { id: 'TUR', name: 'Turkey', country: 'TUR', sector: null, cameo: 'TUR' },
  IRN: { id: 'IRN', name: 'Iran', country: 'IRN', sector: null, cameo: 'IRN' },
  SYR: { id: 'SYR', name: 'Syria', country: 'SYR', sector: null, cameo: 'SYR' },
  FRA: { id: 'FRA', name: 'France', country: 'FRA', sector: null, cameo: 'FRA' },
  DEU: { id: 'DEU', name: 'Germany', country: 'DEU', sector: null, cameo: 'DEU' },
  ostrava_mayor: { id: 'ostrava_mayor', name: 'Mayor Novak', country: 'CZE', sector: 'GOV', cameo: 'CZEGOV' },
  rebels: { id: 'SYRREB', name: 'Syrian rebels', country: 'SYR', sector: 'REB', cameo: 'SYRREB' },
  kerry: { id: 'john_kerry', name: 'John Kerry', country: 'USA', sector: 'GOV', cameo: 'USAGOV' },
  lavrov: { id: 'sergey_lavrov', name: 'Sergey Lavrov', country: 'RUS', sector: 'GOV', cameo: 'RUSGOV' },
  putin: { id: 'vladimir_putin', name: 'Vladimir Putin', country: 'RUS', sector: 'GOV', cameo: 'RUSGOV' },
  trump: { id: 'donald_trump', name: 'Donald Trump', country: 'USA', sector: 'GOV', cameo: 'USAGOV' },
  erdogan: { id: 'recep_erdogan', name: 'Recep Tayyip Erdogan', country: 'TUR', sector: 'GOV', cameo: 'TURGOV' },
};

export interface Fixture {
  text: string;
  /** phrase → actor key in ACTORS (every occurrence becomes a mention) */
  actors: Record<string, string>;
  /** phrase → TIMEX3 value */
  times?: Record<string, string>;
  /** place names (GPE entities, not actors unless also listed in `actors`) */
  places?: Record<string, string | null>;
  published?: string | null;
  title?: string | null;
}

function allOccurrences(text: string, phrase: string): Span[] {
  const out: Span[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function linked(f: Fixture): Linked {
  const text = f.text;
  const sentences: Span[] = [];
  const re = /[^.!?\n]+(?:[.!?]+["”]?|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const s = m.index + (m[0].length - m[0].trimStart().length);
    const e = m.index + m[0].trimEnd().length;
    if (e > s) sentences.push({ start: s, end: e });
  }
  const mentions: ActorMention[] = [];
  // longer phrases first so "Russian President Putin" beats "Putin"
  for (const [phrase, key] of Object.entries(f.actors).sort((a, b) => b[0].length - a[0].length)) {
    const actor = ACTORS[key];
    if (!actor) throw new Error(`test fixture: unknown actor key ${key}; add it to ACTORS in test/events/helpers.ts`);
    for (const sp of allOccurrences(text, phrase)) {
      if (mentions.some((x) => x.start < sp.end && sp.start < x.end)) continue;
      mentions.push({
        ...sp,
        text: text.slice(sp.start, sp.end),
        actor,
        via: /^(he|she|they|it)$/i.test(phrase) ? 'coref' : 'name',
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const times: TimeExpr[] = [];
  for (const [phrase, value] of Object.entries(f.times ?? {})) {
    for (const sp of allOccurrences(text, phrase)) times.push({ ...sp, text: phrase, type: 'DATE', value });
  }
  const entities: Entity[] = [];
  for (const [phrase, country] of Object.entries(f.places ?? {})) {
    for (const sp of allOccurrences(text, phrase)) {
      const actor = country ? { id: country, name: phrase, country, sector: null, cameo: country } : undefined;
      entities.push({ ...sp, text: phrase, type: 'GPE', ...(actor ? { actor } : {}) });
    }
  }
  return {
    article: {
      id: 'test-article',
      source: 'test',
      url: null,
      outlet: null,
      title: f.title ?? null,
      published: f.published === undefined ? '2020-03-04' : f.published,
      published_from: 'input',
      language: 'en',
      authors: [],
      text,
    },
    sentences,
    entities,
    times,
    quantities: [],
    quotes: [],
    mentions,
  };
}
