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
  if (m[2]?.includes('W')) {
    if (m[1] === 'XXXX') return null;
    // an ISO week ("last week" = 2016-W50) dates its events to the month of its Thursday
    const w = /^-W(\d{2})$/.exec(m[2]);
    return w ? isoWeekMonth(Number(m[1]), Number(w[1])) : m[1];
  }
  const d = m[0].replace(/-XX(-XX)?$/, '');
  // "XXXX" (a weekday or month with no year and no publication date) says nothing usable
  return d === 'XXXX' ? null : d;
}

/** `YYYY-MM` of the Thursday of ISO week `week` of `year` (the month most of the week lies in). */
export function isoWeekMonth(year: number, week: number): string {
  // ISO week 1 holds January 4th; its Thursday is Jan 4 + (4 - weekday(Jan 4))
  const jan4 = Date.UTC(year, 0, 4);
  const wd = new Date(jan4).getUTCDay() || 7;
  const thursday = new Date(jan4 + (4 - wd + (week - 1) * 7) * 86_400_000);
  return `${thursday.getUTCFullYear()}-${String(thursday.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Words that open a subordinate clause; its time expressions date only its own events. */
const OPENER_RE =
  /\b(since|after|before|when|whenever|while|until|because|although|though|whether|which|who|whom|whose|where|unless|whereas|that|once)\b/gi;

/**
 * Clause segments of a sentence: each subordinate clause runs from its opener to the next comma,
 * semicolon or opener; everything else is the main clause (id -1). Returns a function giving
 * the clause id of an absolute offset.
 */
export function clauseOf(text: string, sentence: Span): ((offset: number) => number) & { openers: string[] } {
  const s = text.slice(sentence.start, sentence.end);
  const segs: { start: number; end: number }[] = [];
  OPENER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // an infinitive after a comma ("…, to take place in July") is a clause of its own too
  const opens: { index: number; len: number }[] = [];
  while ((m = OPENER_RE.exec(s)) !== null) opens.push({ index: m.index, len: m[0].length });
  for (const inf of s.matchAll(/,\s*((?:set|due|expected|scheduled|slated|planned)\s+)?to\s+[a-z]/g))
    opens.push({ index: inf.index! + 1, len: 2 });
  opens.sort((x, y) => x.index - y.index);
  for (const o of opens) {
    m = Object.assign([s.substr(o.index, o.len)], { index: o.index, input: s }) as unknown as RegExpExecArray;
    const a = m.index;
    const rest = s.slice(a + m[0].length);
    const stop = /[,;:—–()]/.exec(rest);
    const next = new RegExp(OPENER_RE.source, 'i').exec(rest);
    let len = rest.length;
    if (stop) len = Math.min(len, stop.index);
    if (next) len = Math.min(len, next.index);
    segs.push({ start: sentence.start + a, end: sentence.start + a + m[0].length + len });
  }
  const at = (offset: number) => {
    for (let k = segs.length - 1; k >= 0; k--) if (segs[k].start <= offset && offset < segs[k].end) return k;
    return -1;
  };
  return Object.assign(at, { openers: segs.map((g) => text.slice(g.start, g.end).split(/\W/, 1)[0].toLowerCase()) });
}

export function pickDate(
  sentence: Span,
  trigger: Span,
  times: TimeExpr[],
  published: string | null,
  text?: string,
): { date: string | null; date_from: Event['date_from'] } {
  let best: { d: string; dist: number } | null = null;
  const clause = text !== undefined ? clauseOf(text, sentence) : null;
  const own = clause ? clause(trigger.start) : -1;
  for (const t of times) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const d = usableDate(t.value);
    if (!d) continue;
    // a time expression dates the events of its own clause only
    if (clause && clause(t.start) !== own) continue;
    // "the 1998 Adana agreement", "its 2015 nuclear deal": a year modifying a noun names that
    // thing, it does not date the event
    if (text !== undefined && premodifierYear(text, t)) continue;
    const dist = t.end <= trigger.start ? trigger.start - t.end : Math.max(0, t.start - trigger.end);
    if (!best || dist < best.dist) best = { d, dist };
  }
  if (!best && clause && own === -1) {
    // "were killed when two car bombs exploded … on Saturday": a main clause without a time of
    // its own happens when its "when" clause does
    for (const t of times) {
      if (t.start < trigger.end || t.end > sentence.end || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
      const k = clause(t.start);
      const d = usableDate(t.value);
      if (d && k >= 0 && clause.openers[k] === 'when' && !premodifierYear(text!, t)) {
        best = { d, dist: 0 };
        break;
      }
    }
  }
  if (best) return { date: best.d, date_from: 'text' };
  const p = published ? usableDate(published) : null;
  if (p) return { date: p, date_from: 'published' };
  return { date: null, date_from: null };
}

/** A bare year between a determiner and a noun ("the 1998 Adana agreement", "a 2015 deal"). */
function premodifierYear(text: string, t: Span): boolean {
  if (!/^\d{4}$/.test(text.slice(t.start, t.end))) return false;
  return (
    /\b(the|a|an|its|their|his|her|our|this|that)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start)) &&
    /^\s+[A-Za-z][\w-]*/.test(text.slice(t.end, t.end + 20)) &&
    !/^\s+(and|or|to|until|through|when|after|before)\b/i.test(text.slice(t.end, t.end + 20))
  );
}

const PLACE_PREP = /\b(in|into|at|near|outside|inside)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$/i;

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
  const e = nearestPlace(text, sentence, trigger, entities, parties);
  if (!e) return null;
  const country = e.actor?.country ?? undefined;
  return country ? { text: e.text, country } : { text: e.text };
}

/** The place entity `pickLocation` reads the location from (its span and actor), or null. */
export function nearestPlace(
  text: string,
  sentence: Span,
  trigger: Span,
  entities: Entity[],
  parties: Span[],
): Entity | null {
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
  return best?.e ?? null;
}
