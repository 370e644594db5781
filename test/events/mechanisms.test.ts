/**
 * General coder mechanisms on our own invented sentences: adverbs inside verb groups ("had long
 * refused"), a target inside a pattern's words ("shelled three rebel positions"), participle clauses
 * after a comma (", urging X to …"), complementizer-final patterns ("agreed that X …"), our
 * curated verb defaults winning over the CAMEO block they also sit in ("pulled out").
 */
import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/events/document.js';
import { linked, type Fixture } from './helpers.js';
import type { Event } from '../../src/types.js';

const ctx = { published: null, debug: () => {} };
const code = (f: Fixture): Event[] => codeDocument(linked(f), ctx);
const dyads = (evs: Event[]) =>
  evs.map((e) => `${e.source.actor?.country}>${e.target?.actor?.country ?? '-'}:${e.plover.event}`);

describe('verb groups', () => {
  it('reads "had long refused to X" as a refusal, with "long" an adverb', () => {
    const evs = code({
      text: 'Ankara had long refused to apologise to Moscow.',
      actors: { Ankara: 'TUR', Moscow: 'RUS' },
    });
    expect(dyads(evs)).toContain('TUR>RUS:REJECT');
  });
});

describe('targets inside a pattern', () => {
  it('takes the owner named inside a hostile pattern ("struck four Syrian positions")', () => {
    const evs = code({
      text: 'Turkish artillery struck four Syria positions overnight.',
      actors: { 'Turkish artillery': 'TUR', Syria: 'SYR' },
    });
    expect(dyads(evs)).toContain('TUR>SYR:ASSAULT');
  });

  it('does not take a mention after a complementizer as the target ("agreed that X …")', () => {
    const evs = code({ text: 'France did not agree that Iran had complied.', actors: { France: 'FRA', Iran: 'IRN' } });
    expect(evs.filter((e) => e.target?.actor?.country === 'IRN' && e.plover.event === 'AGREE')).toEqual([]);
  });
});

describe('participle clauses after a comma', () => {
  it('gives ", urging X to …" the main clause subject', () => {
    const evs = code({
      text: 'Germany sent a diplomatic note to Turkey on Monday, urging Ankara to release the detained reporters.',
      actors: { Germany: 'DEU', Turkey: 'TUR', Ankara: 'TUR' },
    });
    expect(dyads(evs)).toContain('DEU>TUR:REQUEST');
  });

  it('does not code material participles (", according to", ", giving X …")', () => {
    const evs = code({
      text: 'Russia opened a new air base, giving Syria more protection, according to Iran.',
      actors: { Russia: 'RUS', Syria: 'SYR', Iran: 'IRN' },
    });
    expect(evs.filter((e) => /giving|according/.test(e.trigger.text))).toEqual([]);
  });
});

describe('curated verb defaults', () => {
  it('codes "pulled out of X" as a retreat, not a visit', () => {
    const evs = code({
      text: 'French troops pulled out of Syria in August.',
      actors: { 'French troops': 'FRA', Syria: 'SYR' },
    });
    expect(dyads(evs)).toEqual(['FRA>SYR:RETREAT']);
  });

  it('codes "regained control of X" as seizing territory', () => {
    const evs = code({
      text: 'The rebels regained full control of Syria on Sunday, officials said.',
      actors: { 'The rebels': 'rebels', Syria: 'SYR' },
    });
    expect(evs.map((e) => e.cameo.code)).toContain('192');
  });

  it('"left X" is no meeting', () => {
    const evs = code({
      text: 'The Russian envoy left Kiev on Friday.',
      actors: { 'The Russian envoy': 'RUS', Kiev: 'DEU' },
    });
    expect(evs.map((e) => e.plover.event)).not.toContain('CONSULT');
  });
});

describe('particle patterns belong to their verb', () => {
  it('"ruled by X for decades" is not "headed for" (a visit)', () => {
    const evs = code({
      text: 'Syria was ruled by Russia for nearly half a century.',
      actors: { Syria: 'SYR', Russia: 'RUS' },
    });
    expect(evs.map((e) => e.plover.event)).not.toContain('CONSULT');
  });
});

describe('what an accusation alleges', () => {
  it('"accused X of seeking to free Y": the accusation only, not an act of the accuser', () => {
    const evs = code({
      text: 'Turkey accused France of seeking to intervene militarily to free Mayor Novak.',
      actors: { Turkey: 'TUR', France: 'FRA', 'Mayor Novak': 'ostrava_mayor' },
    });
    expect(dyads(evs)).toEqual(['TUR>FRA:ACCUSE']);
  });
});
