/**
 * Coder fixes found on the demo corpus (eval/events-demo.ts), each on our own invented sentences:
 * light verbs that read a target the nominal misses, country words composing with generic agents,
 * "the two ministers", related-story teaser lines, compounds agreeing among themselves, passive
 * agents behind modifiers, appositives after a prepositional object, agents of reduced relatives,
 * and "condemned the attack" pointing back to an earlier event.
 */
import { describe, expect, it } from 'vitest';
import { codeDocument, composeWithModifier, isTeaserLine } from '../../src/events/document.js';
import { linked, type Fixture } from './helpers.js';
import type { Actor, Event, Linked } from '../../src/types.js';

const ctx = { published: null, debug: () => {} };

const GENERIC: Record<string, Actor> = {
  MIL: { id: 'MIL', name: 'military', country: null, sector: 'MIL', cameo: 'MIL' },
  GOV: { id: 'GOV', name: 'government', country: null, sector: 'GOV', cameo: 'GOV' },
  EU: { id: 'eu', name: 'European Union', country: null, sector: 'IGO', cameo: 'IGOEUREEC' },
};

/** `linked` with some phrases re-tagged: demonyms, generic agents, named organisations. */
function doc(
  f: Fixture,
  tags: {
    demonym?: string[];
    agent?: Record<string, keyof typeof GENERIC>;
    org?: Record<string, keyof typeof GENERIC>;
  } = {},
): Linked {
  const extra: Record<string, string> = {};
  for (const p of Object.keys(tags.agent ?? {})) extra[p] = 'USA'; // placeholder, replaced below
  for (const p of Object.keys(tags.org ?? {})) extra[p] = 'USA';
  const l = linked({ ...f, actors: { ...f.actors, ...extra } });
  for (const m of l.mentions) {
    if (tags.demonym?.includes(m.text)) m.via = 'demonym';
    const ag = tags.agent?.[m.text];
    if (ag) {
      m.actor = GENERIC[ag];
      m.via = 'agent';
    }
    const org = tags.org?.[m.text];
    if (org) m.actor = GENERIC[org];
  }
  return l;
}

function dyads(evs: Event[]): string[] {
  return evs.map(
    (e) =>
      `${e.source.actor?.country ?? e.source.actor?.id}>${e.target?.actor?.country ?? e.target?.actor?.id ?? '-'}:${e.plover.event}`,
  );
}

describe('code stage: fixes from the demo corpus', () => {
  it('keeps the light verb\'s target when the nominal it governs finds none ("carried out air strikes in X")', () => {
    const evs = codeDocument(
      linked({
        text: 'Ruritania carried out its first air strikes in Syria on Monday.',
        actors: { Ruritania: 'FRA', Syria: 'SYR' },
      }),
      ctx,
    );
    expect(dyads(evs)).toEqual(['FRA>SYR:ASSAULT']);
  });

  it('gives a generic agent the country word in front of it ("Turkish fighter jets")', () => {
    const l = doc(
      {
        text: 'Turkish F-16 fighter jets shot down a Syrian helicopter near the border.',
        actors: { Turkish: 'TUR', Syrian: 'SYR' },
      },
      { demonym: ['Turkish', 'Syrian'], agent: { jets: 'MIL' } },
    );
    const evs = codeDocument(l, ctx);
    expect(dyads(evs)).toEqual(['TUR>SYR:ASSAULT']);
    expect(evs[0].source.actor?.cameo).toBe('TURMIL');
  });

  it('does not compose across a preposition or a conjunction', () => {
    const l = doc(
      { text: 'Officials in Turkey and troops met.', actors: { Turkey: 'TUR' } },
      { agent: { troops: 'MIL', Officials: 'GOV' } },
    );
    const troops = l.mentions.find((m) => m.text === 'troops')!;
    expect(composeWithModifier(l.article.text, troops, l.mentions)).toBeNull();
  });

  it('reads a named organisation in front of a generic agent as that organisation ("European Union leaders")', () => {
    const l = doc(
      {
        text: 'European Union leaders and Turkey agreed on Friday on a plan for the islands.',
        actors: { Turkey: 'TUR' },
      },
      { org: { 'European Union': 'EU' }, agent: { leaders: 'GOV' } },
    );
    const evs = codeDocument(l, ctx);
    expect(dyads(evs)).toEqual(['eu>TUR:AGREE']);
  });

  it('reads "the two ministers" as the two parties last named when no event paired them', () => {
    const l = doc(
      {
        text: 'Kerry sat at a long table beside Lavrov in Vienna. The two ministers met again on Friday.',
        actors: { Kerry: 'kerry', Lavrov: 'lavrov' },
      },
      { agent: { ministers: 'GOV' } },
    );
    const evs = codeDocument(l, ctx);
    expect(dyads(evs)).toEqual(['USA>RUS:CONSULT']);
  });

  it('does not code related-story teaser lines (a list item with no closing punctuation)', () => {
    const text = 'France accused Germany of spying.\n- Germany accuses France of lying\n› Paris to meet Berlin envoys';
    const evs = codeDocument(
      linked({ text, actors: { France: 'FRA', Germany: 'DEU', Paris: 'FRA', Berlin: 'DEU' } }),
      ctx,
    );
    expect(dyads(evs)).toEqual(['FRA>DEU:ACCUSE']);
    const at = text.indexOf('- Germany');
    expect(isTeaserLine(text, { start: at + 2, end: text.indexOf('\n', at) })).toBe(true);
    expect(isTeaserLine('- France accused Germany of spying.', { start: 2, end: 35 })).toBe(false);
  });

  it('codes a compound subject that agrees on a plan as a mutual AGREE', () => {
    const evs = codeDocument(
      linked({
        text: 'France and Germany agreed on a plan for the river ports.',
        actors: { France: 'FRA', Germany: 'DEU' },
      }),
      ctx,
    );
    expect(dyads(evs)).toEqual(['FRA>DEU:AGREE']);
    expect(evs[0].cameo.code).toBe('030');
  });

  it('finds a passive agent behind modifiers ("by an off-duty Turkish police officer")', () => {
    const l = doc(
      {
        text: 'The Russian envoy was shot dead by an off-duty Turkish police officer in a gallery.',
        actors: { 'Russian envoy': 'RUS', 'Turkish police': 'TUR' },
      },
      {},
    );
    expect(dyads(codeDocument(l, ctx))).toEqual(['TUR>RUS:ASSAULT']);
  });

  it('takes the head of "X to Y, Name," as the subject, not the object of "to"', () => {
    const l = linked({
      text: "Russia's ambassador to Turkey, Ivan Sidorov, was attacked by rebels in the capital.",
      actors: { "Russia's ambassador": 'RUS', Turkey: 'TUR', rebels: 'rebels' },
    });
    expect(dyads(codeDocument(l, ctx))).toEqual(['SYR>RUS:ASSAULT']);
  });

  it('takes the agent of a reduced relative on the subject as the doer ("a bombing claimed by X killed …")', () => {
    const l = linked({
      text: 'A car bombing claimed by the rebels killed four Americans in the town.',
      actors: { rebels: 'rebels', Americans: 'USA' },
    });
    expect(dyads(codeDocument(l, ctx))).toEqual(['SYR>USA:ASSAULT']);
  });

  it('points "condemned the attack" at whoever carried out the attack just reported, and drops it otherwise', () => {
    const evs = codeDocument(
      linked({
        text: 'Ruritania bombed Syria on Monday. Iran condemned the attack on Tuesday.',
        actors: { Ruritania: 'FRA', Syria: 'SYR', Iran: 'IRN' },
      }),
      ctx,
    );
    expect(dyads(evs)).toEqual(['FRA>SYR:ASSAULT', 'IRN>FRA:ACCUSE']);
    const none = codeDocument(
      linked({ text: 'Iran condemned the decision on Tuesday.', actors: { Iran: 'IRN' } }),
      ctx,
    );
    expect(none).toEqual([]);
  });
});
