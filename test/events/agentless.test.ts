/**
 * Sixth pass: violence whose doer the sentence does not name ("ten people were killed in
 * shelling"), the doer named only inside the attack phrase ("in a NATO airstrike"), and what is not
 * an act at all (death tolls, dangers, conditions). Invented sentences through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/events/explain.js';
import { code, dyads } from './pipeline-helpers.js';

describe('agentless passives of violence', () => {
  it('victims placed where it happened, the doer unknown', () => {
    const evs = code('Twelve people were killed in shelling in Misrata on Friday, a doctor said.', '2011-04-02');
    const e = evs.find((x) => x.plover.event === 'ASSAULT');
    expect(e).toBeDefined();
    expect(e!.source.actor).toBeNull();
    expect(e!.source.text).toBe('');
    expect(e!.target?.actor?.country).toBe('LBY');
    expect(e!.date).toBe('2011-04-01');
    expect(e!.rule).toMatch(/passive with no agent/);
    expect(explain(e!)).toMatch(/unidentified/);
  });

  it('a doer named inside the attack phrase is the source', () => {
    const ambush = code('Four Afghan soldiers were killed in a Taliban ambush near Kandahar on Monday.', '2021-05-04');
    const e = ambush.find((x) => x.plover.event === 'ASSAULT');
    expect(e?.source.text).toBe('Taliban');
    expect(e?.target?.actor?.country).toBe('AFG');
    expect(e?.rule).toMatch(/the doer of "ambush"/);
    expect(dyads(code('Three civilians were wounded in Israeli shelling in Gaza City.', '2023-11-02'))).toContain(
      'ISR>PSE:ASSAULT',
    );
  });

  it('victims named by kind with no place are not coded', () => {
    expect(
      code('At least two farmers were killed on Monday.', '2011-04-02').filter((e) => e.plover.event === 'ASSAULT'),
    ).toEqual([]);
  });

  it('a death toll, a danger or a condition is no act', () => {
    expect(
      code('More than 300,000 people have been killed in Syria since the war began in 2011.', '2017-05-03').filter(
        (e) => e.plover.event === 'ASSAULT',
      ),
    ).toEqual([]);
    expect(
      code('Aid workers in Sudan risk being kidnapped if they travel without escorts.', '2021-05-03').filter(
        (e) => e.plover.event === 'ASSAULT',
      ),
    ).toEqual([]);
    expect(
      code('Even if the talks fail and the envoy is killed in Syria, the truce will hold.', '2017-05-03').filter(
        (e) => e.plover.event === 'ASSAULT',
      ),
    ).toEqual([]);
  });

  it('a doer named in another clause of the sentence stands for the violence', () => {
    const evs = code(
      'Ten civilians were killed in Idlib when Syrian government forces shelled the town.',
      '2019-05-03',
    );
    expect(evs.filter((e) => e.plover.event === 'ASSAULT' && !e.source.actor)).toEqual([]);
    expect(dyads(evs)).toContain('SYR>SYR:ASSAULT');
  });

  it('a main clause without a time of its own is dated by its "when" clause', () => {
    const evs = code(
      'At least 40 people were killed when a car bomb exploded at a market in Mogadishu on Saturday.',
      '2022-10-31',
    );
    const e = evs.find((x) => x.plover.event === 'ASSAULT');
    expect(e?.date).toBe('2022-10-29');
  });
});
