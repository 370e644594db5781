/**
 * Bad input never stops a batch: each bad document is rejected with a reason (stderr and
 * store), the exit code is 1, and every good document is ingested. A second run adds nothing.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { chronicle, jsonl } from '../helpers/cli.js';

const GOOD_TEXT = `Harbour Times | World

Ministers meet in Valletta to discuss grain corridor

VALLETTA, 12 March 2018 (Harbour Times) - The foreign ministers of Italy and Greece met in Valletta on Monday to discuss the safety of grain shipments in the eastern Mediterranean.

Italian Foreign Minister Angelino Alfano said the two countries would coordinate patrols, and urged the European Union to fund the effort.

The talks lasted four hours, officials said.
`;

const GOOD_JSONL = [
  {
    id: 'wire-1',
    title: 'Envoy urges calm',
    published: '2018-03-14',
    outlet: 'Test Wire',
    text: 'The United Nations envoy urged Turkey and Greece to show restraint on Wednesday.\nHe said talks would continue in Geneva.',
  },
  {
    id: 'wire-2',
    title: 'Leaders speak by phone',
    published: '2018-03-15',
    outlet: 'Test Wire',
    text: 'The presidents of France and Germany spoke by phone on Thursday about the crisis.',
  },
];

describe('bad input in a batch', () => {
  let dir: string;
  let db: string;
  let run: ReturnType<typeof chronicle>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'chronicle-bad-'));
    const inputs = join(dir, 'inputs');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'a-good.txt'), GOOD_TEXT);
    writeFileSync(join(inputs, 'b-empty.txt'), '');
    writeFileSync(
      join(inputs, 'c-binary.txt'),
      Buffer.from([0x00, 0x01, 0x02, 0xff, 0x10, 0x00, 0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]),
    );
    // Latin-1 bytes (é = 0xE9) in a file with no charset: not UTF-8.
    writeFileSync(
      join(inputs, 'd-latin1.txt'),
      Buffer.from('Le ministre a d\xe9clar\xe9 que les n\xe9gociations continueraient.\n', 'latin1'),
    );
    writeFileSync(join(inputs, 'e-huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    const lines = GOOD_JSONL.map((o) => JSON.stringify(o));
    lines.push('{"id": "wire-3", "title": "Cut off", "text": "This line was trunc');
    writeFileSync(join(inputs, 'f-feed.jsonl'), lines.join('\n') + '\n');
    db = join(dir, 'test.db');
    run = chronicle(['ingest', inputs, '--db', db]);
  }, 180_000);

  it('exits 1 and explains each rejection on stderr', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/b-empty\.txt \[empty\]/);
    expect(run.stderr).toMatch(/c-binary\.txt \[binary\]/);
    expect(run.stderr).toMatch(/d-latin1\.txt \[encoding\]: .*UTF-8/);
    expect(run.stderr).toMatch(/e-huge\.txt \[too-large\]: .*50\.0 MB/);
    expect(run.stderr).toMatch(/f-feed\.jsonl#L3 \[bad-json\]/);
  });

  it('ingests the rest of the batch and records the rejections in the store', async () => {
    const summary = jsonl<{ summary: { articles_new: number; rejected: number } }>(run.stdout)[0].summary;
    expect(summary.articles_new).toBe(3);
    expect(summary.rejected).toBe(5);
    const store = await openStore(db);
    try {
      const stats = await store.stats();
      expect(stats.articles).toBe(3);
      expect(stats.rejections).toBe(5);
      const codes = (await store.rejections()).map((r) => r.code).sort();
      expect(codes).toEqual(['bad-json', 'binary', 'empty', 'encoding', 'too-large']);
      for (const r of await store.rejections()) expect(r.reason.length).toBeGreaterThan(30);
      expect(await store.getArticle('wire-1')).not.toBeNull();
    } finally {
      await store.close();
    }
  });

  it('adds nothing when the same input is ingested again', async () => {
    const again = chronicle(['ingest', join(dir, 'inputs'), '--db', db]);
    expect(again.code).toBe(1);
    const summary = jsonl<{ summary: { articles_new: number; articles_unchanged: number } }>(again.stdout)[0].summary;
    expect(summary.articles_new).toBe(0);
    expect(summary.articles_unchanged).toBe(3);
    const store = await openStore(db);
    try {
      const stats = await store.stats();
      expect(stats.articles).toBe(3);
      expect(stats.rejections).toBe(5);
    } finally {
      await store.close();
    }
  });

  it('exits 2 with usage on a bad flag', () => {
    const r = chronicle(['events', '--db', db, '--limit', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected a whole number above 0, found "many"/);
    const r2 = chronicle(['ingest', '--no-such-flag', dir]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/unknown option/);
  });
});
