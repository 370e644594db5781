import { describe, expect, it } from 'vitest';
import { findEntities, type EntityRegistry } from '../../src/nlp/entities.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import type { EntityType } from '../../src/types.js';

/** A tiny registry: exact, case-sensitive names. */
function fakeRegistry(names: Record<string, EntityType>): EntityRegistry {
  const keys = Object.keys(names).sort((a, b) => b.length - a.length);
  return {
    scan(text: string) {
      const hits: { start: number; end: number; text: string; type: EntityType; ids: string[] }[] = [];
      const taken: boolean[] = [];
      for (const k of keys) {
        let i = text.indexOf(k);
        while (i >= 0) {
          const before = text[i - 1] ?? ' ';
          const after = text[i + k.length] ?? ' ';
          if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after) && !taken.slice(i, i + k.length).some(Boolean)) {
            hits.push({ start: i, end: i + k.length, text: k, type: names[k], ids: [k] });
            for (let x = i; x < i + k.length; x++) taken[x] = true;
          }
          i = text.indexOf(k, i + 1);
        }
      }
      return hits.sort((a, b) => a.start - b.start);
    },
  };
}

const NONE = fakeRegistry({});
const ents = (text: string, reg: EntityRegistry = NONE): [string, EntityType][] =>
  findEntities(text, splitSentences(text), reg).map((e) => [e.text, e.type]);

describe('findEntities', () => {
  it('takes registry hits with their types', () => {
    const reg = fakeRegistry({ Norland: 'GPE', 'Anna Berg': 'PER', Norlandic: 'NORP' });
    expect(ents('Anna Berg flew to Norland to meet Norlandic farmers.', reg)).toEqual([
      ['Anna Berg', 'PER'],
      ['Norland', 'GPE'],
      ['Norlandic', 'NORP'],
    ]);
  });

  it('types unknown people by a title before them and drops the title from the span', () => {
    expect(ents('The talks were led by Foreign Minister Tomas Krell and spokeswoman Ida Varga.')).toEqual([
      ['Tomas Krell', 'PER'],
      ['Ida Varga', 'PER'],
    ]);
    expect(ents('Later, Mr Kovac said the plan had failed.')).toEqual([['Kovac', 'PER']]);
  });

  it('splits a country and a person around a title phrase', () => {
    const reg = fakeRegistry({ Valdoria: 'GPE' });
    expect(ents('The Valdoria Secretary of State Lena Moor arrived.', reg)).toEqual([
      ['Valdoria', 'GPE'],
      ['Lena Moor', 'PER'],
    ]);
  });

  it('keeps organisation names with connectors whole and types them by keyword', () => {
    expect(ents('A statement by the Bank of Eastland and the Ministry of Water Resources followed.')).toEqual([
      ['Bank of Eastland', 'ORG'],
      ['Ministry of Water Resources', 'ORG'],
    ]);
  });

  it('absorbs a demonym into an organisation name that ends in a keyword', () => {
    const reg = fakeRegistry({ Ruritanian: 'NORP' });
    expect(ents('The Ruritanian Defence Ministry denied it.', reg)).toEqual([['Ruritanian Defence Ministry', 'ORG']]);
  });

  it('types places by cues and event names as MISC', () => {
    expect(ents('Delegates gathered at the Orlov Palace near Kestrel for the Harbour Dialogue.')).toEqual([
      ['Orlov Palace', 'LOC'],
      ['Kestrel', 'LOC'],
      ['Harbour Dialogue', 'MISC'],
    ]);
    expect(ents('Fighting spread in Tarsa province.')).toEqual([['Tarsa', 'GPE']]);
  });

  it('keeps name particles and cuts possessives', () => {
    expect(ents("Troops loyal to President Karim al-Hadi's government advanced.")).toEqual([['Karim al-Hadi', 'PER']]);
  });

  it('skips sentence-initial common words, months and weekdays', () => {
    expect(ents('However, Tuesday brought rain. Confirmation came in March.')).toEqual([]);
  });

  it('types a later surname like the full name seen before', () => {
    expect(ents('Envoy Petra Lind arrived. Lind later left.')).toEqual([
      ['Petra Lind', 'PER'],
      ['Lind', 'PER'],
    ]);
  });

  it('takes the name part of hyphenated adjectives', () => {
    const reg = fakeRegistry({ Norland: 'GPE' });
    expect(ents('The Norland-backed forces moved north.', reg)).toEqual([['Norland', 'GPE']]);
  });

  it('returns sorted, non-overlapping spans that slice the text', () => {
    const t = 'Minister Ola Dahl of the Eastland Farmers Union met Norland officials in Brim.';
    const reg = fakeRegistry({ Norland: 'GPE', Eastland: 'GPE' });
    const out = findEntities(t, splitSentences(t), reg);
    for (let i = 0; i < out.length; i++) {
      expect(t.slice(out[i].start, out[i].end)).toBe(out[i].text);
      if (i > 0) expect(out[i].start).toBeGreaterThanOrEqual(out[i - 1].end);
    }
    expect(out.map((e) => e.text)).toEqual(['Ola Dahl', 'Eastland Farmers Union', 'Norland', 'Brim']);
  });
});
