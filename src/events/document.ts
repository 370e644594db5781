/**
 * Codes a whole Linked document: every sentence through the coder, then dates, places, ids,
 * PLOVER/CAMEO fields, and deduplication within the article.
 */
import type { Actor, ActorMention, Event, Linked } from '../types.js';
import type { StageContext } from '../pipeline.js';
import { Coder, type CodedEvent } from './coder.js';
import { cameoInfo, loadVerbDictionary } from './ontology.js';
import { pickDate, pickLocation } from './attach.js';
import { eventId, eventKey } from './key.js';
import { loadNominals } from './nominals-data.js';

let defaultCoder: Coder<Actor> | null = null;

/** The coder with the shipped dictionaries (CAMEO.2.0 + our additions), built once. */
export function getDefaultCoder(): Coder<Actor> {
  return (defaultCoder ??= new Coder<Actor>({
    verbs: loadVerbDictionary(),
    nominals: loadNominals(),
    sameActor: (a, b) => a.id === b.id,
  }));
}

function party(m: ActorMention) {
  return { start: m.start, end: m.end, text: m.text, actor: m.actor };
}

export function toEvent(linked: Linked, sentence: { start: number; end: number }, c: CodedEvent<Actor>, published: string | null): Event {
  const text = linked.article.text;
  const src = linked.mentions[c.source];
  const tgt = c.target === null ? null : linked.mentions[c.target];
  const info = cameoInfo(c.code);
  const { date, date_from } = pickDate(sentence, c.trigger, linked.times, published);
  const location = pickLocation(text, sentence, c.trigger, linked.entities, tgt ? [src, tgt] : [src]);
  const context = [...info.plover.context];
  if (c.intent && info.plover.event !== 'AGREE') context.push('future');
  const plover: Event['plover'] = { event: info.plover.event, context };
  if (info.plover.mode) plover.mode = info.plover.mode;
  return {
    id: eventId(linked.article.id, sentence.start, c.trigger.start, c.code, src.actor.id, tgt?.actor.id ?? '-'),
    article_id: linked.article.id,
    sentence: { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) },
    date,
    date_from,
    source: party(src),
    target: tgt ? party(tgt) : null,
    trigger: c.trigger,
    plover,
    cameo: { code: c.code, root: info.root, goldstein: info.goldstein, quad_class: info.quad_class },
    location,
    negated: c.negated,
    confidence: c.confidence,
    rule: c.rule,
  };
}

function partyCountry(p: Event['source'] | Event['target']): string {
  return p?.actor?.country ?? p?.actor?.id ?? p?.text.toLowerCase() ?? '-';
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / 86_400_000;
}

/**
 * News leads often report an event without its date ("X and Y spoke by phone …") and give the day
 * further down ("Tuesday's call …"). An event dated only by the publication date takes the exact
 * date of a twin in the same article (same dyad by country, same PLOVER type) that its own
 * sentence dates in the week up to publication.
 */
export function redateFromTwins(events: Event[], published: string | null): Event[] {
  if (!published) return events;
  const twinKey = (e: Event) => `${partyCountry(e.source)}|${partyCountry(e.target)}|${e.plover.event}|${e.negated}`;
  const dated = new Map<string, string>();
  for (const e of events) {
    if (e.date_from !== 'text' || !e.date || !/^\d{4}-\d{2}-\d{2}$/.test(e.date)) continue;
    const lag = daysBetween(e.date, published);
    if (lag >= 0 && lag <= 7 && !dated.has(twinKey(e))) dated.set(twinKey(e), e.date);
  }
  return events.map((e) => {
    const date = e.date_from === 'published' ? dated.get(twinKey(e)) : undefined;
    return date ? { ...e, date, date_from: 'text' as const, rule: `${e.rule}; date from the same event later in the article` } : e;
  });
}

/** Keeps the most confident event per `eventKey` (ties: the earliest in the text). */
export function dedupe(events: Event[]): Event[] {
  const best = new Map<string, Event>();
  for (const e of events) {
    const k = eventKey(e);
    const b = best.get(k);
    if (!b || e.confidence > b.confidence) best.set(k, e);
  }
  const keep = new Set(best.values());
  return events.filter((e) => keep.has(e));
}

export function codeDocument(linked: Linked, ctx: Pick<StageContext, 'published' | 'debug'>, coder: Coder<Actor> = getDefaultCoder()): Event[] {
  const text = linked.article.text;
  const published = linked.article.published ?? ctx.published ?? null;
  const title = linked.article.title?.trim() ?? null;
  const events: Event[] = [];
  const mentions = linked.mentions.filter((m) => m.actor);
  const index = new Map(mentions.map((m) => [m, linked.mentions.indexOf(m)]));
  for (const s of linked.sentences) {
    const inS = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    if (inS.length === 0) continue;
    const quotes = linked.quotes.filter((q) => q.start >= s.start && q.end <= s.end);
    const coded = coder.codeSentence(text, s.start, s.end, inS, quotes);
    const isTitle = !!title && text.slice(s.start, s.end).trim() === title;
    for (const c of coded) {
      const mapped: CodedEvent<Actor> = {
        ...c,
        source: index.get(inS[c.source])!,
        target: c.target === null ? null : index.get(inS[c.target])!,
        confidence: isTitle ? Math.round(c.confidence * 80) / 100 : c.confidence,
      };
      const e = toEvent(linked, s, mapped, published);
      ctx.debug(() => `code: ${e.cameo.code} ${e.source.actor?.id}→${e.target?.actor?.id ?? '-'} "${e.trigger.text}" (${e.rule})`);
      events.push(e);
    }
  }
  return dedupe(redateFromTwins(events, published));
}
