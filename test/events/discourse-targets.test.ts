/**
 * Fourth pass (dev3): recipients the sentence leaves to the article ("recalled its ambassador",
 * "agreed to pull them out", "vowed a response"), withdrawals from where the article places the
 * events, "urged both sides", verdicts in reported speech ("said X was responsible for …"),
 * weapons that are fired (never the target), forces or weapons used to act, cancelled meetings,
 * mediation, and subjects that are not where they seem (an unresolved "they", the object of a
 * preposition before "and"). Invented sentences and articles through the pipeline.
 */
import { describe, expect, it } from 'vitest';
import { code, dyads, only } from './pipeline-helpers.js';

const ROW = [
  'Gabon orders Belgian troops out',
  '',
  'LIBREVILLE - Gabon on Monday ordered Belgium to withdraw its 200 soldiers within a month, accusing Brussels of meddling in its affairs.',
  '',
  'Belgium said it had taken note of the decision and was recalling its ambassador for consultations.',
  '',
  'Brussels agreed to pull them out by March.',
  '',
  'Gabon also expelled a Belgian diplomat on Tuesday. Belgium promised a response in kind.',
].join('\n');

describe('recipients from the article', () => {
  it('"was recalling its ambassador": the side the article just named', () => {
    expect(dyads(code(ROW))).toContain('BEL>GAB:SANCTION');
  });

  it('"agreed to pull them out": a withdrawal aimed at the side that demanded it', () => {
    const evs = code(ROW).filter((e) => e.trigger.text === 'pull');
    expect(dyads(evs)).toEqual(['BEL>GAB:AGREE']);
  });

  it('"promised a response in kind": a threat to whoever acted against the source', () => {
    expect(dyads(code(ROW))).toContain('BEL>GAB:THREATEN');
  });

  it('a withdrawal names no one in its sentence: from where the article places the events', () => {
    const text = [
      'Fighting spreads in northern Syria',
      '',
      'Clashes broke out in northern Syria on Monday near the towns of Manbij and Kobani, residents said.',
      '',
      'Turkey has massed troops along the border with Syria for weeks.',
      '',
      'On Tuesday, US troops pulled out of two observation posts.',
    ].join('\n');
    const evs = code(text).filter((e) => e.trigger.text === 'pulled out');
    expect(dyads(evs)).toEqual(['USA>SYR:RETREAT']);
  });

  it('"urged both sides": the two parties of the last two-party event', () => {
    const text =
      'India accused China of provoking the clash in the Galwan valley on Monday. ' +
      'The United Nations urged both sides to exercise maximum restraint.';
    const urged = code(text, '2020-06-17').filter((e) => e.trigger.text === 'urged');
    expect(dyads(urged).sort()).toEqual(['IGOUNO>CHN:REQUEST', 'IGOUNO>IND:REQUEST'].sort());
  });
});

describe('verdicts in reported speech', () => {
  it('"said Russia was responsible for the poisoning" accuses Russia', () => {
    expect(dyads(code('Britain said Russia was responsible for the poisoning.'))).toEqual(['GBR>RUS:ACCUSE']);
  });

  it('"the election in Belarus was illegitimate" accuses Belarus', () => {
    expect(dyads(code('The Polish foreign minister said the election in Belarus was illegitimate.'))).toEqual([
      'POL>BLR:ACCUSE',
    ]);
  });

  it('a negated verdict accuses no one', () => {
    expect(code('Britain said Russia was not responsible for the poisoning.')).toEqual([]);
  });

  it("a verdict on the speaker's own side is no accusation", () => {
    expect(code('Moscow said Russian forces were responsible for the security of the border.')).toEqual([]);
  });
});

describe('weapons and the forces that use them', () => {
  it('a weapon fired is not the target: "launched a drone at a US destroyer"', () => {
    expect(dyads(code('The Houthis launched a drone at a US destroyer in the Red Sea.'))).toEqual(['YEM>USA:ASSAULT']);
  });

  it('"fired missiles at X" and "used drones to strike X" are the subject\'s attacks', () => {
    expect(dyads(code('Azerbaijani forces used drones to strike Armenian positions.'))).toContain('AZE>ARM:ASSAULT');
  });
});

describe('meetings called off, mediation', () => {
  it('"postponed a trip to Beijing" rejects the meeting (CAMEO 125)', () => {
    const evs = code('Secretary of State Antony Blinken postponed a trip to Beijing.', '2023-02-04');
    expect(evs.map((e) => `${dyads([e])[0]}:${e.cameo.code}`)).toEqual(['USA>CHN:REJECT:125']);
  });

  it('"mediated" is mediation (CAMEO 045, CONSULT), not a concession', () => {
    const evs = code('Qatar mediated talks between Israel and Hamas.').filter((e) => e.trigger.text === 'mediated');
    expect(evs.length).toBeGreaterThan(0);
    for (const e of evs) expect(e.cameo.code).toBe('045');
  });
});

describe('subjects', () => {
  it('"they" after ", saying" is whom the speaker blamed, not the speaker', () => {
    const evs = code(
      "China's foreign ministry spokesman blamed Indian troops, saying they had crossed the border and attacked Chinese soldiers.",
    );
    expect(dyads(evs)).toEqual(['CHN>IND:ACCUSE', 'IND>CHN:ASSAULT']);
  });

  it('an unresolved "they" is not the speaker: no event for the verbs it heads', () => {
    const evs = code(
      "China's foreign ministry spokesman spoke to reporters on Tuesday, saying they had crossed the border and attacked Chinese soldiers.",
    );
    expect(only(evs, 'ASSAULT')).toEqual([]);
  });

  it('the object of a preposition before "and" is not the next verb\'s subject', () => {
    const evs = code('Tokyo said it was in contact with the Houthis and had asked Saudi Arabia to help.');
    // (the contact with the Houthis is consultation of its own)
    expect(dyads(evs)).toEqual(['JPN>YEM:CONSULT', 'JPN>SAU:REQUEST']);
  });
});
