/**
 * A state's institutions named by a common noun ("the military", "the junta", "police", "the
 * foreign ministry") take the state the article names for them — on invented sentences.
 */
import { describe, expect, it } from 'vitest';
import type { Linked } from '../../src/types.js';
import { resolveStage } from '../../src/actors/index.js';
import { noDebug } from '../../src/pipeline.js';
import { annotatedFixture } from '../helpers/annotated.js';

function link(text: string): Linked {
  return resolveStage.run(annotatedFixture(text, '2021-03-10', [], 'i1'), {
    published: null,
    debug: noDebug,
  }) as Linked;
}

const cameoOf = (l: Linked, word: string): string | null =>
  l.mentions.find((m) => m.text.toLowerCase() === word.toLowerCase())?.actor.cameo ?? null;

describe('state institutions named by a common noun', () => {
  it('"the military" is the military named earlier ("Myanmar\'s military")', () => {
    const l = link(
      "Myanmar's military seized power on Monday. Washington condemned the coup. The military said the election was rigged.",
    );
    expect(cameoOf(l, 'military')).toBe('MMRMIL');
  });

  it('"police" with no police named before is of the country the article names most', () => {
    const l = link(
      'Protests spread across Kenya on Tuesday. Crowds marched in Nairobi and Mombasa. Police fired tear gas at the marchers.',
    );
    expect(cameoOf(l, 'police')).toBe('KENCOP');
  });

  it('"the army" in a sentence about a leader is that leader\'s army', () => {
    const l = link(
      'Russian peacekeepers arrived in Stepanakert on Tuesday. Armenian Prime Minister Nikol Pashinyan said the army could not hold out.',
    );
    expect(cameoOf(l, 'army')).toBe('ARMMIL');
  });

  it('"the junta" is not the speaker\'s: a foreign minister calling it illegitimate does not own it', () => {
    const l = link(
      "Mali's junta expelled the French ambassador on Monday. France's foreign minister said the junta was illegitimate.",
    );
    expect(cameoOf(l, 'junta')).toBe('MLIMIL');
  });

  it('a ministry is only an earlier ministry of that name, else it names no country', () => {
    const named = link(
      "China's foreign ministry summoned the US ambassador. Taiwan's president thanked Washington. The foreign ministry said the visit was a provocation.",
    );
    expect(named.mentions.filter((m) => /foreign ministry/i.test(m.text)).map((m) => m.actor.cameo)).toEqual([
      'CHNGOV',
      'CHNGOV',
    ]);
    const unnamed = link(
      'Taiwan and China traded accusations on Friday. The foreign ministry said the drills were a provocation.',
    );
    expect(cameoOf(unnamed, 'foreign ministry')).toBe('GOV');
  });

  it('two countries named as often leave "police" unplaced', () => {
    const l = link('Germany and Russia traded accusations. Berlin and Moscow expelled diplomats. Police said nothing.');
    expect(cameoOf(l, 'police')).toBe('COP');
  });
});
