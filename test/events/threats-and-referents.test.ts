/**
 * Ninth pass: force announced but not used is a threat; a missile launched at no one shows force;
 * condemnations of an act whose doer the article named only through a dropped act or a claim of
 * responsibility; "the two leaders" acting as the two parties just named; hijackings; unnamed
 * attackers and the forces they attack placed where it happened; adjectival participles; leaving
 * organisations, trade bans, organisations meeting among their members, nominals that modify nouns.
 * Invented sentences through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { code, dyads, only } from './pipeline-helpers.js';

const codes = (evs: ReturnType<typeof code>) => evs.map((e) => `${dyads([e])[0]}/${e.cameo.code}`);

describe('threats', () => {
  it('force announced in a future is a threat (138), not an attack', () => {
    const evs = code(
      'Turkish President Tayyip Erdogan said on Wednesday that Turkey would launch a ground operation against Kurdish militants in northern Syria.',
    );
    expect(only(evs, 'ASSAULT')).toEqual([]);
    expect(codes(only(evs, 'THREATEN'))).toEqual(['TUR>SYR:THREATEN/138']);
  });

  it('"vowed to pursue the militants" threatens the group just named', () => {
    const evs = code(
      'Al-Shabaab claimed responsibility for the bombing in Mogadishu. President Hassan Sheikh Mohamud vowed to pursue the militants.',
    );
    expect(codes(only(evs, 'THREATEN'))).toEqual(['SOM>SOM:THREATEN/138']);
    expect(only(evs, 'THREATEN')[0].target?.actor?.id).toBe('al_shabaab');
  });

  it('an announced disarmament threatens no one', () => {
    const evs = code('Under the deal, the rebel group will disarm and its fighters will join the army of Ethiopia.');
    expect(only(evs, 'THREATEN')).toEqual([]);
  });

  it('a conjoined warning is aimed at whom the first act was', () => {
    const evs = code(
      'The Taliban accused Pakistan on Monday of air strikes in Khost province and warned of serious consequences.',
    );
    expect(dyads(only(evs, 'THREATEN'))).toEqual(['AFG>PAK:THREATEN']);
  });
});

describe('launches and the acts later condemned', () => {
  it('a missile fired into the sea shows force; "the two leaders condemned the launch" accuse its doer', () => {
    const evs = code(
      'North Korea fired a ballistic missile into the sea on Monday. Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met in Tokyo on Tuesday. The two leaders condemned the launch.',
    );
    expect(codes(only(evs, 'MOBILIZE'))).toEqual(['PRK>-:MOBILIZE/150']);
    expect(dyads(only(evs, 'ACCUSE')).sort()).toEqual(['JPN>PRK:ACCUSE', 'KOR>PRK:ACCUSE']);
  });

  it('missiles fired at a place remain an attack', () => {
    const evs = code('Russia fired cruise missiles at Kyiv overnight, officials said on Monday.');
    expect(dyads(only(evs, 'ASSAULT'))).toEqual(['RUS>UKR:ASSAULT']);
    expect(only(evs, 'MOBILIZE')).toEqual([]);
  });

  it('"the two leaders" condemning with no act to refer to is no event between them', () => {
    const evs = code(
      'Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met in Tokyo on Tuesday. The two leaders condemned the decision.',
    );
    expect(only(evs, 'ACCUSE')).toEqual([]);
  });

  it('"called the hijacking a violation" accuses the hijackers, though the ship names no party', () => {
    const evs = code(
      'Houthi rebels hijacked a cargo ship in the Red Sea on Sunday. The United States called the hijacking a flagrant violation of international law.',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['USA>YEM:ACCUSE']);
  });

  it('a claim of responsibility names whom "called the attack cowardly" accuses, at home too', () => {
    const evs = code(
      'Two car bombs exploded in Mogadishu on Saturday, killing at least 100 people. Al-Shabaab claimed responsibility. President Hassan Sheikh Mohamud called the attack cowardly.',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['SOM>SOM:ACCUSE']);
    // the claim itself is no event
    expect(evs.filter((e) => e.cameo.code === '015')).toEqual([]);
  });
});

describe('hijackings and unnamed attackers', () => {
  it('seizing a ship and taking its crew hostage is hijacking (181)', () => {
    const evs = code("Yemen's Houthis seized a British-owned cargo ship in the southern Red Sea on Sunday.");
    expect(codes(evs)).toEqual(['YEM>GBR:ASSAULT/181']);
  });

  it('gunmen attacking a barracks attack the forces of where it happened', () => {
    const evs = code('Gunmen attacked a military barracks and two prisons in Freetown on Sunday.');
    expect(dyads(evs)).toEqual(['SLE>SLE:ASSAULT']);
  });

  it('a lone gunman is placed in the town named with the article "the town of"', () => {
    const evs = code('A gunman shot Slovak Prime Minister Robert Fico in the central town of Handlova on Wednesday.');
    expect(dyads(evs)).toEqual(['SVK>SVK:ASSAULT']);
  });

  it('separatists are an agent (CAMEO SEP) and are placed like rebels', () => {
    const evs = code("Baloch separatists attacked a passenger train in Pakistan's Balochistan province on Tuesday.");
    expect(evs.map((e) => e.source.actor?.cameo)).toEqual(['PAKSEP']);
  });
});

describe('participles that describe a noun', () => {
  it('"would fly severely wounded victims" wounds no one', () => {
    const evs = code('Turkey said it would fly severely wounded victims to Ankara for treatment.');
    expect(only(evs, 'ASSAULT')).toEqual([]);
  });

  it('"had mistakenly struck villagers" is still the act', () => {
    const evs = code(
      "Nigeria's army said one of its drones had mistakenly struck villagers in Kaduna state on Sunday.",
    );
    expect(dyads(only(evs, 'ASSAULT'))).toEqual(['NGA>NGA:ASSAULT']);
  });
});

describe('organisations, trade and nouns that modify nouns', () => {
  it('leaving an organisation reduces relations with it (160), not a concession', () => {
    const evs = code('Nicaragua said on Saturday it was withdrawing from UNESCO.');
    expect(codes(evs)).toEqual(['NIC>IGOUNODEV:SANCTION/160']);
    // troops withdrawing from a town still retreat
    const town = code('Russian troops withdrew from the town of Kherson on Friday.');
    expect(only(town, 'SANCTION')).toEqual([]);
  });

  it('a ban on exports to a country is an embargo on it (163)', () => {
    const evs = code('China banned exports of gallium to the United States on Tuesday.');
    expect(codes(evs)).toEqual(['CHN>USA:SANCTION/163']);
  });

  it('expelling "Russia\'s defence attache" expels Russia\'s envoy, not a place', () => {
    const evs = code("Britain expelled Russia's defence attache on Wednesday.");
    expect(dyads(evs)).toEqual(['GBR>RUS:COERCE']);
  });

  it('an executive order authorising sanctions imposes them', () => {
    const evs = code(
      'President Joe Biden signed an executive order on Thursday authorising sanctions against the International Criminal Court.',
    );
    expect(dyads(only(evs, 'SANCTION'))).toEqual(['USA>IGOJUDICC:SANCTION']);
  });

  it('an organisation holding consultations meets among its members; its envoy speaking is no meeting', () => {
    const unsc = code('The U.N. Security Council held closed-door consultations on Friday.');
    expect(codes(unsc)).toEqual(['IGOUNO>-:CONSULT/040']);
    const spoke = code('The Arab League has spoken and supports a no-fly zone.');
    expect(only(spoke, 'CONSULT')).toEqual([]);
  });

  it('"urged both governments" stands for the two parties just named', () => {
    const evs = code(
      'Indian troops shelled Pakistani positions in Kashmir on Wednesday. The United States and China have urged both governments to show restraint.',
    );
    expect(dyads(only(evs, 'REQUEST')).sort()).toEqual([
      'CHN>IND:REQUEST',
      'CHN>PAK:REQUEST',
      'USA>IND:REQUEST',
      'USA>PAK:REQUEST',
    ]);
  });

  it('a nominal that modifies a noun is no event: "a ceasefire proposal", "an aid package"', () => {
    const evs = code('Hamas said on Monday it had accepted an Egyptian-Qatari ceasefire proposal.');
    expect(only(evs, 'RETREAT')).toEqual([]);
    expect(only(evs, 'AGREE').length).toBeGreaterThan(0);
  });

  it('"military drills" after a verb: the drills are the subject\'s, coded once', () => {
    const evs = code('China launched large-scale military drills around Taiwan on Thursday.');
    expect(codes(evs)).toEqual(['CHN>TWN:MOBILIZE/150']);
  });
});
