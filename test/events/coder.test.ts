import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/events/document.js';
import { eventKey } from '../../src/events/key.js';
import { explain } from '../../src/events/explain.js';
import { intentCode } from '../../src/events/coder.js';
import { linked, type Fixture } from './helpers.js';
import type { Event } from '../../src/types.js';

const ctx = { published: null, debug: () => {} };
function code(f: Fixture): Event[] {
  return codeDocument(linked(f), ctx);
}
function dyads(evs: Event[]): string[] {
  return evs.map((e) => `${e.source.actor?.id}>${e.target?.actor?.id ?? '-'}:${e.plover.event}:${e.cameo.code}`);
}

describe('code stage: sources, targets, codes', () => {
  it('codes a meeting with source, target, date from the sentence and place', () => {
    const evs = code({
      text: 'Kerry met with Lavrov in Berlin on Monday.',
      actors: { Kerry: 'kerry', Lavrov: 'lavrov' },
      times: { Monday: '2020-03-02' },
      places: { Berlin: 'DEU' },
    });
    expect(dyads(evs)).toEqual(['john_kerry>sergey_lavrov:CONSULT:040']);
    expect(evs[0].date).toBe('2020-03-02');
    expect(evs[0].date_from).toBe('text');
    expect(evs[0].location).toEqual({ text: 'Berlin', country: 'DEU' });
    expect(evs[0].trigger.text).toBe('met with');
    expect(evs[0].sentence.text).toContain('Kerry met');
  });

  it('does not date an event by a year that names a thing ("the 1998 border accord")', () => {
    const evs = code({
      text: 'France met with Germany to review the 1998 border accord.',
      actors: { France: 'FRA', Germany: 'DEU' },
      times: { '1998': '1998' },
      published: '2019-11-05T10:00:00Z',
    });
    expect(evs[0].date_from).toBe('published');
    expect(evs[0].date).toBe('2019-11-05');
  });

  it('falls back to the publication date and says so', () => {
    const evs = code({
      text: 'France accused Germany of spying.',
      actors: { France: 'FRA', Germany: 'DEU' },
      published: '2019-11-05T10:00:00Z',
    });
    expect(dyads(evs)).toEqual(['FRA>DEU:ACCUSE:112']);
    expect(evs[0].date).toBe('2019-11-05');
    expect(evs[0].date_from).toBe('published');
  });

  it('has no date when neither the text nor the article gives one', () => {
    const evs = code({
      text: 'France accused Germany of spying.',
      actors: { France: 'FRA', Germany: 'DEU' },
      published: null,
    });
    expect(evs[0].date).toBeNull();
    expect(evs[0].date_from).toBeNull();
  });

  it('turns a passive into source = agent', () => {
    const evs = code({
      text: 'The mayor was attacked by rebels.',
      actors: { 'The mayor': 'ostrava_mayor', rebels: 'rebels' },
    });
    expect(dyads(evs)).toEqual(['SYRREB>ostrava_mayor:ASSAULT:190']);
  });

  it('codes the reported event of reported speech, with its own source', () => {
    const evs = code({
      text: 'Kerry said Russia is bombing rebels.',
      actors: { Kerry: 'kerry', Russia: 'RUS', rebels: 'rebels' },
    });
    expect(dyads(evs)).toContain('RUS>SYRREB:ASSAULT:190');
    expect(evs.find((e) => e.source.actor?.id === 'john_kerry' && e.plover.event === 'ASSAULT')).toBeUndefined();
  });

  it('codes "urged X to …" as a request to X, not as X doing it', () => {
    const evs = code({
      text: 'Kerry urged Russia to stop the bombing of Aleppo.',
      actors: { Kerry: 'kerry', Russia: 'RUS' },
    });
    expect(dyads(evs)).toEqual(['john_kerry>RUS:REQUEST:1056']);
  });

  it('codes "called on X to …" as a request', () => {
    const evs = code({
      text: 'Paris called on Berlin to release the detainees.',
      actors: { Paris: 'FRA', Berlin: 'DEU' },
    });
    expect(dyads(evs)[0]).toMatch(/^FRA>DEU:REQUEST:/);
  });

  it('expands compound subjects of a meeting into every pair', () => {
    const evs = code({
      text: 'Russia, Iran and Turkey held talks on Tuesday.',
      actors: { Russia: 'RUS', Iran: 'IRN', Turkey: 'TUR' },
      times: { Tuesday: '2020-03-03' },
    });
    expect(dyads(evs).sort()).toEqual(['IRN>TUR:CONSULT:046', 'RUS>IRN:CONSULT:046', 'RUS>TUR:CONSULT:046']);
    expect(evs.every((e) => e.date === '2020-03-03')).toBe(true);
  });

  it('codes "talks between X and Y" as a consultation of the pair', () => {
    const evs = code({
      text: 'The talks between Russia and Turkey began quietly.',
      actors: { Russia: 'RUS', Turkey: 'TUR' },
    });
    expect(dyads(evs)).toEqual(['RUS>TUR:CONSULT:046']);
    expect(evs[0].rule).toMatch(/^nominal: talks/);
  });

  it('maps intent ("agreed to meet") to 036 express intent to meet', () => {
    const evs = code({
      text: 'Putin and Trump agreed to meet in Hamburg.',
      actors: { Putin: 'putin', Trump: 'trump' },
      places: { Hamburg: 'DEU' },
    });
    expect(dyads(evs)).toEqual(['vladimir_putin>donald_trump:AGREE:036']);
    expect(evs[0].rule).toMatch(/intent → 036/);
    expect(evs[0].location?.text).toBe('Hamburg');
  });

  it('marks negated events', () => {
    const evs = code({ text: 'France did not accuse Germany of spying.', actors: { France: 'FRA', Germany: 'DEU' } });
    expect(evs).toHaveLength(1);
    expect(evs[0].negated).toBe(true);
  });

  it('codes nominal strikes with a modifier source and an "on" target', () => {
    const evs = code({
      text: 'The US missile strikes on a Syrian airbase killed nobody.',
      actors: { US: 'USA', Syrian: 'SYR' },
    });
    expect(dyads(evs)).toContain('USA>SYR:ASSAULT:195');
  });

  it('codes a phone conversation from a participle clause', () => {
    const evs = code({
      text: 'Speaking by phone with Putin, Trump discussed the war.',
      actors: { Putin: 'putin', Trump: 'trump' },
    });
    expect(dyads(evs)).toContain('donald_trump>vladimir_putin:CONSULT:041');
  });

  it('does not code a bare adjective or gerund as an event ("the proposed cooperation")', () => {
    const evs = code({
      text: 'Germany welcomes proposed French cooperation.',
      actors: { Germany: 'DEU', French: 'FRA' },
    });
    expect(dyads(evs)).toEqual(['DEU>FRA:SUPPORT:051']);
  });

  it('keeps provenance, stable ids and dedups the same happening within an article', () => {
    const f: Fixture = {
      text: 'France accused Germany of spying. Later France accused Germany of lying.',
      actors: { France: 'FRA', Germany: 'DEU' },
    };
    const a = code(f);
    const b = code(f);
    expect(a).toHaveLength(1);
    expect(a[0].id).toBe(b[0].id);
    expect(a[0].id).toMatch(/^[0-9a-f]{16}$/);
    expect(eventKey(a[0])).toBe('FRA|DEU|ACCUSE|2020-03-04|');
    const text = explain(a[0]);
    expect(text).toContain('<src:France>');
    expect(text).toContain('[accused]');
    expect(text).toContain('publication date');
  });

  it('fills CAMEO fields from the ontology', () => {
    const [e] = code({ text: 'France accused Germany of spying.', actors: { France: 'FRA', Germany: 'DEU' } });
    expect(e.cameo).toEqual({ code: '112', root: '11', goldstein: -2, quad_class: 3 });
    expect(e.confidence).toBeGreaterThan(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
  });
});

describe('intentCode', () => {
  it('maps cooperative roots to the 03x family and leaves conflict codes alone', () => {
    expect(intentCode('040').code).toBe('036');
    expect(intentCode('072').code).toBe('0332');
    expect(intentCode('190')).toEqual({ code: '190', mapped: false });
  });
});

describe('code stage: clauses, anaphora and generic parties', () => {
  it('pairs the members of a compound subject instead of reaching into a "since" clause', () => {
    const evs = code({
      text: 'It was the first time Merkel and Macron had spoken by telephone since the German strikes on a French depot.',
      actors: { Merkel: 'DEU', Macron: 'FRA', German: 'DEU', French: 'FRA' },
    });
    expect(dyads(evs)).toContain('DEU>FRA:CONSULT:041');
    expect(dyads(evs).filter((d) => d.includes('CONSULT'))).toHaveLength(1);
  });

  it('dates an event only from a time expression in its own clause, else the publication date', () => {
    const evs = code({
      text: 'On Monday France met with Germany after Turkey attacked Iran in March.',
      actors: { France: 'FRA', Germany: 'DEU', Turkey: 'TUR', Iran: 'IRN' },
      times: { Monday: '2020-03-02', March: '2020-03' },
    });
    const meet = evs.find((e) => e.plover.event === 'CONSULT')!;
    const attack = evs.find((e) => e.plover.event === 'ASSAULT')!;
    expect(meet.date).toBe('2020-03-02');
    expect(attack.date).toBe('2020-03');
    const undated = code({
      text: 'France met with Germany after Turkey attacked Iran in March.',
      actors: { France: 'FRA', Germany: 'DEU', Turkey: 'TUR', Iran: 'IRN' },
      times: { March: '2020-03' },
    });
    expect(undated.find((e) => e.plover.event === 'CONSULT')!.date_from).toBe('published');
  });

  it('takes the date of "the <same noun>" in a following sentence', () => {
    const evs = code({
      text: 'Delegates of France and Germany have opened a new round of talks. The three-day talks began on May 4 in a lakeside hotel.',
      actors: { France: 'FRA', Germany: 'DEU' },
      times: { 'May 4': 'XXXX-05-04' },
      published: null,
    });
    expect(dyads(evs)).toEqual(['FRA>DEU:CONSULT:046']);
    expect(evs[0].date).toBe('XXXX-05-04');
    expect(evs[0].rule).toMatch(/following sentence/);
  });

  it('codes no event for a passive without an agent ("people were killed")', () => {
    const evs = code({
      text: 'Hundreds of civilians have been killed in Syria since the war began.',
      actors: { civilians: 'rebels', Syria: 'SYR' },
    });
    expect(evs).toEqual([]);
  });

  it('does not code "X backed by Y" after a noun: a descriptor of a standing relation, not an act', () => {
    const evs = code({
      text: 'The fighting pits the army against rebels backed by Turkey.',
      actors: { rebels: 'rebels', Turkey: 'TUR' },
    });
    expect(dyads(evs)).toEqual([]);
    // the act itself is coded (backing with arms: military aid)
    const act = code({
      text: 'Turkey backed the rebels with artillery on Monday.',
      actors: { rebels: 'rebels', Turkey: 'TUR' },
    });
    expect(dyads(act)).toEqual(['TUR>SYRREB:AID:072']);
  });

  it('does not take a place named as a meeting venue for a party ("at the Paris summit")', () => {
    const evs = code({
      text: 'Putin and Erdogan agreed to meet on the sidelines of the Paris summit.',
      actors: { Putin: 'putin', Erdogan: 'erdogan', Paris: 'FRA' },
    });
    expect(dyads(evs)).toEqual(['vladimir_putin>recep_erdogan:AGREE:036']);
  });

  it('codes "told X he would …" as an intention towards X', () => {
    const evs = code({
      text: 'Kerry told Lavrov he would send an envoy to the Vienna talks.',
      actors: { Kerry: 'kerry', Lavrov: 'lavrov', he: 'kerry' },
    });
    const e = evs.find((x) => x.target?.actor?.id === 'sergey_lavrov')!;
    expect(e.plover.event).toBe('AGREE');
    expect(e.rule).toMatch(/future action/);
  });

  it('does not read "cooperation against X" as cooperation with X', () => {
    const evs = code({
      text: 'Germany welcomes proposed France-Turkey cooperation against Iran.',
      actors: { Germany: 'DEU', France: 'FRA', Turkey: 'TUR', Iran: 'IRN' },
    });
    expect(dyads(evs)).not.toContain('FRA>IRN:COOPERATE:060');
    expect(dyads(evs)).toContain('FRA>TUR:COOPERATE:060');
  });
});
