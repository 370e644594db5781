/**
 * Seventeenth pass: the state and those who fight it are two sides, retaliation promised in more
 * words, contact kept, claims denied, disquiet at an act, coups condemned, and verdicts on the
 * acts of a party. Invented sentences through the whole pipeline, with the cases each rule must
 * leave alone.
 */
import { describe, expect, it } from 'vitest';
import { code, dyads, only } from './pipeline-helpers.js';

const types = (text: string, published = '2024-01-12'): string[] => dyads(code(text, published));

describe('allegations between the sides of one country', () => {
  it('a rebel who says government forces are shelling civilians accuses them', () => {
    const evs = code(
      'A Libyan rebel fighter told reporters that Gadhafi forces were shelling civilians in the city of Misrata.',
      '2011-04-20',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['LBY>LBY:ACCUSE']);
    expect(only(evs, 'ACCUSE')[0].source.actor?.sector).toBe('REB');
    expect(only(evs, 'ASSAULT').length).toBe(1);
  });

  it('not a force reporting its own fire', () => {
    const evs = code('Libyan army officers said their units were shelling rebel positions near Brega.', '2011-04-20');
    expect(only(evs, 'ACCUSE')).toEqual([]);
  });
});

describe('retaliation promised', () => {
  it('"would be obliged to respond" if a party named acts', () => {
    expect(
      only(code('Israel said it would be obliged to respond if Iran attacked it again.', '2024-10-26'), 'THREATEN').map(
        (e) => `${e.source.actor?.country}>${e.target?.actor?.country}`,
      ),
    ).toEqual(['ISR>IRN']);
  });

  it('an attack that "would not go unpunished" threatens its doer, not its victims', () => {
    const evs = code(
      'Taliban militants attacked an army checkpoint in North Waziristan on Saturday, killing seven Pakistani soldiers. President Zardari vowed that the attack on the soldiers would not go unpunished.',
      '2024-03-18',
    );
    const threats = only(evs, 'THREATEN');
    expect(threats.length).toBe(1);
    expect(threats[0].target?.actor?.sector).toMatch(/^(REB|UAF|INS)$/);
  });

  it('"a fitting reply", "would suffer the consequences"', () => {
    expect(types('The army chief said India was capable of giving a fitting reply to China.', '2020-06-17')).toContain(
      'IND>CHN:THREATEN',
    );
    expect(types('China said the United States would suffer the consequences of the visit.', '2022-08-02')).toEqual([
      'CHN>USA:THREATEN',
    ]);
  });

  it('an answer of force promised with no one named is aimed at the other side of the conflict', () => {
    const evs = code(
      'Chinese troops attacked an Indian patrol in the Galwan Valley on Monday night, killing three soldiers. The two armies held talks on Tuesday. "We want peace, but when provoked, India is capable of giving a fitting reply," Prime Minister Narendra Modi said.',
      '2020-06-17',
    );
    expect(dyads(only(evs, 'THREATEN'))).toEqual(['IND>CHN:THREATEN']);
  });

  it('"said on Tuesday that" a party "would suffer the greatest pain"', () => {
    expect(
      types(
        'North Korea said on Tuesday that Washington would suffer "the greatest pain" in its history.',
        '2017-09-12',
      ),
    ).toEqual(['PRK>USA:THREATEN']);
  });

  it('an intervention "treated as a declaration of war" is aimed at no place it happens in', () => {
    const evs = code(
      'Mali said any military intervention in Niger would be treated as a declaration of war against it.',
      '2023-07-31',
    );
    expect(only(evs, 'THREATEN').filter((e) => e.target?.actor?.country === 'NER')).toEqual([]);
  });

  it('not a reply to a letter', () => {
    expect(only(code('The ministry said it would respond to the letter next week.'), 'THREATEN')).toEqual([]);
  });
});

describe('contact kept is consultation', () => {
  it('"in contact with", "in close touch with"', () => {
    expect(types('The Foreign Ministry said Tokyo was in contact with the Houthis.', '2023-11-20')).toEqual([
      'JPN>YEM:CONSULT',
    ]);
    expect(types('Turkey said it had stayed in close touch with Russia about the convoy.', '2016-12-14')).toEqual([
      'TUR>RUS:CONSULT',
    ]);
  });

  it('not when denied', () => {
    expect(only(code('Turkey said it was not in contact with Russia.', '2016-12-14'), 'CONSULT')).toEqual([]);
  });
});

describe('claims denied and verdicts on a party’s acts', () => {
  it('another party’s claims declared false are denied (REJECT)', () => {
    expect(types("Pakistan said India's accusations were baseless.", '2019-02-27')).toEqual(['PAK>IND:REJECT']);
    expect(types('Iran said the American claims were lies.', '2020-01-08')).toEqual(['IRN>USA:REJECT']);
    expect(only(code("Pakistan said India's claims were not baseless.", '2019-02-27'), 'REJECT')).toEqual([]);
  });

  it('a verdict on a party’s act named by its possessive', () => {
    expect(types("Egypt said Israel's actions were a violation of international law.", '2024-05-01')).toEqual([
      'EGY>ISR:ACCUSE',
    ]);
    expect(types("Moscow said Washington's decision was a grave mistake.", '2018-10-21')).toEqual(['RUS>USA:ACCUSE']);
  });

  it('dismissed appeals and accusations name their author', () => {
    expect(types('Moscow dismissed the accusations by Kyiv as baseless.', '2023-05-01')).toEqual(['RUS>UKR:REJECT']);
  });
});

describe('disquiet at another party’s act disapproves of it', () => {
  it('"deeply concerned by North Korea’s missile launches"', () => {
    expect(types("Seoul said it was deeply concerned by North Korea's missile launches.", '2022-10-04')).toEqual([
      'KOR>PRK:ACCUSE',
    ]);
  });

  it('not concern about a situation, nor denied concern', () => {
    expect(only(code('Washington said it was deeply concerned about the situation.'), 'ACCUSE')).toEqual([]);
    expect(only(code("Tokyo said it was not concerned by China's drills."), 'ACCUSE')).toEqual([]);
  });
});

describe('a coup condemned', () => {
  it('"condemned what it called an attempt to overthrow …" accuses the soldiers who seized power', () => {
    const evs = code(
      'Soldiers in Burkina Faso announced on state television on Monday evening that they had overthrown President Roch Kabore. The Economic Community of West African States condemned what it called an attempt to overthrow the constitutional order.',
      '2022-01-25',
    );
    const accuse = only(evs, 'ACCUSE');
    expect(accuse.length).toBe(1);
    expect(accuse[0].target?.actor?.country).toBe('BFA');
    expect(dyads(only(evs, 'ASSAULT'))).toEqual(['BFA>BFA:ASSAULT']);
  });
});

describe('words, not blows; arms, not words', () => {
  it('assailed or blasted "over" something is criticism', () => {
    expect(types('Venezuela assailed Guyana over the oil concessions.', '2023-12-15')).toEqual(['VEN>GUY:ACCUSE']);
    expect(types('Erdogan blasted Sweden over the protest in Stockholm.', '2023-01-23')).toEqual(['TUR>SWE:ACCUSE']);
    expect(types('Beijing hit back at Washington over the tariffs.', '2019-05-14')).toEqual(['CHN>USA:ACCUSE']);
  });

  it('a region that broke away threatens no one', () => {
    const evs = code(
      'Lawmakers in Transnistria asked Russia for protection on Wednesday. The region broke away from Moldova in 1990.',
      '2024-02-28',
    );
    expect(only(evs, 'THREATEN')).toEqual([]);
  });

  it('a commitment to defend an ally backs the ally, not oneself', () => {
    expect(types('President Biden reaffirmed the US commitment to defend Japan.', '2022-10-04')).toEqual([
      'USA>JPN:SUPPORT',
    ]);
  });

  it('supporting troops with helicopters is military aid', () => {
    const evs = code('The UN mission said it was supporting Congolese troops with helicopters.', '2022-10-30');
    expect(dyads(only(evs, 'AID'))).toEqual(['IGOUNO>COD:AID']);
    expect(only(evs, 'SUPPORT')).toEqual([]);
  });
});

describe('quotation marks around a short phrase inside a clause', () => {
  it('do not end a verb pattern', () => {
    expect(
      types(
        'Azerbaijan said its troops were responding to "large-scale provocations" by Armenian units.',
        '2022-09-13',
      ),
    ).toEqual(['AZE>ARM:ACCUSE']);
    expect(types('Ankara and Moscow have found "common ground" on Idlib.', '2018-09-17')).toEqual(['TUR>RUS:AGREE']);
  });

  it('but a quotation opened after a verb of saying still ends it', () => {
    expect(only(code('Lavrov said "the provocations by Kyiv will not stop us".', '2023-05-01'), 'ACCUSE')).toEqual([]);
  });
});

describe('a clause about sport drops only itself', () => {
  it('the sanction before "and ministers would not attend the World Cup" stands', () => {
    const evs = code(
      'Britain would also suspend high-level contacts with Moscow and ministers would not attend the World Cup in Russia, she said.',
      '2018-03-14',
    );
    expect(dyads(only(evs, 'SANCTION'))[0]).toBe('GBR>RUS:SANCTION');
  });

  it('a sentence about a match codes nothing', () => {
    expect(code('France and Morocco met in the World Cup semi-final on Wednesday.', '2022-12-15')).toEqual([]);
  });
});
