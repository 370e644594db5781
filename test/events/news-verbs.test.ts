/**
 * News verbs added to data/events/verbs-extra.txt, on our own invented sentences with varied
 * wording: "regarded X as aggression", halting an accord, "sat at the same table as", forces
 * crossing a border, ordering a withdrawal / a pause, launching an offensive, firing missiles at.
 */
import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/events/document.js';
import { linked, type Fixture } from './helpers.js';
import type { Event } from '../../src/types.js';

const ctx = { published: null, debug: () => {} };
const code = (f: Fixture): Event[] => codeDocument(linked(f), ctx);
const dyads = (evs: Event[]) =>
  evs.map((e) => `${e.source.actor?.country}>${e.target?.actor?.country ?? '-'}:${e.plover.event}`);

describe('calling an act aggression', () => {
  it('"regarded the raid as aggression" is a denunciation of its author', () => {
    const evs = code({
      text: 'Tehran regarded the French raid as an act of aggression.',
      actors: { Tehran: 'IRN', French: 'FRA' },
    });
    expect(dyads(evs)).toContain('IRN>FRA:ACCUSE');
  });
  it('"described the sanctions as a provocation" with another verb and noun', () => {
    const evs = code({
      text: 'Moscow described the German sanctions as a provocation.',
      actors: { Moscow: 'RUS', German: 'DEU' },
    });
    expect(dyads(evs)).toContain('RUS>DEU:ACCUSE');
  });
  it('"regarded the visit as useful" is no accusation', () => {
    const evs = code({
      text: 'Ankara regarded the Iranian visit as useful.',
      actors: { Ankara: 'TUR', Iranian: 'IRN' },
    });
    expect(evs.filter((e) => e.plover.event === 'ACCUSE')).toEqual([]);
  });
});

describe('ending an accord', () => {
  it('"suspended the agreement with X" reduces relations', () => {
    const evs = code({
      text: 'Germany suspended the fisheries agreement with Turkey on Friday.',
      actors: { Germany: 'DEU', Turkey: 'TUR' },
    });
    expect(dyads(evs)).toContain('DEU>TUR:SANCTION');
  });
  it('"froze its hotline with X" too', () => {
    const evs = code({ text: 'Iran froze its military hotline with France.', actors: { Iran: 'IRN', France: 'FRA' } });
    expect(dyads(evs)).toContain('IRN>FRA:SANCTION');
  });
});

describe('meeting phrasings', () => {
  it('"sat at the same table as X" is a meeting', () => {
    const evs = code({
      text: 'For the first time the Iranian envoy sat at the same table as the Turkish delegation.',
      actors: { 'Iranian envoy': 'IRN', 'Turkish delegation': 'TUR' },
    });
    expect(evs.map((e) => e.plover.event)).toContain('CONSULT');
  });
  it('"sat down with X" is a meeting', () => {
    const evs = code({ text: 'Lavrov sat down with Kerry in a hotel.', actors: { Lavrov: 'lavrov', Kerry: 'kerry' } });
    expect(dyads(evs)).toContain('RUS>USA:CONSULT');
  });
});

describe('force moves', () => {
  it('"troops crossed the border into X" is an occupation of territory (192, ASSAULT)', () => {
    const evs = code({
      text: 'Turkish soldiers crossed the border into Syria at dawn.',
      actors: { 'Turkish soldiers': 'TUR', Syria: 'SYR' },
    });
    expect(dyads(evs)).toContain('TUR>SYR:ASSAULT');
  });
  it('a border crossing with no country named after it is not coded', () => {
    const evs = code({ text: 'French units crossed the border.', actors: { 'French units': 'FRA' } });
    expect(evs).toEqual([]);
  });
  it('"ordered a withdrawal of the troops in X" is a retreat from X', () => {
    const evs = code({
      text: 'Trump ordered a swift withdrawal of the soldiers stationed in Syria.',
      actors: { Trump: 'trump', Syria: 'SYR' },
    });
    expect(dyads(evs)).toContain('USA>SYR:RETREAT');
  });
  it('"ordered a pause in X" is a ceasefire, not a request', () => {
    const evs = code({
      text: 'Putin ordered a humanitarian pause in the fighting around Syria.',
      actors: { Putin: 'putin', Syria: 'SYR' },
    });
    expect(dyads(evs)).toContain('RUS>SYR:RETREAT');
    expect(evs.filter((e) => e.plover.event === 'REQUEST')).toEqual([]);
  });
  it('"fired cruise missiles at X" is an aerial attack', () => {
    const evs = code({
      text: 'Two French frigates fired cruise missiles at Syria overnight.',
      actors: { 'French frigates': 'FRA', Syria: 'SYR' },
    });
    expect(dyads(evs)).toContain('FRA>SYR:ASSAULT');
  });
  it('"launched a ground offensive against X"', () => {
    const evs = code({
      text: 'Ankara launched a ground offensive against the Syrian rebels.',
      actors: { Ankara: 'TUR', 'Syrian rebels': 'rebels' },
    });
    expect(dyads(evs)).toContain('TUR>SYR:ASSAULT');
  });
});
