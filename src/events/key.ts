/** Stable event ids and the deduplication key shared with cross-article deduplication. */
import { createHash } from 'node:crypto';
import type { Event } from '../types.js';

function partyId(p: Event['source'] | Event['target']): string {
  if (!p) return '-';
  return p.actor?.id ?? p.text.toLowerCase();
}

/** Same happening: same source, target, PLOVER type and date (negated events kept apart). */
export function eventKey(e: Pick<Event, 'source' | 'target' | 'plover' | 'date' | 'negated'>): string {
  return [partyId(e.source), partyId(e.target), e.plover.event, e.date ?? '-', e.negated ? 'neg' : ''].join('|');
}

/** Stable id: hash of article id, sentence start, trigger start, code, source and target ids. */
export function eventId(
  articleId: string,
  sentenceStart: number,
  triggerStart: number,
  code: string,
  source: string,
  target: string,
): string {
  return createHash('sha1')
    .update(`${articleId}\u0000${sentenceStart}\u0000${triggerStart}\u0000${code}\u0000${source}\u0000${target}`)
    .digest('hex')
    .slice(0, 16);
}
