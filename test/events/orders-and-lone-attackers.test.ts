/**
 * Fourteenth pass: orders given to another party, lone attackers, groups named in the plural, and
 * the occupation of territory. Invented sentences through the whole pipeline, with the cases each
 * rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { code, dyads, only } from './pipeline-helpers.js';

describe('orders to another party are demands (100)', () => {
  it('a court or an army ordering another party, past a day or a place', () => {
    expect(
      dyads(
        only(
          code(
            'The International Court of Justice ordered Russia on Wednesday to suspend its military operations in Ukraine.',
            '2022-03-17',
          ),
          'REQUEST',
        ),
      ).map((d) => d.split('>')[1]),
    ).toEqual(['RUS:REQUEST']);
    expect(
      dyads(only(code('The Israeli army told residents of Rafah to move to a coastal zone.', '2024-05-07'), 'REQUEST')),
    ).toEqual(['ISR>PSE:REQUEST']);
  });

  it("not one's own forces or officials, not what is done to the party", () => {
    expect(only(code('Putin ordered the army to prepare for a counter-offensive.', '2024-05-07'), 'REQUEST')).toEqual(
      [],
    );
    expect(
      only(code('Mr Orban said he would tell his government to open talks with Kyiv.', '2024-05-07'), 'REQUEST'),
    ).toEqual([]);
    const custody = code('A Moscow court ordered the activist to be held in custody for two months.', '2024-05-07');
    expect(only(custody, 'REQUEST')).toEqual([]);
    // (the detention once, aimed at the activist, not at the court)
    expect(custody.map((e) => `${e.cameo.code}:${e.target?.text}`)).toEqual(['173:activist']);
  });
});

describe('lone attackers', () => {
  it('"a man", "two men" who attack are placed where they act', () => {
    expect(
      dyads(code('A man shot Slovak Prime Minister Robert Fico in the town of Handlova on Wednesday.', '2024-05-16')),
    ).toEqual(['SVK>SVK:ASSAULT']);
    expect(dyads(code('Two men opened fire on worshippers at a church in Istanbul on Sunday.', '2024-01-29'))).toEqual([
      'TUR>TUR:ASSAULT',
    ]);
  });

  it('with no place named, at home with the official they attack', () => {
    expect(dyads(code('A man stabbed Estonian opposition leader Kaja Kallas in the neck.', '2024-01-03'))).toEqual([
      'EST>EST:ASSAULT',
    ]);
  });

  it('"the two men" still stands for the two parties named before', () => {
    const evs = code(
      'Putin and Erdogan met in Sochi on Monday. The two men agreed to set up a buffer zone.',
      '2018-09-18',
    );
    expect(dyads(only(evs, 'AGREE'))).toEqual(['RUS>TUR:AGREE']);
  });

  it('violence against sports fans is no match report', () => {
    expect(
      dyads(
        code(
          'Polish football fans were attacked by groups of men with knives in central Marseille on Saturday.',
          '2024-05-16',
        ),
      ),
    ).toEqual(['FRA>POL:ASSAULT']);
    expect(code('Liverpool attacked from the start and beat Arsenal in the football match on Sunday.')).toEqual([]);
  });

  it('"armed with knives" is no arming (062), and the noun phrase before it stays whole', () => {
    const evs = code(
      'Chinese coast guard personnel armed with knives stabbed a Philippine sailor near Second Thomas Shoal.',
      '2024-06-18',
    );
    expect(dyads(evs)).toEqual(['CHN>PHL:ASSAULT']);
    expect(evs[0].source.text).toBe('Chinese coast guard personnel');
  });
});

describe('groups named in the plural, people by their group', () => {
  it('"The Syrian Democratic Forces said they had taken control of X": they are the group', () => {
    const evs = code('The Syrian Democratic Forces said they had taken control of the town of Manbij.', '2016-08-12');
    expect(dyads(evs)).toEqual(['SYR>SYR:ASSAULT']);
    expect(evs[0].cameo.code).toBe('192');
  });

  it('"Renamo leader Ossufo Momade" acts for Renamo; Somaliland is in Somalia', () => {
    expect(
      dyads(
        code(
          'Mozambican President Filipe Nyusi and Renamo leader Ossufo Momade signed a ceasefire accord on Thursday.',
          '2019-08-02',
        ),
      ),
    ).toEqual(['MOZ>MOZ:SUPPORT']);
    expect(
      dyads(code("The leader of Somaliland and Ethiopia's prime minister signed a port deal on Monday.", '2024-01-02')),
    ).toEqual(['SOM>ETH:SUPPORT']);
  });
});

describe('refusing to renew a pact', () => {
  it('"will not renew / extend its agreement with X" rejects it (120)', () => {
    expect(
      dyads(
        code('Manila will not renew its visiting forces agreement with Washington, the president said.', '2024-05-07'),
      ),
    ).toEqual(['PHL>USA:REJECT']);
    expect(dyads(code('Russia and Ukraine extended the grain deal on Monday.', '2023-03-20'))).toEqual([
      'RUS>UKR:SUPPORT',
    ]);
  });
});
