/**
 * Coder changes for real news text (see eval/events-demo.ts), each on our own invented sentences:
 * verb defaults (deny, propose talks, move forces, pull out, hold territory, "press secretary"),
 * naming as criticism ("called X a Y"), allegations in reported speech, refusals, implied targets
 * (anaphoric objects, the party a denial answers, relative clauses, complements), targetless types,
 * local agents placed by a country named next to them, ISO-week dates.
 */
import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/events/document.js';
import { usableDate, isoWeekMonth } from '../../src/events/attach.js';
import { linked, type Fixture } from './helpers.js';
import type { Actor, Event } from '../../src/types.js';

const ctx = { published: null, debug: () => {} };

function code(f: Fixture): Event[] {
  return codeDocument(linked(f), ctx);
}

function dyads(evs: Event[]): string[] {
  return evs.map(
    (e) => `${e.source.actor?.country ?? e.source.actor?.id}>${e.target?.actor?.country ?? '-'}:${e.plover.event}`,
  );
}

const REBELS: Actor = { id: 'REB', name: 'rebels', country: null, sector: 'REB', cameo: 'REB' };

describe('dates', () => {
  it('dates an ISO week ("last week") to the month of its Thursday', () => {
    expect(isoWeekMonth(2016, 50)).toBe('2016-12');
    expect(isoWeekMonth(2020, 1)).toBe('2020-01');
    expect(usableDate('2017-W15')).toBe('2017-04');
    expect(usableDate('XXXX-W15')).toBeNull();
  });
});

describe('verb defaults', () => {
  it('does not read "press" in "press secretary" as a verb', () => {
    expect(
      code({
        text: 'The Kremlin press secretary Ivan Petrov said Germany would reply.',
        actors: { 'The Kremlin': 'RUS', Germany: 'DEU' },
      }),
    ).toEqual([]);
  });

  it('codes "propose a round of talks" as an intent to negotiate (AGREE), not an appeal', () => {
    const evs = code({
      text: 'France and Germany will propose a fresh round of talks with Iran.',
      actors: { France: 'FRA', Germany: 'DEU', Iran: 'IRN' },
    });
    expect(dyads(evs)).toEqual(['FRA>IRN:AGREE', 'DEU>IRN:AGREE']);
  });

  it('codes moving combat aircraft to a place as MOBILIZE', () => {
    const evs = code({
      text: 'Iran has moved about 20 combat aircraft to an airfield near Syria.',
      actors: { Iran: 'IRN', Syria: 'SYR' },
    });
    expect(dyads(evs)).toEqual(['IRN>SYR:MOBILIZE']);
  });

  it('codes troops pulling out of a country as RETREAT', () => {
    const evs = code({
      text: 'French troops pulled out of Syria on Monday.',
      actors: { 'French troops': 'FRA', Syria: 'SYR' },
    });
    expect(dyads(evs)).toEqual(['FRA>SYR:RETREAT']);
  });

  it('does not read holding territory as detention', () => {
    expect(
      code({ text: 'The rebels still hold large parts of Syria.', actors: { rebels: 'rebels', Syria: 'SYR' } }),
    ).toEqual([]);
  });

  it('codes a denial as REJECT aimed at the party whose act it answers', () => {
    const evs = code({
      text: 'France shot down an Iranian drone over the sea on Monday. Iran denies that the drone ever left its airspace.',
      actors: { France: 'FRA', Iranian: 'IRN', Iran: 'IRN' },
    });
    expect(dyads(evs)).toContain('IRN>FRA:REJECT');
  });

  it('codes "refused to apologise" as REJECT', () => {
    const evs = code({
      text: 'Turkey refused to apologise to Russia for the incident.',
      actors: { Turkey: 'TUR', Russia: 'RUS' },
    });
    expect(dyads(evs)).toEqual(['TUR>RUS:REJECT']);
  });
});

describe('naming, allegations and implied targets', () => {
  it('codes "called the strike a flagrant violation" as ACCUSE aimed at who struck', () => {
    const evs = code({
      text: 'France bombed Syria on Monday. Syria called the strike a flagrant violation of its sovereignty.',
      actors: { France: 'FRA', Syria: 'SYR' },
    });
    expect(dyads(evs)).toEqual(['FRA>SYR:ASSAULT', 'SYR>FRA:ACCUSE']);
  });

  it('does not code "called X a Y" when Y is neither criticism nor praise', () => {
    const evs = code({
      text: 'France bombed Syria on Monday. Germany called the strike a matter for lawyers.',
      actors: { France: 'FRA', Syria: 'SYR', Germany: 'DEU' },
    });
    expect(dyads(evs)).toEqual(['FRA>SYR:ASSAULT']);
  });

  it('codes what a speaker says another side did to harm someone as an ACCUSE by the speaker', () => {
    const evs = code({ text: 'Germany said Iran had attacked the embassy.', actors: { Germany: 'DEU', Iran: 'IRN' } });
    expect(dyads(evs)).toContain('DEU>IRN:ACCUSE');
  });

  it("does not turn a speaker's report of its own side's acts into an accusation", () => {
    const evs = code({
      text: 'France said French jets had bombed Syria.',
      actors: { France: 'FRA', 'French jets': 'FRA', Syria: 'SYR' },
    });
    expect(dyads(evs).filter((d) => d.endsWith('ACCUSE'))).toEqual([]);
  });

  it('points "welcomed the agreement" at the parties of the agreement', () => {
    const evs = code({
      text: 'France and Iran agreed on a plan to end the fighting. Russia attacked Syria later. Germany welcomed the agreement.',
      actors: { France: 'FRA', Iran: 'IRN', Russia: 'RUS', Syria: 'SYR', Germany: 'DEU' },
    });
    expect(dyads(evs)).toContain('DEU>FRA:SUPPORT');
  });

  it('takes the head of a "whose" relative clause as the target of a demand', () => {
    const evs = code({
      text: 'The talks did not include President Assad, whose removal Turkey has long demanded.',
      actors: { 'President Assad': 'SYR', Turkey: 'TUR' },
    });
    expect(dyads(evs)).toEqual(['TUR>SYR:REQUEST']);
  });

  it('takes the object of a threatened act as the target ("threatened to drive X out")', () => {
    const evs = code({
      text: 'Turkey threatened to drive the rebels out of the town.',
      actors: { Turkey: 'TUR', rebels: 'rebels' },
    });
    expect(dyads(evs)).toEqual(['TUR>SYR:THREATEN']);
  });

  it('keeps an appeal with no named addressee, drops a warning with no one warned and negated targetless acts', () => {
    expect(dyads(code({ text: 'Germany called for calm on Monday.', actors: { Germany: 'DEU' } }))).toEqual([
      'DEU>-:REQUEST',
    ]);
    expect(code({ text: 'Germany warned that the winter would be hard.', actors: { Germany: 'DEU' } })).toEqual([]);
    expect(code({ text: 'Germany was not asking anyone for money.', actors: { Germany: 'DEU' } })).toEqual([]);
  });
});

describe('local agents', () => {
  it("places a local agent in the country named right after it, not the article's main country", () => {
    const l = linked({
      text: 'Turkey launched an offensive against Kurdish-led forces in north-east Syria. Turkey said Turkey was ready. Turkey and Turkey met.',
      actors: { Turkey: 'TUR', 'Kurdish-led forces': 'USA', Syria: 'SYR' },
    });
    for (const m of l.mentions) if (m.text === 'Kurdish-led forces') Object.assign(m, { actor: REBELS, via: 'agent' });
    const evs = codeDocument(l, ctx).filter((e) => e.plover.event === 'ASSAULT');
    expect(evs.map((e) => e.target?.actor?.cameo)).toEqual(['SYRREB']);
  });
});
