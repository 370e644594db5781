/**
 * The demo corpus (examples/) through the real CLI: every document stored, the non-English page
 * stored but not coded, the same store with one worker or two, and the query commands working
 * on the result.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { ROOT, chronicle, jsonl } from '../helpers/cli.js';

const EXAMPLES = join(ROOT, 'examples');

async function eventIds(db: string): Promise<string[]> {
  const store = await openStore(db);
  try {
    const ids: string[] = [];
    for await (const e of store.iterateEvents({})) ids.push(`${e.article_id}/${e.id}`);
    return ids.sort();
  } finally {
    await store.close();
  }
}

describe('demo corpus end to end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-demo-'));
  const one = join(dir, 'one.db');
  const two = join(dir, 'two.db');
  let r1: ReturnType<typeof chronicle>;
  let r2: ReturnType<typeof chronicle>;

  beforeAll(() => {
    r1 = chronicle(['ingest', EXAMPLES, '--db', one]);
    r2 = chronicle(['ingest', EXAMPLES, '--db', two, '--jobs', '2']);
  }, 240_000);

  it('stores every document, codes the English ones, marks the German one unsupported', () => {
    expect(r1.code, r1.stderr).toBe(0);
    const s = jsonl<{ summary: { documents: number; articles_new: number; unsupported: number; events: number } }>(
      r1.stdout,
    )[0].summary;
    expect(s.documents).toBeGreaterThanOrEqual(30);
    expect(s.articles_new).toBe(s.documents);
    expect(s.unsupported).toBe(1);
    expect(s.events).toBeGreaterThan(s.documents);
  });

  it('stores the same events with a pool of worker threads', async () => {
    expect(r2.code, r2.stderr).toBe(0);
    expect(await eventIds(two)).toEqual(await eventIds(one));
  });

  it('answers queries in every format', () => {
    const all = jsonl<{ source: { actor: { country: string } | null }; plover: { event: string } }>(
      chronicle(['events', '--db', one, '--source-country', 'RUS']).stdout,
    );
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((e) => e.source.actor?.country === 'RUS')).toBe(true);
    const csv = chronicle(['events', '--db', one, '--format', 'csv', '--limit', '5']).stdout.trim().split(/\r?\n/);
    expect(csv[0]).toMatch(/^id,article_id,date/);
    expect(csv).toHaveLength(6);
    // Only the final newline is stripped: a row's last column (SOURCEURL) may be empty.
    const gdelt = chronicle(['events', '--db', one, '--format', 'gdelt', '--limit', '3'])
      .stdout.replace(/\n$/, '')
      .split('\n');
    expect(gdelt).toHaveLength(3);
    for (const row of gdelt) expect(row.split('\t')).toHaveLength(61);
  });

  it('annotates with actors resolved, from a file or from standard input', () => {
    const text =
      'Russian Foreign Minister Sergei Lavrov met US Secretary of State John Kerry in Geneva on Friday. ' +
      '"We agreed on the next steps," Lavrov told reporters.';
    const r = chronicle(['annotate', '-', '--published', '2016-09-10'], { input: text });
    expect(r.code, r.stderr).toBe(0);
    const [a] = jsonl<{
      entities: { text: string; actor?: { country: string | null; cameo: string } }[];
      times: { text: string; value: string }[];
      quotes: { speaker?: { text: string } }[];
      mentions: unknown[];
    }>(r.stdout);
    const lavrov = a.entities.find((e) => e.text.includes('Lavrov'));
    expect(lavrov?.actor).toMatchObject({ country: 'RUS', cameo: 'RUSGOV' });
    expect(a.entities.find((e) => e.text.includes('Kerry'))?.actor).toMatchObject({ cameo: 'USAGOV' });
    expect(a.times.find((t) => t.text === 'Friday')?.value).toBe('2016-09-09');
    expect(a.quotes[0]?.speaker?.text).toBe('Lavrov');
    expect(a.mentions.length).toBeGreaterThan(0);
  });

  it("links a quote's pronoun speaker to the person it stands for", () => {
    const text =
      'Turkish Foreign Minister Mevlut Cavusoglu arrived in Moscow on Tuesday for a second day of talks.\n' +
      '"Our positions are now closer than they were a year ago," he said after the meeting.';
    const r = chronicle(['annotate', '-', '--published', '2016-08-11'], { input: text });
    const [a] = jsonl<{ quotes: { speaker?: { text: string; actor?: { name: string; cameo: string } } }[] }>(r.stdout);
    expect(a.quotes[0]?.speaker?.text).toBe('he');
    expect(a.quotes[0]?.speaker?.actor).toMatchObject({ cameo: 'TURGOV' });
    expect(a.quotes[0]?.speaker?.actor?.name).toMatch(/Cavu|Çavu/);
  });

  it('builds stories and timelines, and explains an event', () => {
    const stories = jsonl<{ article_ids: string[] }>(chronicle(['stories', '--db', one]).stdout);
    expect(stories.length).toBeGreaterThan(0);
    expect(stories.some((s) => s.article_ids.length > 1)).toBe(true);
    const md = chronicle(['timeline', '--db', one, '--q', 'Aleppo', '--format', 'md']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^## 2016-12-\d\d$/m);
    const [first] = jsonl<{ id: string }>(chronicle(['events', '--db', one, '--limit', '1']).stdout);
    const ex = chronicle(['explain', first.id, '--db', one]);
    expect(ex.code, ex.stderr).toBe(0);
    expect(ex.stdout.length).toBeGreaterThan(100);
  });
});
