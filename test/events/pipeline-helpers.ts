/**
 * Whole-pipeline helpers for tests that code invented text end to end (extract → annotate →
 * resolve → code), as `chronicle code` does.
 */
import { defaultContext, runDocument } from '../../src/pipeline.js';
import type { Event } from '../../src/types.js';

/** The events of `text` read as one plain-text document published on `published`. */
export function code(text: string, published = '2024-03-12'): Event[] {
  return runDocument(
    { source: 'test', kind: 'text', content: text, given: { published, published_from: 'input' } },
    defaultContext({ published }),
  ).events;
}

/** "SRC>TGT:TYPE" per event: actor countries (else CAMEO codes), "-" for no target. */
export const dyads = (evs: Event[]): string[] =>
  evs.map(
    (e) =>
      `${e.source.actor?.country ?? e.source.actor?.cameo}>${e.target?.actor?.country ?? e.target?.actor?.cameo ?? '-'}:${e.plover.event}`,
  );

/** The events of one PLOVER type. */
export const only = (evs: Event[], type: string): Event[] => evs.filter((e) => e.plover.event === type);
