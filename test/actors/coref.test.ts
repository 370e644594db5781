/**
 * Coreference of object pronouns ("him"), non-person subject pronouns ("it", "they") and definite
 * nominal anaphors ("the alliance", "the bloc", "the country") — on invented sentences.
 */
import { describe, expect, it } from 'vitest';
import type { Linked } from '../../src/types.js';
import { resolveStage } from '../../src/actors/index.js';
import { noDebug } from '../../src/pipeline.js';
import { annotatedFixture } from '../helpers/annotated.js';

function link(text: string): Linked {
  return resolveStage.run(annotatedFixture(text, '2016-05-10', [], 'c1'), {
    published: null,
    debug: noDebug,
  }) as Linked;
}

/** Actor country (or cameo) of the mention whose text is `word`, the `nth` occurrence (0-based). */
function actorOf(l: Linked, word: string, nth = 0): string | null {
  const ms = l.mentions.filter((m) => m.text === word);
  const m = ms[nth];
  return m ? (m.actor.country ?? m.actor.cameo) : null;
}

describe('object pronouns', () => {
  it('"him" is not the subject of its own clause', () => {
    const l = link(
      'Vladimir Putin telephoned Recep Tayyip Erdogan on Monday. Putin warned him against further incursions.',
    );
    expect(actorOf(l, 'him')).toBe('TUR');
  });
});

describe('non-person subject pronouns', () => {
  it('"X said it would …" takes the subject of the reporting verb', () => {
    const l = link('The European Commission announced on Friday that it would double its funding for Greece.');
    expect(l.mentions.find((m) => m.text === 'it')?.actor.cameo).toMatch(/^IGOEUR/);
  });

  it('a sentence-initial "It" takes the subject of the previous sentence', () => {
    const l = link('Iran rejected the proposal on Sunday. It also accused Washington of bad faith.');
    expect(actorOf(l, 'It')).toBe('IRN');
  });

  it('"they" needs a plural antecedent', () => {
    const l = link('Rebel fighters say they have captured two villages near the border.');
    const they = l.mentions.find((m) => m.text === 'they');
    expect(they?.actor.sector).toBe('REB');
    // a singular subject does not give "they" an antecedent
    const l2 = link('Turkey said they have captured two villages near the border.');
    expect(l2.mentions.find((m) => m.text === 'they')).toBeUndefined();
  });

  it('leaves expletive and person-bound "it" alone', () => {
    const l = link('Germany hosted the meeting. It is unclear whether France will attend.');
    expect(l.mentions.find((m) => m.text === 'It')).toBeUndefined();
    const l2 = link('Angela Merkel said it would be a long night.');
    expect(l2.mentions.find((m) => m.text === 'it')).toBeUndefined();
  });

  it('resolves a pronoun after "that" and skips a dateline', () => {
    const l = link('CAIRO (Example Wire) - The Egyptian army declared that it had retaken the town.');
    expect(actorOf(l, 'it')).toBe('EGY');
    expect(l.mentions.find((m) => m.text === 'it')?.actor.sector).toBe('MIL');
  });
});

describe('nominal anaphors', () => {
  it('"the alliance" and "the bloc" take the last international organisation', () => {
    const l = link('NATO defence ministers gathered in Brussels. The alliance promised more help for Estonia.');
    expect(l.mentions.find((m) => m.text === 'alliance')?.actor.cameo).toMatch(/^IGOWSTNAT/);
    const l2 = link('The European Union met in Luxembourg. Later the bloc extended its measures against Russia.');
    expect(l2.mentions.find((m) => m.text === 'bloc')?.actor.cameo).toMatch(/^IGOEUR/);
  });

  it('"the country" is a subject anaphor, not a place after a preposition', () => {
    const l = link('North Korea fired a rocket on Tuesday. The country said the launch was a success.');
    expect(actorOf(l, 'country')).toBe('PRK');
    const l2 = link('Japan condemned the test. Protests spread across the country.');
    expect(l2.mentions.find((m) => m.text === 'country')).toBeUndefined();
  });
});
