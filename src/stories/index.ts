/**
 * Stories and timelines over the store: what `chronicle stories` and `chronicle timeline` (and the
 * HTTP API) call. The algorithms themselves work on plain records (cluster.ts, timeline.ts); this
 * file only reads the store and turns its records into those.
 */
import type { StoredDocument, Store } from '../store/store.js';
import type { Span as TSpan } from '../types.js';
import { clusterStories, type Story, type StoryDoc } from './cluster.js';
import { dayToIso, filterRange } from './text.js';
import { computeTimeline, type TimelineDoc, type TimelineEntry } from './timeline.js';

export type { Story } from './cluster.js';
export type { TimelineEntry } from './timeline.js';
export { nearDuplicates } from './minhash.js';
export { clusterStories } from './cluster.js';
export { computeTimeline } from './timeline.js';

/** At most this many articles are read for one call (newest first); larger sets should be narrowed with --from/--to/--q. */
export const MAX_STORY_ARTICLES = 20_000;
export const MAX_TIMELINE_ARTICLES = 5_000;
/** Articles published up to this many days after a timeline's `to` date are still read. */
const LOOK_BACK_DAYS = 31;

/** Ids of the articles matching a filter, newest first, following the store's pages. */
async function articleIds(
  store: Store,
  filter: { q?: string; from?: string; to?: string },
  cap: number,
): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listArticles({ ...filter, limit: Math.min(1000, cap - ids.length), cursor });
    for (const a of page.articles) ids.push(a.id);
    cursor = page.next_cursor ?? undefined;
  } while (cursor && ids.length < cap);
  return ids;
}

async function documents(store: Store, ids: readonly string[]): Promise<StoredDocument[]> {
  const out: StoredDocument[] = [];
  for (const id of ids) {
    const d = await store.getDocument(id);
    if (d) out.push(d);
  }
  return out;
}

/** Actors named in a stored document: linked mentions, else entities with an actor, else event parties. */
function actorsOf(d: StoredDocument): { id: string; name: string }[] {
  const a = d.annotations;
  if (a?.mentions?.length) return a.mentions.map((m) => ({ id: m.actor.id, name: m.actor.name }));
  const fromEntities = (a?.entities ?? [])
    .filter((e) => e.actor)
    .map((e) => ({ id: e.actor!.id, name: e.actor!.name }));
  if (fromEntities.length) return fromEntities;
  const out: { id: string; name: string }[] = [];
  for (const e of d.events) {
    for (const p of [e.source, e.target]) if (p?.actor) out.push({ id: p.actor.id, name: p.actor.name });
  }
  return out;
}

/** Story clusters of the articles matching the filters, biggest first. */
export async function buildStories(
  store: Store,
  opts: { from?: string; to?: string; q?: string; limit?: number },
): Promise<Story[]> {
  const ids = await articleIds(store, { q: opts.q, from: opts.from, to: opts.to }, MAX_STORY_ARTICLES);
  const docs: StoryDoc[] = (await documents(store, ids)).map((d) => ({
    id: d.article.id,
    title: d.article.title,
    published: d.article.published,
    outlet: d.article.outlet,
    text: d.article.text,
    actors: actorsOf(d),
    event_ids: d.events.map((e) => e.id),
  }));
  const stories = clusterStories(docs);
  return opts.limit !== undefined ? stories.slice(0, opts.limit) : stories;
}

/** Sentence spans when the store has no annotations: split after . ! ? and at line breaks. */
function fallbackSentences(text: string): TSpan[] {
  const out: TSpan[] = [];
  const re = /[^\n.!?]*(?:[.!?]+["'”’)]*|\n|$)/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function toTimelineDoc(d: StoredDocument): TimelineDoc {
  return {
    id: d.article.id,
    published: d.article.published,
    title: d.article.title,
    text: d.article.text,
    sentences: d.annotations?.sentences?.length ? d.annotations.sentences : fallbackSentences(d.article.text),
    times: d.annotations?.times ?? [],
  };
}

/** Does an actor (from an event party) answer to the user's `--actor` text? Mirrors the store's filter loosely. */
function actorMatches(actor: { id: string; name: string; cameo: string }, wanted: string): boolean {
  const w = wanted.trim().toLowerCase();
  if (actor.id.toLowerCase() === w) return true;
  if (actor.cameo.toLowerCase().startsWith(w) && /^[a-z]{3,}$/.test(w)) return true;
  return new RegExp(`(^|\\W)${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\W)`, 'i').test(actor.name);
}

/**
 * A timeline for a query (`q`, full-text) or an actor: the `maxDates` (default 10) most-referenced
 * dates in range, each with one or two summary sentences and the articles they came from.
 */
export async function buildTimeline(
  store: Store,
  opts: { q?: string; actor?: string; from?: string; to?: string; maxDates?: number },
): Promise<TimelineEntry[]> {
  if (!opts.q && !opts.actor)
    throw new Error('buildTimeline: expected a query (q) or an actor, found neither; pass one of them');

  let ids: string[] | null = null;
  if (opts.q) {
    // Articles published before the range rarely name dates inside it; articles published up to a
    // month after it still look back on it.
    const { hi } = filterRange(opts.from, opts.to);
    const filter = { q: opts.q, from: opts.from, to: hi !== null ? dayToIso(hi + LOOK_BACK_DAYS) : undefined };
    ids = await articleIds(store, filter, MAX_TIMELINE_ARTICLES);
  }

  // With an actor: the articles with events of that actor, and per article the sentences to keep.
  let actorSpans: Map<string, TSpan[]> | null = null;
  const actorIds = new Set<string>();
  const actorNames = new Set<string>();
  if (opts.actor) {
    actorSpans = new Map();
    for await (const e of store.iterateEvents({ actor: opts.actor })) {
      let spans = actorSpans.get(e.article_id);
      if (!spans) actorSpans.set(e.article_id, (spans = []));
      spans.push({ start: e.sentence.start, end: e.sentence.end });
      for (const p of [e.source, e.target]) {
        if (p?.actor && actorMatches(p.actor, opts.actor)) {
          actorIds.add(p.actor.id);
          actorNames.add(p.actor.name);
        }
      }
      if (actorSpans.size >= MAX_TIMELINE_ARTICLES) break;
    }
    const withActor = new Set(actorSpans.keys());
    ids = ids ? ids.filter((id) => withActor.has(id)) : [...withActor];
  }

  const stored = await documents(store, ids ?? []);
  const docs = stored.map(toTimelineDoc);

  let accept: ((doc: TimelineDoc, s: TSpan) => boolean) | undefined;
  if (actorSpans) {
    // Sentences holding one of the actor's events or a mention of the actor.
    const keep = new Map<string, TSpan[]>();
    for (const d of stored) {
      const spans = [...(actorSpans.get(d.article.id) ?? [])];
      for (const m of d.annotations?.mentions ?? []) if (actorIds.has(m.actor.id)) spans.push(m);
      for (const e of d.annotations?.entities ?? []) if (e.actor && actorIds.has(e.actor.id)) spans.push(e);
      keep.set(d.article.id, spans);
    }
    accept = (doc, s) => (keep.get(doc.id) ?? []).some((x) => x.start < s.end && x.end > s.start);
  }

  const query = [opts.q ?? '', ...actorNames].join(' ').trim();
  return computeTimeline(docs, { query, from: opts.from, to: opts.to, maxDates: opts.maxDates ?? 10, accept });
}

/** Markdown: `# title`, one `## YYYY-MM-DD` heading per date, each summary sentence a bullet with its sources. */
export function timelineToMarkdown(entries: TimelineEntry[], title: string): string {
  const esc = (s: string): string => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
  const lines: string[] = [`# ${esc(title.trim() || 'Timeline')}`, ''];
  if (entries.length === 0) lines.push('_No dated entries found._', '');
  for (const e of entries) {
    lines.push(`## ${e.date}`, '');
    for (const s of e.summary) lines.push(`- ${esc(s)}`);
    if (e.article_ids.length) lines.push('', `Sources: ${e.article_ids.map((id) => `\`${id}\``).join(', ')}`);
    lines.push('');
  }
  return lines.join('\n');
}
