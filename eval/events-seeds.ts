/**
 * Event coding on the five seed articles (../shared/seeds) against test/events/seeds.gold.json:
 * recall of required gold events (country dyad + PLOVER type + date) and spurious events per
 * seed (coded events that match no gold event, required or optional).
 *
 * Run: npx tsx eval/events-seeds.ts   (needs ../shared and the whole pipeline)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Event } from '../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(repoRoot, '../shared');
export const GOLD_PATH = path.join(repoRoot, 'test/events/seeds.gold.json');

export interface GoldEvent {
  fact: string;
  source: string[];
  target: string[] | null;
  type: string[];
  date: string | null;
  optional?: boolean;
}

const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

function dayNumber(d: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000 : null;
}

/** Gold date check: null = any; prefixes match ("2017-04" ~ "2017-04-06"); XXXX = any year; ±1 day. */
export function dateMatches(gold: string | null, got: string | null): boolean {
  if (gold === null) return true;
  if (got === null) return false;
  const strip = (s: string) => s.replace(/^(\d{4}|XXXX)/, '');
  let g = gold;
  let e = got;
  if (g.startsWith('XXXX') || e.startsWith('XXXX')) {
    g = strip(g);
    e = strip(e);
  }
  if (e.startsWith(g) || (g.startsWith(e) && e.length >= 7)) return true;
  const a = dayNumber(gold);
  const b = dayNumber(got);
  return a !== null && b !== null && Math.abs(a - b) <= 1;
}

function country(p: Event['source'] | Event['target']): string | null {
  return p?.actor?.country ?? null;
}

export function eventMatches(g: GoldEvent, e: Event): boolean {
  if (!g.type.includes(e.plover.event)) return false;
  if (!dateMatches(g.date, e.date)) return false;
  const s = country(e.source);
  const t = country(e.target);
  const direct = !!s && g.source.includes(s) && (g.target === null || (!!t && g.target.includes(t)));
  if (direct) return true;
  if (SYMMETRIC.has(e.plover.event) && g.target && t && s) return g.source.includes(t) && g.target.includes(s);
  return false;
}

export interface SeedScore {
  seed: string;
  required: number;
  found: number;
  missed: string[];
  spurious: Event[];
  events: number;
  all: Event[];
}

export function scoreSeed(seed: string, gold: GoldEvent[], events: Event[]): SeedScore {
  const req = gold.filter((g) => !g.optional);
  const missed = req.filter((g) => !events.some((e) => eventMatches(g, e))).map((g) => g.fact);
  const spurious = events.filter((e) => !gold.some((g) => eventMatches(g, e)));
  return {
    seed,
    required: req.length,
    found: req.length - missed.length,
    missed,
    spurious,
    events: events.length,
    all: events,
  };
}

export function loadGold(): Record<string, GoldEvent[]> {
  return (JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as { seeds: Record<string, GoldEvent[]> }).seeds;
}

/** Runs the full pipeline on each seed; throws with a clear message when a stage is missing/broken. */
export async function evaluateEventsSeeds(): Promise<SeedScore[]> {
  if (!existsSync(path.join(SHARED, 'seeds'))) {
    throw new Error(
      `events-seeds: expected the seed articles in ${path.join(SHARED, 'seeds')}; they are absent (no ../shared)`,
    );
  }
  let pipeline: typeof import('../src/pipeline.js');
  try {
    pipeline = await import('../src/pipeline.js');
  } catch (e) {
    throw new Error(
      `events-seeds: the pipeline could not be loaded (${(e as Error).message.split('\n')[0]}); ` +
        `every stage (extract, annotate, resolve, code) must exist and import cleanly before the seeds can be coded`,
    );
  }
  const gold = loadGold();
  const out: SeedScore[] = [];
  for (const [seed, items] of Object.entries(gold)) {
    const file = path.join(SHARED, 'seeds', seed);
    const content = readFileSync(file, 'utf8');
    let events: Event[];
    try {
      events = pipeline.runDocument({ source: file, kind: 'text', content }, pipeline.defaultContext()).events;
    } catch (e) {
      throw new Error(`events-seeds: the pipeline failed on ${seed}: ${(e as Error).message}`);
    }
    out.push(scoreSeed(seed, items, events));
  }
  return out;
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const scores = await evaluateEventsSeeds();
  let req = 0;
  let found = 0;
  let spurious = 0;
  let maxSpur = 0;
  for (const s of scores) {
    req += s.required;
    found += s.found;
    spurious += s.spurious.length;
    maxSpur = Math.max(maxSpur, s.spurious.length);
    console.log(
      `events-seeds ${s.seed}: recall ${s.found}/${s.required}, spurious ${s.spurious.length}, events ${s.events}`,
    );
    if (verbose) {
      for (const m of s.missed) console.log(`  missed: ${m}`);
      for (const e of s.spurious)
        console.log(
          `  spurious: ${e.plover.event} ${e.cameo.code} ${e.source.actor?.country}→${e.target?.actor?.country ?? '-'} ${e.date} "${e.trigger.text}" | ${e.rule}`,
        );
    }
  }
  // calibration: share of coded events that match a gold event (required or optional), by confidence
  const buckets = [0, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01];
  const gold = loadGold();
  const rows: string[] = [];
  for (let b = 0; b + 1 < buckets.length; b++) {
    let n = 0;
    let ok = 0;
    for (const s of scores) {
      for (const e of s.all) {
        if (e.confidence < buckets[b] || e.confidence >= buckets[b + 1]) continue;
        n++;
        if (gold[s.seed].some((g) => eventMatches(g, e))) ok++;
      }
    }
    if (n) rows.push(`[${buckets[b]}, ${Math.min(1, buckets[b + 1])}): ${ok}/${n}`);
  }
  console.log(`events-seeds calibration (correct/coded by confidence): ${rows.join('; ')}`);
  console.log(`events-seeds recall: ${(found / Math.max(1, req)).toFixed(3)} (${found}/${req})`);
  console.log(`events-seeds spurious per seed: ${(spurious / Math.max(1, scores.length)).toFixed(2)} (max ${maxSpur})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((e: Error) => {
    console.error(e.message);
    process.exit(2);
  });
}
