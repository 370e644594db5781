/**
 * Single wire sentences through the whole pipeline (extract → annotate → resolve → code), as the
 * held-out sentence sets are coded: generic actors placed by the sentence, possessors of acts as
 * targets, short English text with foreign names read as English, no PLOVER-less STATEMENT events.
 * Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { defaultContext, runDocument } from '../../src/pipeline.js';
import type { Event } from '../../src/types.js';

function code(text: string, published = '2024-03-12'): Event[] {
  return runDocument(
    { source: 'test', kind: 'text', content: text, given: { published, published_from: 'input' } },
    defaultContext({ published }),
  ).events;
}

function dyads(evs: Event[]): string[] {
  return evs.map(
    (e) => `${e.source.actor?.country ?? e.source.actor?.id}>${e.target?.actor?.country ?? '-'}:${e.plover.event}`,
  );
}

describe('generic actors placed by the sentence', () => {
  it('places protesters by the city they march in, and their target', () => {
    const d = dyads(code('Thousands of protesters marched in La Paz on Sunday against President Luis Arce.'));
    expect(d).toContain('BOL>BOL:PROTEST');
  });

  it('places police and demonstrators by the city named with the police', () => {
    const evs = code('Riot police in Lagos fired tear gas at demonstrators demanding lower fuel prices.');
    expect(evs.length).toBeGreaterThan(0);
    for (const e of evs) {
      expect(e.source.actor?.country).toBe('NGA');
      expect(e.target?.actor?.country).toBe('NGA');
    }
    expect(evs[0].rule).toMatch(/placed in NGA/);
  });

  it('places gunmen and villagers where the attack happened', () => {
    const d = dyads(code('Gunmen on motorbikes killed nine villagers in northern Niger on Saturday, officials said.'));
    expect(d).toContain('NER>NER:ASSAULT');
  });

  it('does not place a foreign-backed group in its backer\u2019s capital named for another clause', () => {
    const d = dyads(code('Observers in Tehran say Iran, which arms militias fighting in Yemen, wants calm.'));
    expect(d.some((x) => x.startsWith('IRN>IRN'))).toBe(false);
  });

  it('does not make a country act on its own forces ("scrambled jets")', () => {
    const d = dyads(code('Japan scrambled fighter jets after two Russian bombers flew near Hokkaido.'));
    expect(d.some((x) => x === 'JPN>JPN:MOBILIZE')).toBe(false);
  });
});

describe('targets and event types', () => {
  it('takes the possessor of a praised or rejected act as the target', () => {
    expect(dyads(code("Indonesia's president praised Malaysia's decision to reopen the border crossing."))).toContain(
      'IDN>MYS:SUPPORT',
    );
    const d = dyads(code("Hungary rejected Ukraine's bid to open accession talks."));
    expect(d).toContain('HUN>UKR:REJECT');
    // the bid's infinitive is Ukraine's plan, not Hungary's act
    expect(d.filter((x) => x.startsWith('HUN>')).length).toBe(1);
  });

  it('reads a short English sentence full of foreign names as English', () => {
    const d = dyads(code('Brazilian President Luiz Inacio Lula da Silva criticised Argentina over trade.'));
    expect(d).toContain('BRA>ARG:ACCUSE');
  });

  it('codes no STATEMENT events: PLOVER has no such type', () => {
    const evs = code('The Indian foreign minister told reporters in Tokyo that talks with Japan went well.');
    expect(evs.filter((e) => e.plover.event === 'STATEMENT')).toEqual([]);
  });
});
