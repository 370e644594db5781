/**
 * The stories module against the real SQLite store (temp file), when src/store/sqlite.ts is present.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { buildStories, buildTimeline } from '../../src/stories/index.js';
import { DOCS, storedDocument } from './fixtures.js';

let openSqliteStore: ((path: string) => Store) | null = null;
try {
  ({ openSqliteStore } = (await import('../../src/store/sqlite.js')) as { openSqliteStore: (path: string) => Store });
} catch {
  openSqliteStore = null;
}

const dir = mkdtempSync(join(tmpdir(), 'chronicle-stories-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!openSqliteStore)('stories on the SQLite store (skipped when src/store/sqlite.ts is absent)', () => {
  async function filled(): Promise<Store> {
    const store = openSqliteStore!(join(dir, `t-${Math.random().toString(36).slice(2)}.db`));
    for (const f of DOCS) {
      const d = storedDocument(f);
      await store.saveDocument({
        article: d.article,
        annotated: { article: d.article, ...d.annotations!, mentions: d.annotations!.mentions ?? [] },
        events: d.events,
      });
    }
    return store;
  }

  it('clusters and builds a timeline from stored documents', async () => {
    const store = await filled();
    try {
      const stories = await buildStories(store, {});
      expect(stories.map((s) => s.article_ids)).toContainEqual(['dam-a', 'dam-b', 'dam-c']);
      const q = await buildStories(store, { q: 'chess' });
      expect(q.map((s) => s.article_ids)).toEqual([['chess-a', 'chess-b']]);
      const tl = await buildTimeline(store, { q: 'dam', maxDates: 1 });
      expect(tl.map((e) => e.date)).toEqual(['2021-03-01']);
      const byActor = await buildTimeline(store, { actor: 'kessin_water' });
      expect(byActor.length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });
});
