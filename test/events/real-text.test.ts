/**
 * Fifth pass (real wire text, the T17 Libya set): spellings the dictionaries list only in full
 * ("Gadhafi" alone), towns no curated list names (GeoNames gazetteer), the subject of the reporting
 * verb a pronoun depends on, spokespeople "for" an institution, months that are not the noun "march", strike sorties, and passives whose participle is the
 * base form ("were hurt"). Invented sentences through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/actors/registry.js';
import { code, dyads } from './pipeline-helpers.js';

describe('names and places of real wire text', () => {
  it('a transliteration of a surname the dictionary lets stand alone stands alone too', () => {
    expect(dyads(code('Gadhafi forces shelled Misrata on Monday.', '2011-04-02'))).toEqual(['LBY>LBY:ASSAULT']);
    expect(dyads(code("Qadhafi's troops attacked Misrata on Monday.", '2011-04-02'))).toEqual(['LBY>LBY:ASSAULT']);
  });

  it('a gazetteer town is a place after a locative word, and the next town of a list too', () => {
    expect(dyads(code("Gadhafi's forces pounded the towns of Yafran and Zintan on Sunday.", '2011-05-02'))).toContain(
      'LBY>LBY:ASSAULT',
    );
    const reg = loadRegistry();
    // never a name looked up alone (a person called Zawiya), never a word at the start of a sentence
    expect(reg.lookup('Zawiya')).toBeNull();
    // a town named "The …" is keyed without its article and guarded all the same
    expect(reg.lookup('The Woodlands')).toBeNull();
    expect(dyads(code('Zintan said on Monday that Belgium had attacked France.', '2011-05-02'))).toEqual([
      'BEL>FRA:ASSAULT',
    ]);
  });

  it('an ordinary word that is also a town names no place', () => {
    const evs = code('Washington has pressed its two closest allies in Asia to mend ties.', '2023-03-16');
    expect(evs.every((e) => e.target?.actor?.country !== 'PHL')).toBe(true);
  });
});

describe('subjects of real wire text', () => {
  it('"after the United States said it was deploying": "it" is the subject of "said"', () => {
    const evs = code(
      'The visit came a day after the United States said it was deploying predator drones to Libya.',
      '2011-04-22',
    );
    expect(dyads(evs)).toContain('USA>LBY:MOBILIZE');
  });

  it('"a spokesman for the British Foreign Ministry called on": the ministry speaks', () => {
    expect(
      dyads(code('A spokesman for the British Foreign Ministry called on Gadhafi to end the violence.', '2011-05-02')),
    ).toEqual(['GBR>LBY:REQUEST']);
  });

  it('a passive whose participle is the base form has no agent: "soldiers were hurt in X" are its target', () => {
    const evs = code('Thirty Italian soldiers were hurt on Monday in Zvecan, officials said.', '2023-05-30');
    expect(evs.map((e) => [e.source.actor?.country ?? null, e.target?.actor?.country])).toEqual([[null, 'ITA']]);
  });
});

describe('vocabulary of real wire text', () => {
  it('"in March" is a month, not a march', () => {
    const evs = code('NATO began bombing targets in Libya in March.', '2011-06-02');
    expect(evs.some((e) => e.plover.event === 'PROTEST')).toBe(false);
  });

  it('"conducted strike sorties in X" is an air campaign against X', () => {
    expect(dyads(code('NATO said it had conducted 3,385 strike sorties in Libya since March.', '2011-06-02'))).toEqual([
      'IGOWSTNAT>LBY:ASSAULT',
    ]);
  });
});
