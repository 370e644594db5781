/**
 * Story clusters: articles about the same happening. Near-duplicates (the same wire copy) are
 * joined first; the rest is a deterministic single pass in date order over TF-IDF vectors of
 * title + lead, where an article joins the most similar open story (cosine to the story's
 * centroid, plus a bonus for shared actors) when the story's dates lie within a few days of its
 * own, and starts a new story otherwise. Story ids hash the sorted member ids, so the same
 * articles always give the same id.
 */
import { nearDuplicates } from './minhash.js';
import {
  addInto,
  dayNumber,
  dayToIso,
  dot,
  idfTable,
  normalize,
  stableHash,
  terms,
  tfidf,
  words,
  type Vec,
} from './text.js';

export interface StoryDoc {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  /** Full text (for near-duplicates); the lead is taken from it. */
  text: string;
  /** Actors named in the article (one entry per mention). */
  actors: { id: string; name: string }[];
  event_ids: string[];
}

export interface Story {
  id: string;
  title: string;
  first_date: string | null;
  last_date: string | null;
  article_ids: string[];
  outlets: string[];
  event_ids: string[];
  top_actors: { id: string; name: string; count: number }[];
  keywords: string[];
}

export interface ClusterOptions {
  /** Minimum similarity to join a story (default 0.25). */
  threshold?: number;
  /** Days: an article joins only stories whose dates come within this distance of its own (default 3). */
  windowDays?: number;
  /** Characters of text used as the lead after the title (default 600). */
  leadChars?: number;
}

interface Unit {
  ids: string[];
  docs: StoryDoc[];
  day: number | null;
  vec: Vec;
  actors: Set<string>;
}

interface Cluster {
  units: Unit[];
  sum: Vec;
  centroid: Vec;
  first: number | null;
  last: number | null;
  actors: Map<string, number>;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Calendar and clock words (stemmed): they say when, not what, and datelines are full of them
 * ("Tue Apr 28, 2009 12:49am BST"), so they would pull unrelated articles of one day together.
 */
const TIME_WORDS = new Set(
  terms(
    `january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
today yesterday tomorrow week weeks month months year years day days am pm gmt bst edt est cet utc pdt pst updated last`,
  ),
);

/** Title + lead: what a story is about. The title counts twice. */
const keep = (t: string): boolean => !TIME_WORDS.has(t) && !/^\d+$/.test(t);

function leadTerms(d: StoryDoc, leadChars: number): string[] {
  const title = d.title ?? '';
  let lead = d.text.slice(0, leadChars);
  const cut = lead.lastIndexOf(' ');
  if (d.text.length > leadChars && cut > 0) lead = lead.slice(0, cut);
  const t = terms(title).filter(keep);
  return [...t, ...t, ...terms(lead).filter(keep)];
}

function jaccard(a: Set<string>, b: Map<string, number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Clusters documents into stories. Deterministic: the result does not depend on input order. */
export function clusterStories(input: readonly StoryDoc[], opts: ClusterOptions = {}): Story[] {
  const threshold = opts.threshold ?? 0.25;
  const windowDays = opts.windowDays ?? 3;
  const leadChars = opts.leadChars ?? 600;

  const docs = [...input].sort((a, b) => cmp(a.id, b.id));
  const byId = new Map(docs.map((d) => [d.id, d]));
  const docTerms = new Map(docs.map((d) => [d.id, leadTerms(d, leadChars)]));
  const idf = idfTable(docTerms.values());
  const docVec = new Map(docs.map((d) => [d.id, tfidf(docTerms.get(d.id)!, idf)]));

  // Units: near-duplicate groups, then singletons.
  const grouped = new Set<string>();
  const unitIds: string[][] = [];
  for (const g of nearDuplicates(docs)) {
    unitIds.push(g);
    for (const id of g) grouped.add(id);
  }
  for (const d of docs) if (!grouped.has(d.id)) unitIds.push([d.id]);

  const units: Unit[] = unitIds.map((ids) => {
    const members = ids.map((id) => byId.get(id)!);
    const days = members.map((m) => dayNumber(m.published)).filter((x): x is number => x !== null);
    const vec: Vec = new Map();
    for (const id of ids) addInto(vec, docVec.get(id)!);
    normalize(vec);
    const actors = new Set<string>();
    for (const m of members) for (const a of m.actors) actors.add(a.id);
    return { ids, docs: members, day: days.length ? Math.min(...days) : null, vec, actors };
  });
  // Date order (undated last), then id: a stable order for the single pass.
  units.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || cmp(a.ids[0], b.ids[0]));

  const clusters: Cluster[] = [];
  // Stories whose last date lies more than the window before the current (dated) unit can take no
  // more dated articles: they leave the open list, which keeps the pass about linear in time.
  let open: Cluster[] = [];
  for (const u of units) {
    if (u.day !== null) open = open.filter((c) => c.last === null || c.last + windowDays >= u.day!);
    let best: Cluster | null = null;
    let bestSim = threshold;
    for (const c of u.day === null ? clusters : open) {
      if (
        u.day !== null &&
        c.first !== null &&
        c.last !== null &&
        (u.day < c.first - windowDays || u.day > c.last + windowDays)
      )
        continue;
      const sim = dot(u.vec, c.centroid) + 0.1 * jaccard(u.actors, c.actors);
      if (sim >= bestSim) {
        if (sim > bestSim || best === null) {
          best = c;
          bestSim = sim;
        }
      }
    }
    if (!best) {
      best = { units: [], sum: new Map(), centroid: new Map(), first: null, last: null, actors: new Map() };
      clusters.push(best);
      open.push(best);
    }
    best.units.push(u);
    addInto(best.sum, u.vec, u.ids.length);
    best.centroid = normalize(new Map(best.sum));
    if (u.day !== null) {
      best.first = best.first === null ? u.day : Math.min(best.first, u.day);
      best.last = best.last === null ? u.day : Math.max(best.last, u.day);
    }
    for (const a of u.actors) best.actors.set(a, (best.actors.get(a) ?? 0) + 1);
  }

  // Surface form of each stem: its most frequent word in the titles and leads.
  const surface = new Map<string, Map<string, number>>();
  for (const d of docs) {
    for (const w of words(`${d.title ?? ''} ${d.text.slice(0, leadChars)}`)) {
      const t = terms(w)[0];
      if (!t) continue;
      let m = surface.get(t);
      if (!m) surface.set(t, (m = new Map()));
      m.set(w, (m.get(w) ?? 0) + 1);
    }
  }
  const surfaceOf = (t: string): string => {
    const m = surface.get(t);
    if (!m) return t;
    return [...m.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0][0];
  };

  const stories = clusters.map((c): Story => {
    const members = c.units.flatMap((u) => u.docs);
    const ids = members.map((m) => m.id).sort(cmp);
    // The most central article names the story.
    let central = members[0];
    let centralSim = -Infinity;
    for (const m of [...members].sort((a, b) => cmp(a.id, b.id))) {
      const s = dot(docVec.get(m.id)!, c.centroid) + (m.title ? 0 : -1);
      if (s > centralSim) {
        central = m;
        centralSim = s;
      }
    }
    const title = central.title?.trim() || central.text.split('\n')[0].slice(0, 140).trim();
    const days = members.map((m) => dayNumber(m.published)).filter((x): x is number => x !== null);
    const actorCount = new Map<string, { id: string; name: string; count: number }>();
    for (const m of members) {
      for (const a of m.actors) {
        const e = actorCount.get(a.id);
        if (e) e.count++;
        else actorCount.set(a.id, { id: a.id, name: a.name, count: 1 });
      }
    }
    const keywords = [...c.centroid.entries()]
      .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
      .slice(0, 8)
      .map(([t]) => surfaceOf(t));
    return {
      id: `st_${stableHash(ids.join('\n'))}`,
      title,
      first_date: days.length ? dayToIso(Math.min(...days)) : null,
      last_date: days.length ? dayToIso(Math.max(...days)) : null,
      article_ids: ids,
      outlets: [...new Set(members.map((m) => m.outlet).filter((o): o is string => !!o))].sort(cmp),
      event_ids: [...new Set(members.flatMap((m) => m.event_ids))].sort(cmp),
      top_actors: [...actorCount.values()].sort((a, b) => b.count - a.count || cmp(a.id, b.id)).slice(0, 5),
      keywords,
    };
  });

  return stories.sort(
    (a, b) =>
      b.article_ids.length - a.article_ids.length || cmp(b.last_date ?? '', a.last_date ?? '') || cmp(a.id, b.id),
  );
}
