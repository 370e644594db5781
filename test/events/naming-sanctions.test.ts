/**
 * Two general mechanisms, on our own invented sentences: international sanctions are PLOVER
 * SANCTION 'discontinue' (PLOVER manual v2, SANCTION modes), and "called X <criticism>" with a
 * bare adjective or an object that holds a mention is a one-way criticism, not a phone call.
 */
import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/events/document.js';
import { linked, type Fixture } from './helpers.js';
import type { Event } from '../../src/types.js';

const ctx = { published: null, debug: () => {} };

function code(f: Fixture): Event[] {
  return codeDocument(linked({ published: '2024-03-05', ...f }), ctx);
}

function dyads(evs: Event[]): string[] {
  return evs.map(
    (e) =>
      `${e.source.actor?.country ?? e.source.actor?.id}>${e.target?.actor?.country ?? '-'}:${e.plover.event}${e.plover.mode ? '/' + e.plover.mode : ''}`,
  );
}

describe('sanctions are SANCTION', () => {
  it('codes "imposed sanctions on X" as SANCTION/discontinue', () => {
    const evs = code({
      text: 'France imposed fresh sanctions on Iran over its drone exports.',
      actors: { France: 'FRA', Iran: 'IRN' },
    });
    expect(dyads(evs)).toContain('FRA>IRN:SANCTION/discontinue');
    expect(evs.find((e) => e.plover.event === 'COERCE')).toBeUndefined();
  });

  it('codes a future sanctions announcement the same way', () => {
    const evs = code({
      text: 'Germany said it was imposing sanctions on Syria after the raid.',
      // ("it": the actor stage resolves it to Germany; the imposing codes the sanctions)
      actors: { Germany: 'DEU', Syria: 'SYR', it: 'DEU' },
    });
    expect(dyads(evs)).toContain('DEU>SYR:SANCTION/discontinue');
  });
});

describe('"called X <criticism>" is an accusation, one way', () => {
  it('reads a bare predicate adjective as criticism', () => {
    const evs = code({
      text: 'Turkey called the Russian decision reckless and unjustified.',
      actors: { Turkey: 'TUR', Russian: 'RUS' },
    });
    expect(dyads(evs)).toEqual(['TUR>RUS:ACCUSE/disapprove']);
  });

  it('reads "a Y" with an object holding a mention, and adds no reverse phone call', () => {
    const evs = code({
      text: 'Syria on Sunday called the Turkish incursion a dangerous escalation.',
      actors: { Syria: 'SYR', Turkish: 'TUR' },
    });
    expect(dyads(evs)).toEqual(['SYR>TUR:ACCUSE/disapprove']);
  });

  it('lets criticism win over praise words in the same predicate', () => {
    const evs = code({
      text: 'Iran called the French plan a historic mistake.',
      actors: { Iran: 'IRN', French: 'FRA' },
    });
    expect(dyads(evs)).toEqual(['IRN>FRA:ACCUSE/disapprove']);
  });

  it('still codes praise', () => {
    const evs = code({
      text: 'Germany called the talks with Turkey very productive.',
      actors: { Germany: 'DEU', Turkey: 'TUR' },
    });
    expect(dyads(evs)).toContain('DEU>TUR:SUPPORT');
    expect(evs.every((e) => e.plover.event !== 'CONSULT')).toBe(true);
  });

  it('keeps a real phone call a call', () => {
    const evs = code({
      text: 'Putin called Erdogan to discuss the grain corridor.',
      actors: { Putin: 'putin', Erdogan: 'erdogan' },
    });
    expect(evs.map((e) => e.plover.event)).toContain('CONSULT');
    expect(evs.every((e) => e.plover.event !== 'ACCUSE')).toBe(true);
  });
});
