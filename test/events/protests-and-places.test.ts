/**
 * Seventh pass: protests (crowds named by number, rallies, acts done "in protest", marches through a
 * city), people the registry does not know, "ordered", forces sent abroad, violence aimed at a
 * place, "forces loyal to X", and continents that are not the United States. Invented sentences
 * through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { code, dyads, only } from './pipeline-helpers.js';

describe('protests', () => {
  it('a crowd named by its number protests where it gathers', () => {
    const evs = code('Thousands protested in Chisinau on Sunday against a rise in gas prices.');
    expect(dyads(only(evs, 'PROTEST'))).toEqual(['MDA>MDA:PROTEST']);
  });

  it('a people protesting in its own capital protests against its own country', () => {
    expect(dyads(only(code('Thousands of Serbs protested in Belgrade on Saturday.'), 'PROTEST'))).toEqual([
      'SRB>SRB:PROTEST',
    ]);
  });

  it('a march through a city is a protest in that country, aimed at it', () => {
    const evs = code('Hundreds of students marched through Lima on Thursday over tuition fees.');
    expect(dyads(only(evs, 'PROTEST'))).toEqual(['PER>PER:PROTEST']);
  });

  it("a crowd's rally is a demonstration, a state's rally of forces is not", () => {
    const crowd = code('Tens of thousands of people rallied across Portugal on Saturday against austerity.');
    expect(crowd.map((e) => `${e.plover.event}/${e.cameo.code}`)).toContain('PROTEST/141');
    expect(only(crowd, 'MOBILIZE')).toEqual([]);
  });

  it('an act done "in protest" is the protest; blocking is obstruction (144)', () => {
    const evs = code(
      'Polish farmers blocked border crossings with tractors on Monday in protest at cheap grain imports.',
    );
    const p = only(evs, 'PROTEST');
    expect(p.map((e) => e.cameo.code)).toEqual(['144']);
    expect(p[0].rule).toMatch(/"in protest"/);
    expect(dyads(p)).toEqual(['POL>POL:PROTEST']);
    // no protest without the phrase: the blockade stays what the verb says
    expect(only(code('Polish farmers blocked border crossings with tractors on Monday.'), 'PROTEST')).toEqual([]);
  });

  it('"poured into the streets" and strangers to the dictionaries (truck drivers) protest', () => {
    expect(
      dyads(only(code('Tens of thousands poured into the streets of Tbilisi on Sunday night.'), 'PROTEST')),
    ).toEqual(['GEO>GEO:PROTEST']);
    expect(
      dyads(
        only(
          code('Truck drivers blocked the main roads out of Montevideo on Tuesday in protest at fuel prices.'),
          'PROTEST',
        ),
      ),
    ).toEqual(['URY>URY:PROTEST']);
  });
});

describe('parties the registry does not know', () => {
  it('a person detained at home by state agents is of their country', () => {
    const evs = code('Belarusian police detained Olga Petrovskaya, a 31-year-old teacher, in Minsk on Tuesday.');
    const e = only(evs, 'COERCE')[0];
    expect(e?.target?.text).toBe('Olga Petrovskaya');
    expect(e?.target?.actor?.country).toBe('BLR');
  });

  it('an unknown person makes no statement of a country', () => {
    expect(code('Olga Petrovskaya said the police had beaten her.')).toEqual([]);
  });

  it('"forces loyal to X" are X\'s', () => {
    const evs = code('Forces loyal to Gadhafi shelled rebel positions near Ajdabiya on Friday.', '2011-04-02');
    expect(dyads(only(evs, 'ASSAULT'))[0]).toMatch(/^LBY>/);
    expect(only(evs, 'ASSAULT')[0].rule).toMatch(/Forces of LBY/i);
  });

  it('"government forces" in an article\'s first sentence belong to the one country it places them in', () => {
    expect(
      dyads(only(code('Government forces shelled the town of Zintan on Friday.', '2011-04-02'), 'ASSAULT')),
    ).toEqual(['LBY>LBY:ASSAULT']);
  });

  it('"Latin American", "South America": a continent, not the United States', () => {
    const evs = code('Venezuela expelled diplomats from seven Latin American countries on Monday.');
    expect(evs.every((e) => e.target?.actor?.country !== 'USA')).toBe(true);
  });
});

describe('commands and forces sent abroad', () => {
  it('"ordered" one\'s own forces or people is no demand', () => {
    expect(
      only(code('The defence minister ordered the army to prepare for any scenario on Monday.'), 'REQUEST'),
    ).toEqual([]);
    expect(
      only(code('Kazakhstan ordered all foreign organisations to register with the ministry on Saturday.'), 'REQUEST'),
    ).toEqual([]);
  });

  it('"ordered X to leave" is an expulsion', () => {
    const evs = code('Algeria ordered twelve French embassy staff to leave the country within 48 hours.');
    expect(evs.map((e) => `${e.cameo.code} ${e.source.actor?.country}>${e.target?.actor?.country}`)).toContain(
      '174 DZA>FRA',
    );
  });

  it('forces sent to another country are aimed at it', () => {
    const e = code('Kenya sent 400 police officers to Haiti on Tuesday.').find((x) => x.plover.event === 'MOBILIZE');
    expect(e?.target?.actor?.country).toBe('HTI');
    expect(e?.rule).toMatch(/sent to Haiti/);
  });

  it('rescue teams flown to a disaster are aid', () => {
    expect(dyads(code('Japan flew search and rescue teams to Kathmandu on Sunday after the earthquake.'))).toContain(
      'JPN>NPL:AID',
    );
  });
});

describe('violence aimed at no named party', () => {
  it('is aimed at the place where it happened', () => {
    const evs = code(
      "Fighting raged on in western Libya, where Gadhafi's forces have been shelling the hill towns of Yefren and Kikla.",
      '2011-06-02',
    );
    const e = only(evs, 'ASSAULT')[0];
    expect(dyads([e])).toEqual(['LBY>LBY:ASSAULT']);
    expect(e.rule).toMatch(/where it happened/);
  });

  it('with no place, or not done, it is no event', () => {
    expect(
      only(code("Gadhafi's forces have been shelling the hill towns of Yefren and Kikla.", '2011-06-02'), 'ASSAULT'),
    ).toEqual([]);
    expect(
      only(code('The two armies agreed on a plan to begin coordinating air strikes in Syria next week.'), 'ASSAULT'),
    ).toEqual([]);
  });

  it('a hostile act alleged through a "when" clause is an accusation', () => {
    const evs = code(
      'The Libyan government claimed on Sunday that nine people were killed when a NATO strike hit a house in Tripoli.',
      '2011-06-20',
    );
    expect(dyads(evs)).toContain('LBY>IGOWSTNAT:ACCUSE');
  });
});
