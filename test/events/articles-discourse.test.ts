/**
 * Article-level rules that need the sentences around an event: targets recovered from what the
 * article reported before ("condemned the arrest", "demanded his release", "ordered the strikes"),
 * aid with no recipient named, clause coordination with ", and", "his supporters". Whole invented
 * articles through the pipeline.
 */
import { describe, expect, it } from 'vitest';
import { code, dyads } from './pipeline-helpers.js';

const ARREST = [
  'Belarus jails opposition figure after return',
  '',
  'MINSK - A court in Belarus on Monday ordered opposition leader Pavel Sevruk held for 30 days after he flew back to Minsk from Lithuania.',
  '',
  'Police detained dozens of his supporters who had gathered at the airport in Minsk.',
  '',
  'Western governments condemned the arrest. Poland demanded his immediate release.',
].join('\n');

describe('targets from what the article reported', () => {
  it('"his supporters" are the opposition figure\'s; "police" are of the country the article names', () => {
    expect(dyads(code(ARREST))).toContain('BLR>BLR:COERCE');
  });

  it('"Western governments condemned the arrest": the West accuses whoever made the arrest', () => {
    expect(dyads(code(ARREST))).toContain('WST>BLR:ACCUSE');
  });

  it('"demanded his immediate release": the demand is aimed at whoever holds him', () => {
    expect(dyads(code(ARREST))).toContain('POL>BLR:REQUEST');
  });

  it('"said he had ordered the strikes": no order aimed at anyone, the strikes keep their target', () => {
    const evs = code(
      [
        'US jets strike militia depots in Iraq',
        '',
        'American warplanes struck weapons depots of an Iran-backed militia in Iraq on Friday, the Pentagon said.',
        '',
        'President Joe Biden said he had ordered the action to protect American troops.',
      ].join('\n'),
    );
    expect(dyads(evs).filter((d) => d.endsWith(':REQUEST'))).toEqual([]);
  });
});

describe('clauses joined by ", and"', () => {
  it('"…the UN Security Council, and Iran condemned…" is two clauses, not a compound', () => {
    const evs = code('Russia requested an urgent meeting of the UN Security Council, and Iran condemned the strikes.');
    expect(dyads(evs).filter((d) => d.startsWith('RUS>IRN'))).toEqual([]);
  });

  it('an appositive before ", and" keeps the compound ("X, the EU envoy, and Y demanded")', () => {
    const evs = code(
      "The European Union's foreign policy chief, Josep Borrell, and Jake Sullivan, the US national security adviser, both demanded the release of the Belarusian opposition leader Pavel Sevruk.",
    );
    const sources = evs.map((e) => e.source.text);
    expect(sources).toContain('Josep Borrell');
    expect(sources).toContain('Jake Sullivan');
  });
});

describe('aid with no recipient named', () => {
  it('goes to the country the article is about', () => {
    const evs = code(
      [
        'Aid reaches flooded Pakistan',
        '',
        'Floods have killed more than 1,000 people in Pakistan since June, officials in Islamabad said.',
        '',
        'Rescue teams in Sindh province and Balochistan struggled to reach villages cut off by the water across Pakistan.',
        '',
        'Japan sent 200 tonnes of rice and medical supplies on Tuesday.',
      ].join('\n'),
    );
    expect(dyads(evs)).toContain('JPN>PAK:AID');
  });
});

describe('trips that are no visits', () => {
  it('tourists visiting a country: neither a visit nor a hosted visit', () => {
    expect(code('More than 4 million Russian tourists visited Turkey last year.')).toEqual([]);
  });

  it('a trip home is no visit', () => {
    const evs = code(ARREST);
    expect(dyads(evs).filter((d) => d.endsWith(':CONSULT'))).toEqual([]);
  });
});
