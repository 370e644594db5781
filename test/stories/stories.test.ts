import { describe, expect, it } from 'vitest';
import {
  buildStories,
  buildTimeline,
  clusterStories,
  computeTimeline,
  nearDuplicates,
  timelineToMarkdown,
} from '../../src/stories/index.js';
import type { StoryDoc } from '../../src/stories/cluster.js';
import { DOCS, fakeStore, KESSIN, storedDocument } from './fixtures.js';

// All dates in these tests are fixed by the fixtures (March 2021); nothing depends on today.

describe('nearDuplicates', () => {
  it('groups the same wire copy published by two outlets, and nothing else', () => {
    const groups = nearDuplicates(DOCS.map((d) => d.article));
    expect(groups).toEqual([['dam-a', 'dam-b']]);
  });

  it('does not group texts that share a topic but not their wording', () => {
    const a = {
      id: 'x1',
      text: 'The council voted on Tuesday to close the old library on the market square next spring.',
    };
    const b = {
      id: 'x2',
      text: 'On Tuesday the council decided that the market square library will shut its doors next spring.',
    };
    expect(nearDuplicates([a, b])).toEqual([]);
  });

  it('is independent of input order and ignores empty texts', () => {
    const arts = [...DOCS.map((d) => d.article), { id: 'empty', text: '  ' }];
    expect(nearDuplicates([...arts].reverse())).toEqual(nearDuplicates(arts));
  });
});

function storyDocs(): StoryDoc[] {
  return DOCS.map((d) => {
    const s = storedDocument(d);
    return {
      id: s.article.id,
      title: s.article.title,
      published: s.article.published,
      outlet: s.article.outlet,
      text: s.article.text,
      actors: (s.annotations?.mentions ?? []).map((m) => ({ id: m.actor.id, name: m.actor.name })),
      event_ids: s.events.map((e) => e.id),
    };
  });
}

describe('clusterStories', () => {
  it('puts the dam articles in one story and the chess articles in another', () => {
    const stories = clusterStories(storyDocs());
    const sets = stories.map((s) => s.article_ids);
    expect(sets).toContainEqual(['dam-a', 'dam-b', 'dam-c']);
    expect(sets).toContainEqual(['chess-a', 'chess-b']);
    // The inquiry a week later is outside the ±3-day window of the breach story.
    expect(sets).toContainEqual(['dam-d']);
  });

  it('is stable: same ids and order whatever the input order', () => {
    const a = clusterStories(storyDocs());
    const b = clusterStories(storyDocs().reverse());
    expect(b).toEqual(a);
    expect(a[0].id).toMatch(/^st_[0-9a-f]{16}$/);
  });

  it('fills the story fields from its members', () => {
    const dam = clusterStories(storyDocs()).find((s) => s.article_ids.includes('dam-a'))!;
    expect(dam.first_date).toBe('2021-03-01');
    expect(dam.last_date).toBe('2021-03-03');
    expect(dam.outlets).toEqual(['Northern Ledger', 'Valley Courier']);
    expect(dam.event_ids).toEqual(['dam-a-ev0', 'dam-c-ev0']);
    expect(dam.top_actors[0]).toEqual({ id: KESSIN.id, name: KESSIN.name, count: 2 });
    expect(dam.keywords).toContain('dam');
    expect([
      'Kessin dam gives way, flooding Brel valley',
      'Dam breach floods Brel valley',
      'Rescue teams reach cut-off villages after Kessin dam breach',
    ]).toContain(dam.title);
  });

  it('joins articles a few days apart but not when the window is zero', () => {
    const sets = clusterStories(storyDocs(), { windowDays: 0 }).map((s) => s.article_ids);
    expect(sets).toContainEqual(['dam-a', 'dam-b']);
    expect(sets).toContainEqual(['dam-c']);
  });
});

describe('buildStories (store)', () => {
  it('clusters all articles, biggest story first', async () => {
    const stories = await buildStories(fakeStore(), {});
    expect(stories[0].article_ids).toEqual(['dam-a', 'dam-b', 'dam-c']);
    expect(stories.flatMap((s) => s.article_ids).sort()).toEqual(DOCS.map((d) => d.article.id).sort());
  });

  it('applies q, from/to and limit', async () => {
    const byQ = await buildStories(fakeStore(), { q: 'chess' });
    expect(byQ.map((s) => s.article_ids)).toEqual([['chess-a', 'chess-b']]);
    const byDate = await buildStories(fakeStore(), { from: '2021-03-03', to: '2021-03-10' });
    expect(byDate.flatMap((s) => s.article_ids).sort()).toEqual(['chess-b', 'dam-c', 'dam-d']);
    expect(await buildStories(fakeStore(), { limit: 1 })).toHaveLength(1);
  });
});

describe('buildTimeline (store)', () => {
  it('picks the date most articles refer to first', async () => {
    const one = await buildTimeline(fakeStore(), { q: 'dam', maxDates: 1 });
    expect(one).toHaveLength(1);
    expect(one[0].date).toBe('2021-03-01');
    expect(one[0].article_ids).toEqual(expect.arrayContaining(['dam-a', 'dam-b']));
    expect(one[0].summary.length).toBeGreaterThanOrEqual(1);
    expect(one[0].summary.length).toBeLessThanOrEqual(2);
  });

  it('returns entries sorted by date, only dates in range, only matching articles', async () => {
    const tl = await buildTimeline(fakeStore(), { q: 'dam', maxDates: 10 });
    const dates = tl.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(expect.arrayContaining(['2021-03-01', '2021-03-03', '2021-03-10']));
    expect(dates).not.toContain('2021-03-02'); // chess only
    for (const e of tl) for (const id of e.article_ids) expect(id.startsWith('dam-')).toBe(true);

    const ranged = await buildTimeline(fakeStore(), { q: 'dam', from: '2021-03-02', to: '2021-03-31' });
    expect(ranged.map((e) => e.date)).toEqual(['2021-03-03', '2021-03-10']);
  });

  it('summarises a date with a sentence about that date', async () => {
    const tl = await buildTimeline(fakeStore(), { q: 'dam', maxDates: 10 });
    const inquiry = tl.find((e) => e.date === '2021-03-10')!;
    expect(inquiry.summary[0]).toContain('public inquiry');
    expect(inquiry.article_ids).toEqual(['dam-d']);
  });

  it('follows an actor through its events and mentions', async () => {
    const tl = await buildTimeline(fakeStore(), { actor: 'kessin_water' });
    expect(tl.length).toBeGreaterThan(0);
    for (const e of tl) for (const s of e.summary) expect(s).toContain('Kessin Water Board');
    expect(tl.flatMap((e) => e.article_ids).every((id) => id === 'dam-a' || id === 'dam-b' || id === 'dam-d')).toBe(
      true,
    );
  });

  it('says what is missing when neither q nor actor is given', async () => {
    await expect(buildTimeline(fakeStore(), {})).rejects.toThrow(/expected a query/);
  });
});

describe('computeTimeline (in memory)', () => {
  it('prefers dates referred to by many articles over dates with many sentences in one article', () => {
    const mk = (id: string, published: string, text: string, times: [string, string][]) => {
      const sentences = text.split('\n').reduce<{ start: number; end: number }[]>((acc, line) => {
        const start = acc.length ? acc[acc.length - 1].end + 1 : 0;
        acc.push({ start, end: start + line.length });
        return acc;
      }, []);
      return {
        id,
        published,
        text,
        sentences,
        times: times.map(([p, value]) => ({
          start: text.indexOf(p),
          end: text.indexOf(p) + p.length,
          value,
          type: 'DATE',
        })),
      };
    };
    const docs = [
      mk('p1', '2020-06-05', 'The strike at the Orvel port began on 2 June and stopped all shipping.', [
        ['on 2 June', '2020-06-02'],
      ]),
      mk('p2', '2020-06-06', 'Dock workers walked out on 2 June over a pay offer they called an insult.', [
        ['on 2 June', '2020-06-02'],
      ]),
      mk('p3', '2020-06-09', 'Since the strike of 2 June, ships have queued outside the Orvel harbour.', [
        ['of 2 June', '2020-06-02'],
      ]),
      mk(
        'p4',
        '2020-06-09',
        'Talks were held on 4 June between the union and port owners.\nA second meeting on 4 June ended without a deal.\nThe owners left the room on 4 June angry.',
        [['on 4 June', '2020-06-04']],
      ),
    ];
    const tl = computeTimeline(docs, { query: 'strike port', maxDates: 1, publishedWeight: 0 });
    expect(tl.map((e) => e.date)).toEqual(['2020-06-02']);
    expect(tl[0].article_ids.length).toBeGreaterThanOrEqual(1);
  });
});

describe('timelineToMarkdown', () => {
  it('writes a title, one heading per date and bullet sentences with sources', () => {
    const md = timelineToMarkdown(
      [
        {
          date: '2021-03-01',
          summary: ['The dam gave way.', 'Families fled the *lower* villages.'],
          article_ids: ['dam-a', 'dam-b'],
        },
        { date: '2021-03-10', summary: ['An inquiry opened.'], article_ids: ['dam-d'] },
      ],
      'Kessin dam',
    );
    expect(md.split('\n')[0]).toBe('# Kessin dam');
    expect(md).toContain(
      '## 2021-03-01\n\n- The dam gave way.\n- Families fled the \\*lower\\* villages.\n\nSources: `dam-a`, `dam-b`',
    );
    expect(md.indexOf('## 2021-03-01')).toBeLessThan(md.indexOf('## 2021-03-10'));
    expect(timelineToMarkdown([], 'Nothing')).toContain('No dated entries');
  });
});
