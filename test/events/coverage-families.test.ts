/**
 * Coverage pass by CAMEO family (verbs-extra.txt blocks, nominal triggers with "of … by" frames,
 * light-verb objects, and date phrases that are not pattern particles). Our own invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/events/document.js';
import { linked, type Fixture } from './helpers.js';
import type { Event } from '../../src/types.js';

const ctx = { published: null, debug: () => {} };
const code = (f: Fixture): Event[] => codeDocument(linked(f), ctx);
const coded = (evs: Event[]) =>
  evs.map((e) => `${e.source.actor?.country}>${e.target?.actor?.country ?? '-'}:${e.cameo.code}`);

describe('a date after the verb is not its particle', () => {
  it('"phoned X on Tuesday" stays a call, not an appeal', () => {
    const evs = code({
      text: 'Vladimir Putin called Erdogan on Tuesday evening.',
      actors: { 'Vladimir Putin': 'putin', Erdogan: 'erdogan' },
    });
    expect(evs.map((e) => e.plover.event)).not.toContain('REQUEST');
    expect(evs.map((e) => e.plover.event)).toContain('CONSULT');
  });
  it('"called on X to …" is still an appeal', () => {
    const evs = code({ text: 'Ankara called on Moscow to halt the raids.', actors: { Ankara: 'TUR', Moscow: 'RUS' } });
    expect(evs.map((e) => e.plover.event)).toContain('REQUEST');
  });
});

describe('reduce relations (16)', () => {
  it('"declared X persona non grata"', () => {
    const evs = code({
      text: 'Berlin declared a Russian attaché persona non grata.',
      actors: { Berlin: 'DEU', Russian: 'RUS' },
    });
    expect(coded(evs)).toContain('DEU>RUS:161');
  });
  it('"the expulsion of X by Y" (nominal, agent after the patient)', () => {
    const evs = code({
      text: 'The expulsion of Iranian envoys by Paris drew an angry reply.',
      actors: { Iranian: 'IRN', Paris: 'FRA' },
    });
    expect(coded(evs)).toContain('FRA>IRN:166');
  });
  it('an expulsion with no party is not an event', () => {
    const evs = code({ text: 'The expulsion was debated for hours in Berlin.', actors: { Berlin: 'DEU' } });
    expect(evs).toEqual([]);
  });
});

describe('protest through envoys', () => {
  it('"summoned the X ambassador" is disapproval, not a meeting', () => {
    const evs = code({
      text: 'Paris summoned the Turkish ambassador over the remarks.',
      actors: { Paris: 'FRA', Turkish: 'TUR' },
    });
    expect(coded(evs)).toContain('FRA>TUR:111');
    expect(evs.map((e) => e.plover.event)).not.toContain('CONSULT');
  });
});

describe('force posture (15)', () => {
  it('"scrambled fighter jets"', () => {
    const evs = code({
      text: 'Turkey scrambled jets to shadow the Russian bombers.',
      actors: { Turkey: 'TUR', Russian: 'RUS' },
    });
    expect(evs.some((e) => e.source.actor?.country === 'TUR' && e.cameo.code === '152')).toBe(true);
  });
  it('"staged drills near X" and the nominal "military drills"', () => {
    const a = code({ text: 'Iran staged naval drills close to France.', actors: { Iran: 'IRN', France: 'FRA' } });
    expect(a.some((e) => e.source.actor?.country === 'IRN' && e.cameo.code === '150')).toBe(true);
    const b = code({ text: 'Russian military drills unsettled Ankara.', actors: { Russian: 'RUS', Ankara: 'TUR' } });
    expect(b.some((e) => e.source.actor?.country === 'RUS' && e.cameo.code === '150')).toBe(true);
  });
  it('"held a meeting" is not an exercise', () => {
    const evs = code({ text: 'Iran held a meeting with France.', actors: { Iran: 'IRN', France: 'FRA' } });
    expect(evs.map((e) => e.cameo.code)).not.toContain('150');
  });
});

describe('fight (19)', () => {
  it('"the shelling of X by Y"', () => {
    const evs = code({
      text: 'The shelling of Syrian rebels by Turkey went on overnight.',
      actors: { 'Syrian rebels': 'rebels', Turkey: 'TUR' },
    });
    expect(coded(evs)).toContain('TUR>SYR:194');
  });
  it('"carried out strikes on X" (light verb + plain noun)', () => {
    const evs = code({
      text: 'Turkey carried out strikes on Syrian rebels near the border.',
      actors: { Turkey: 'TUR', 'Syrian rebels': 'rebels' },
    });
    expect(coded(evs)).toContain('TUR>SYR:190');
  });
  it('"exchanged artillery fire with X"', () => {
    const evs = code({
      text: 'Syrian rebels exchanged artillery fire with Turkey.',
      actors: { 'Syrian rebels': 'rebels', Turkey: 'TUR' },
    });
    expect(coded(evs)).toContain('SYR>TUR:194');
  });
  it('"exchanged letters with X" is no fight', () => {
    const evs = code({ text: 'Iran exchanged letters with France.', actors: { Iran: 'IRN', France: 'FRA' } });
    expect(evs.filter((e) => e.plover.event === 'ASSAULT')).toEqual([]);
  });
  it('labour strikes without a target are not attacks', () => {
    const evs = code({ text: 'French dock strikes continued for a week.', actors: { French: 'FRA' } });
    expect(evs.filter((e) => e.plover.event === 'ASSAULT')).toEqual([]);
  });
});

describe('coerce (17)', () => {
  it('"X\'s annexation of Y" (occupation of territory)', () => {
    const evs = code({
      text: "Russia's annexation of Syrian land was rejected.",
      actors: { Russia: 'RUS', Syrian: 'SYR' },
    });
    expect(coded(evs)).toContain('RUS>SYR:192');
  });
  it('"held X incommunicado"', () => {
    const evs = code({
      text: 'Iran held Mayor Novak incommunicado for weeks.',
      actors: { Iran: 'IRN', 'Mayor Novak': 'ostrava_mayor' },
    });
    expect(coded(evs)).toContain('IRN>CZE:173');
  });
  it('"held talks" is not detention', () => {
    const evs = code({ text: 'Iran held talks with France.', actors: { Iran: 'IRN', France: 'FRA' } });
    expect(evs.map((e) => e.cameo.code)).not.toContain('173');
  });
});

describe('yield (08): freeing captives', () => {
  it('"freed the X sailors"', () => {
    const evs = code({ text: 'Iran freed the French sailors on Sunday.', actors: { Iran: 'IRN', French: 'FRA' } });
    expect(coded(evs)).toContain('IRN>FRA:0841');
  });
  it('"released a statement" is not a release of people', () => {
    const evs = code({ text: 'Iran released a statement about France.', actors: { Iran: 'IRN', France: 'FRA' } });
    expect(evs.map((e) => e.cameo.code)).not.toContain('0841');
  });
});

describe('threaten (13)', () => {
  it('"promised revenge against X"', () => {
    const evs = code({ text: 'Iran promised revenge against France.', actors: { Iran: 'IRN', France: 'FRA' } });
    expect(evs.some((e) => e.cameo.code === '138' && e.source.actor?.country === 'IRN')).toBe(true);
  });
});

describe('diplomatic cooperation (05): recognition', () => {
  it('"recognised X as a state" and "X\'s independence"', () => {
    const a = code({ text: 'France recognised Syria as a sovereign state.', actors: { France: 'FRA', Syria: 'SYR' } });
    expect(coded(a)).toContain('FRA>SYR:054');
    const b = code({
      text: 'Turkey formally recognised Syria’s independence.',
      actors: { Turkey: 'TUR', Syria: 'SYR' },
    });
    expect(coded(b)).toContain('TUR>SYR:054');
  });
  it('"recognised that X had a point" is not recognition', () => {
    const evs = code({ text: 'France recognised that Syria had a point.', actors: { France: 'FRA', Syria: 'SYR' } });
    expect(evs.map((e) => e.cameo.code)).not.toContain('054');
  });
});

describe('aid (07)', () => {
  it('"airlifted food to X" / "delivered weapons to X"', () => {
    const a = code({ text: 'Germany airlifted food to Syria.', actors: { Germany: 'DEU', Syria: 'SYR' } });
    expect(coded(a)).toContain('DEU>SYR:073');
    const b = code({
      text: 'Iran delivered weapons to Syrian rebels.',
      actors: { Iran: 'IRN', 'Syrian rebels': 'rebels' },
    });
    expect(coded(b)).toContain('IRN>SYR:072');
  });
});
