/**
 * When and where an event happened: the time expression of its sentence nearest the trigger
 * (else the publication date), and the place named by "in/at … X" in the sentence.
 */
import type { Entity, Event, Span, TimeExpr } from '../types.js';

const DATE_VALUE = /^(\d{4}|XXXX)(-(\d{2}|XX|W\d{2})(-(\d{2}|XX))?)?/;

/** A TIMEX3 value usable as an event date (`2017-05-02`, `2017-05`, `2017`, `XXXX-08-01`), else null. */
export function usableDate(value: string): string | null {
  const m = DATE_VALUE.exec(value);
  if (!m) return null;
  if (m[2]?.includes('W')) return m[1];
  return m[0].replace(/-XX(-XX)?$/, '');
}

export function pickDate(
  sentence: Span,
  trigger: Span,
  times: TimeExpr[],
  published: string | null,
): { date: string | null; date_from: Event['date_from'] } {
  let best: { d: string; dist: number } | null = null;
  for (const t of times) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const d = usableDate(t.value);
    if (!d) continue;
    const dist = t.end <= trigger.start ? trigger.start - t.end : Math.max(0, t.start - trigger.end);
    if (!best || dist < best.dist) best = { d, dist };
  }
  if (best) return { date: best.d, date_from: 'text' };
  const p = published ? usableDate(published) : null;
  if (p) return { date: p, date_from: 'published' };
  return { date: null, date_from: null };
}

const PLACE_PREP = /\b(in|at|near|outside|inside)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$/i;

/**
 * The place of an event: a GPE/LOC entity in the sentence introduced by in/at/near (possibly
 * through "the Kazakh capital of", "the G20 summit in"), nearest the trigger; entities that are
 * the event's own parties are skipped.
 */
export function pickLocation(
  text: string,
  sentence: Span,
  trigger: Span,
  entities: Entity[],
  parties: Span[],
): Event['location'] {
  let best: { e: Entity; dist: number } | null = null;
  for (const e of entities) {
    if (e.start < sentence.start || e.end > sentence.end) continue;
    if (e.type !== 'GPE' && e.type !== 'LOC') continue;
    if (parties.some((p) => p.start < e.end && e.start < p.end)) continue;
    const before = text.slice(Math.max(sentence.start, e.start - 60), e.start);
    if (!PLACE_PREP.test(before)) continue;
    // "capital of Astana" / "summit in Hamburg": the last prepositional hop must be in/at/of
    const dist = e.start >= trigger.end ? e.start - trigger.end : (trigger.start - e.end) * 1.5;
    if (!best || dist < best.dist) best = { e, dist };
  }
  if (!best) return null;
  const country = best.e.actor?.country ?? undefined;
  return country ? { text: best.e.text, country } : { text: best.e.text };
}
