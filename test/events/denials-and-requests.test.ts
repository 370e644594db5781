/**
 * Seventeenth pass, second part: what a denial denies, a request asks for or a threat threatens is
 * not done; a state's protest is diplomatic; fronted calls and visits due; the author of a call or
 * a plan. Invented sentences through the whole pipeline, with the cases each rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { code, dyads, only } from './pipeline-helpers.js';

const types = (text: string, published = '2023-05-01'): string[] => dyads(code(text, published));

describe('what is denied, asked for or threatened is not done', () => {
  it('the clause a denial denies reports no act', () => {
    expect(
      only(code('The Kremlin denied that Russian forces had struck a shopping centre in Kharkiv.'), 'ASSAULT'),
    ).toEqual([]);
    expect(only(code('Turkey denied reports that it had sent troops to Libya.'), 'MOBILIZE')).toEqual([]);
  });

  it('", charges X rejects" is X rejecting the charges, not the accuser rejecting X', () => {
    const evs = code(
      'Tigrayan leaders have accused Eritrean soldiers of killing civilians, charges Asmara rejects.',
      '2021-03-01',
    );
    expect(dyads(only(evs, 'REJECT'))).toEqual(['ERI>ETH:REJECT']);
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['ETH>ERI:ACCUSE']);
  });

  it('but what the denier says instead is reported', () => {
    const evs = code('Moscow denied the accusations, saying Ukrainian forces had shelled the plant.');
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['RUS>UKR:ACCUSE']);
  });

  it('a ceasefire called for is requested, not declared', () => {
    const evs = code('China called for an immediate ceasefire between Israel and Hamas.', '2023-10-20');
    expect(only(evs, 'RETREAT')).toEqual([]);
    expect(only(evs, 'REQUEST').length).toBe(2);
  });

  it('what one is urged to stop doing is not done', () => {
    expect(types('Lavrov urged Washington to stop arming Ukraine.')).toEqual(['RUS>USA:REQUEST']);
  });

  it('a sanction threatened or vowed is a threat', () => {
    expect(types('Washington threatened to impose sanctions on Chinese banks.')).toEqual(['USA>CHN:THREATEN']);
  });

  it('the act another party decided is not the welcomer’s', () => {
    const evs = code('Russia welcomed the decision by Mali to expel the UN peacekeeping mission.', '2023-06-17');
    expect(dyads(evs)).toEqual(['RUS>MLI:SUPPORT']);
  });
});

describe('diplomatic protests, calls and their authors', () => {
  it('a state protesting to another accuses it (not a demonstration)', () => {
    expect(types('Japan protested to China over the drills near the Senkaku Islands.')).toEqual(['JPN>CHN:ACCUSE']);
    expect(types("The Philippines protested against China's use of water cannon.")).toEqual(['PHL>CHN:ACCUSE']);
    expect(dyads(only(code('Thousands of people protested against the government in Manila.'), 'PROTEST'))).toEqual([
      'PHL>PHL:PROTEST',
    ]);
  });

  it('a call rejected names its author', () => {
    expect(types('Israel rejected calls from the United Nations for an immediate ceasefire in Gaza.')).toEqual([
      'ISR>IGOUNO:REJECT',
    ]);
    expect(types("Lavrov dismissed Zelensky's peace plan as unrealistic.")).toEqual(['RUS>UKR:REJECT']);
  });

  it('"X’s call for" is no phone call', () => {
    expect(only(code("France's call for a ceasefire in Lebanon was backed by Washington."), 'CONSULT')).toEqual([]);
    expect(types('Putin and Erdogan held a call on Tuesday.')).toEqual(['RUS>TUR:CONSULT']);
  });

  it('a call for an end to fighting asks the sides to de-escalate', () => {
    expect(types('Guterres called for an end to the fighting between Armenia and Azerbaijan.')).toEqual([
      'IGOUNO>ARM:REQUEST',
      'IGOUNO>AZE:REQUEST',
    ]);
  });
});

describe('calls, visits and backing', () => {
  it('"In a phone call with X, Y …" is a call between them', () => {
    expect(
      dyads(only(code('In a phone call with Erdogan, Zelensky thanked Turkey for its support.'), 'CONSULT')),
    ).toEqual(['UKR>TUR:CONSULT']);
  });

  it('a guest "due in" or "expected in" a capital intends to visit', () => {
    expect(types('Ukrainian Foreign Minister Dmytro Kuleba is due in Beijing for talks.', '2023-05-10')).toEqual([
      'UKR>CHN:AGREE',
    ]);
  });

  it('talks one will be in a capital for, or is open to, are intended', () => {
    expect(types('Lavrov will be in Ankara on Friday for talks with his Turkish counterpart.')).toEqual([
      'RUS>TUR:AGREE',
    ]);
    expect(types('Putin said he was open to negotiations with Ukraine.')).toEqual(['RUS>UKR:AGREE']);
  });

  it('troops that would be deployed if a party acts threaten it', () => {
    const evs = code(
      'Biden warned that the United States would deploy more troops to Eastern Europe if Russia invaded Ukraine.',
      '2022-01-20',
    );
    expect(only(evs, 'MOBILIZE')).toEqual([]);
    expect(dyads(only(evs, 'THREATEN'))).toContain('USA>RUS:THREATEN');
  });

  it('a visit made is a visit, a visit to make an intent', () => {
    expect(types('Japanese Prime Minister Fumio Kishida made a surprise visit to Kyiv on Tuesday.')).toEqual([
      'JPN>UKR:CONSULT',
    ]);
    expect(types('Kishida will make a visit to Kyiv next month.')).toEqual(['JPN>UKR:AGREE']);
  });

  it('backing voiced, stood behind, a return welcomed', () => {
    expect(types("Blinken said the United States stood firmly behind Israel's right to defend itself.")).toEqual([
      'USA>ISR:SUPPORT',
    ]);
    expect(types("Saudi Arabia welcomed Syria's return to the Arab League.")).toEqual(['SAU>SYR:SUPPORT']);
  });

  it('of a compound target, the source’s own country is no recipient', () => {
    expect(
      dyads(only(code('At a meeting with Xi, Putin praised the partnership between Russia and China.'), 'SUPPORT')),
    ).toEqual(['RUS>CHN:SUPPORT']);
  });
});

describe('threats aimed past one’s own forces', () => {
  it('"threatened to send troops to Kosovo" threatens Kosovo', () => {
    expect(types('Serbia threatened to send troops to Kosovo if Serb civilians were attacked.')).toEqual([
      'SRB>KSV:THREATEN',
    ]);
  });

  it('a threat aimed at what a people makes or owns is aimed at its country', () => {
    expect(types('China threatened to suspend imports of French cognac.', '2024-01-25')).toEqual(['CHN>FRA:THREATEN']);
  });

  it('"warned X that it would pay a heavy price" threatens X', () => {
    expect(types('Israel warned Hezbollah that it would pay a heavy price for any escalation.')).toEqual([
      'ISR>LBN:THREATEN',
    ]);
  });

  it('"would respond if" a party acts threatens that party', () => {
    expect(types('Lavrov said Russia would respond if NATO deployed nuclear weapons in Poland.')).toEqual([
      'RUS>IGOWSTNAT:THREATEN',
    ]);
  });
});

describe('what is condemned, and in whose document', () => {
  it('a coup condemned accuses the country it took place in', () => {
    expect(types('France strongly condemned the coup in Niger.', '2023-07-28')).toEqual(['FRA>NER:ACCUSE']);
  });

  it('an attack condemned that killed people was not the condemner’s', () => {
    expect(
      only(
        code('Russia condemned the bombing in Damascus that killed two Iranian diplomats.', '2024-04-02'),
        'ASSAULT',
      ),
    ).toEqual([]);
    // (the launcher of strikes that killed people did)
    expect(
      dyads(
        only(code('Russian jets launched strikes on Idlib, which killed 12 civilians.', '2019-05-10'), 'ASSAULT'),
      ).every((d) => d.startsWith('RUS>')),
    ).toBe(true);
  });

  it('the victims of an attack condemned are not accused, nor the speaker’s own title', () => {
    expect(only(code('Guterres condemned the attack on the peacekeepers in southern Lebanon.'), 'ACCUSE')).toEqual([]);
    expect(
      only(
        code('UN Secretary-General Antonio Guterres condemned the attack on the peacekeepers in southern Lebanon.'),
        'ACCUSE',
      ),
    ).toEqual([]);
  });

  it('a party’s act that drew criticism or condemnation from another is criticised by it', () => {
    expect(types('The threat by Russia to cut off gas supplies to Europe drew condemnation from the G7.')).toEqual([
      'IGO>RUS:ACCUSE',
    ]);
    expect(types("China's new rules on Hong Kong drew criticism from the European Union.")).toEqual([
      'IGOEUREEC>CHN:ACCUSE',
    ]);
  });

  it('a reaction in the passive to a party’s act is aimed at that party', () => {
    expect(types("Russia's refusal to extend the grain deal was criticised by the UN.", '2023-07-18')).toEqual([
      'IGOUNO>RUS:ACCUSE',
    ]);
    expect(types("Russia's rejection of the UN proposal was condemned by Western governments.")).toEqual([
      'WST>RUS:ACCUSE',
    ]);
  });

  it('"Ukraine’s NATO membership" is Ukraine’s', () => {
    expect(types("Poland backed Ukraine's NATO membership.")).toEqual(['POL>UKR:SUPPORT']);
  });

  it('what a vetoed resolution says is not the vetoer’s act; a statement issued is its issuers’', () => {
    const evs = code(
      'Russia vetoed a UN Security Council resolution condemning its annexation of four Ukrainian regions.',
      '2022-09-30',
    );
    expect(only(evs, 'ACCUSE')).toEqual([]);
    expect(
      dyads(only(code('Britain and France issued a joint statement urging Russia to withdraw.'), 'REQUEST')),
    ).toEqual(['GBR>RUS:REQUEST', 'FRA>RUS:REQUEST']);
  });
});

describe('shows of force and speakers named last', () => {
  it('missiles fired into the waters around a party are a show of force, not an attack', () => {
    expect(types('China fired ballistic missiles into waters around Taiwan on Thursday.', '2022-08-05')).toEqual([
      'CHN>TWN:MOBILIZE',
    ]);
    expect(types('Iran fired missiles at a US base in Iraq.', '2020-01-08')).toEqual(['IRN>USA:ASSAULT']);
  });

  it('"It" after ", X said." is the speaker named last', () => {
    const evs = code(
      'A Chinese coast guard ship fired a water cannon at a Philippine boat on Saturday, the Philippine coast guard said. It condemned the dangerous manoeuvres of the Chinese ship.',
      '2023-08-07',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['PHL>CHN:ACCUSE']);
  });
});

describe('arms handed over, appositives', () => {
  it('weapons sent or supplied to another state are military aid (pledged when to come)', () => {
    expect(types('Iran supplied drones to Russia.', '2022-10-20')).toEqual(['IRN>RUS:AID']);
    expect(types('Germany will send 14 Leopard battle tanks to Ukraine.', '2023-01-25')).toEqual(['DEU>UKR:AGREE']);
    expect(types('Russia deployed tanks to Belarus.', '2022-02-10')).toEqual(['RUS>BLR:MOBILIZE']);
  });

  it('"the government" an opposition leader criticises is their own', () => {
    const evs = code(
      "Israel struck targets in Gaza on Monday. Israel's opposition leader Yair Lapid criticised the government over the strikes.",
      '2023-10-10',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['ISR>ISR:ACCUSE']);
  });

  it('"it" after an appositive is the subject it describes', () => {
    expect(
      types('Hungary, the last NATO member yet to ratify, said it would invite Kristersson for talks.', '2024-01-25'),
    ).toEqual(['HUN>SWE:AGREE']);
  });
});
