/**
 * Small fictional corpus for the stories tests (our own words), and a fake Store that implements
 * the methods the stories module uses: listArticles, getDocument, iterateEvents.
 */
import type { Actor, Article, Event, TimeExpr } from '../../src/types.js';
import type {
  Annotations,
  ArticleFilter,
  ArticlePage,
  EventFilter,
  Store,
  StoredDocument,
  StoredEvent,
} from '../../src/store/store.js';

export const KESSIN: Actor = {
  id: 'kessin_water',
  name: 'Kessin Water Board',
  country: 'XYZ',
  sector: 'GOV',
  cameo: 'XYZGOV',
};
export const RESCUE: Actor = {
  id: 'brel_rescue',
  name: 'Brel Rescue Service',
  country: 'XYZ',
  sector: 'CVL',
  cameo: 'XYZCVL',
};

export interface FixtureDoc {
  article: Article;
  /** [phrase, TIMEX3 value]: every occurrence of the phrase becomes a DATE time expression. */
  times: [string, string][];
  /** [phrase, actor]: actor mentions. */
  mentions?: [string, Actor][];
  /** [sentence fragment, source actor]: one event in the sentence containing the fragment. */
  events?: [string, Actor][];
}

function art(id: string, published: string | null, outlet: string, title: string, text: string): Article {
  return {
    id,
    source: `fixture/${id}`,
    url: null,
    outlet,
    title,
    published,
    published_from: published ? 'input' : null,
    language: 'en',
    authors: [],
    text,
  };
}

const DAM_WIRE =
  'Floodwater poured through the Brel valley on Monday after the old Kessin dam gave way before dawn.\n' +
  'The Kessin Water Board said the breach opened on 1 March 2021 at about four in the morning.\n' +
  'Hundreds of families left their homes in the lower villages as the river rose by two metres.\n' +
  'Engineers had warned for years that the concrete wall of the reservoir was cracking.';

export const DOCS: FixtureDoc[] = [
  {
    article: art('dam-a', '2021-03-01', 'Valley Courier', 'Kessin dam gives way, flooding Brel valley', DAM_WIRE),
    times: [
      ['on Monday', '2021-03-01'],
      ['on 1 March 2021', '2021-03-01'],
    ],
    mentions: [['Kessin Water Board', KESSIN]],
    events: [['The Kessin Water Board said', KESSIN]],
  },
  {
    // The same wire copy in another outlet, with a line of its own at the end.
    article: art(
      'dam-b',
      '2021-03-01',
      'Northern Ledger',
      'Dam breach floods Brel valley',
      `${DAM_WIRE}\nRead more stories from the Northern Ledger.`,
    ),
    times: [
      ['on Monday', '2021-03-01'],
      ['on 1 March 2021', '2021-03-01'],
    ],
    mentions: [['Kessin Water Board', KESSIN]],
  },
  {
    article: art(
      'dam-c',
      '2021-03-03',
      'Valley Courier',
      'Rescue teams reach cut-off villages after Kessin dam breach',
      'Rescue boats reached the cut-off villages of the Brel valley on Wednesday, two days after the Kessin dam failed.\n' +
        'The Brel Rescue Service said it had moved four hundred people to dry ground since the breach on 1 March.\n' +
        'The flood water of the dam breach has started to fall, but roads in the valley remain closed.',
    ),
    times: [
      ['on Wednesday', '2021-03-03'],
      ['on 1 March', '2021-03-01'],
    ],
    mentions: [['Brel Rescue Service', RESCUE]],
    events: [['The Brel Rescue Service said', RESCUE]],
  },
  {
    article: art(
      'dam-d',
      '2021-03-10',
      'Northern Ledger',
      'Inquiry opens into the Kessin dam collapse',
      'A public inquiry into the collapse of the Kessin dam opened in the regional capital on 10 March.\n' +
        'Lawyers for the flooded villages told the inquiry that the dam had been failing long before 1 March.\n' +
        'The Kessin Water Board declined to comment on the dam inquiry while it was under way.',
    ),
    times: [
      ['on 10 March', '2021-03-10'],
      ['before 1 March', '2021-03-01'],
    ],
    mentions: [['Kessin Water Board', KESSIN]],
    events: [['The Kessin Water Board declined', KESSIN]],
  },
  {
    article: art(
      'chess-a',
      '2021-03-02',
      'Lunaport Times',
      'Young player leads Lunaport chess open',
      'A seventeen-year-old from the harbour district leads the Lunaport chess open after five rounds.\n' +
        'She beat the defending champion in a long endgame on Tuesday evening.',
    ),
    times: [['on Tuesday', '2021-03-02']],
  },
  {
    article: art(
      'chess-b',
      '2021-03-04',
      'Lunaport Times',
      'Lunaport chess open ends with a teenage winner',
      'The teenage leader of the Lunaport chess open held her nerve in the final round to win the title.\n' +
        'The chess open drew players from eleven countries this year, organisers said.',
    ),
    times: [],
  },
];

function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

function occurrences(text: string, phrase: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) out.push(i);
  return out;
}

export function storedDocument(f: FixtureDoc): StoredDocument {
  const text = f.article.text;
  const times: TimeExpr[] = f.times.flatMap(([phrase, value]) =>
    occurrences(text, phrase).map((start) => ({
      start,
      end: start + phrase.length,
      text: phrase,
      type: 'DATE' as const,
      value,
    })),
  );
  const sents = sentences(text);
  const annotations: Annotations = {
    sentences: sents,
    entities: [],
    times,
    quantities: [],
    quotes: [],
    mentions: (f.mentions ?? []).flatMap(([phrase, actor]) =>
      occurrences(text, phrase).map((start) => ({
        start,
        end: start + phrase.length,
        text: phrase,
        actor,
        via: 'name' as const,
      })),
    ),
  };
  const events: Event[] = (f.events ?? []).map(([fragment, actor], i) => {
    const at = text.indexOf(fragment);
    const s = sents.find((x) => x.start <= at && at < x.end)!;
    return {
      id: `${f.article.id}-ev${i}`,
      article_id: f.article.id,
      sentence: { ...s, text: text.slice(s.start, s.end) },
      date: f.article.published,
      date_from: 'published',
      source: { start: at, end: at + fragment.length, text: fragment, actor },
      target: null,
      trigger: { start: at, end: at + 1, text: 'said' },
      plover: { event: 'CONSULT', context: [] },
      cameo: { code: '010', root: '01', goldstein: 0, quad_class: 1 },
      location: null,
      negated: false,
      confidence: 0.8,
      rule: 'fixture',
    };
  });
  return { article: f.article, annotations, events, ingested_at: '2021-04-01T00:00:00Z' };
}

/** An in-memory Store with just what the stories module reads. Other methods throw. */
export function fakeStore(docs: FixtureDoc[] = DOCS): Store {
  const stored = docs.map(storedDocument);
  const byId = new Map(stored.map((d) => [d.article.id, d]));
  const notHere = (name: string) => async (): Promise<never> => {
    throw new Error(`fake store: ${name} is not implemented in the stories test double`);
  };
  const matches = (d: StoredDocument, f: ArticleFilter): boolean => {
    if (f.q) {
      const hay = `${d.article.title ?? ''} ${d.article.text}`.toLowerCase();
      if (
        !f.q
          .toLowerCase()
          .split(/\s+/)
          .every((w) => new RegExp(`\\b${w}\\b`).test(hay))
      )
        return false;
    }
    const p = d.article.published;
    if (f.from && (!p || `${p}~` < f.from)) return false;
    if (f.to && (!p || p > `${f.to}~`)) return false;
    return true;
  };
  const store = {
    capabilities: { backend: 'sqlite', concurrentWriters: false, fullText: false },
    schemaVersion: 1,
    saveDocument: notHere('saveDocument'),
    hasArticle: async (id: string) => byId.has(id),
    hasSource: notHere('hasSource'),
    recordRejection: notHere('recordRejection'),
    getArticle: async (id: string) => byId.get(id)?.article ?? null,
    getDocument: async (id: string) => byId.get(id) ?? null,
    async listArticles(f: ArticleFilter = {}): Promise<ArticlePage> {
      // Two per page, to exercise the cursor loop.
      const all = stored
        .filter((d) => matches(d, f))
        .sort(
          (a, b) =>
            (b.article.published ?? '').localeCompare(a.article.published ?? '') ||
            b.article.id.localeCompare(a.article.id),
        );
      const offset = f.cursor ? Number(f.cursor) : 0;
      const page = all.slice(offset, offset + Math.min(2, f.limit ?? 2));
      const next = offset + page.length < all.length ? String(offset + page.length) : null;
      return {
        articles: page.map((d) => ({
          id: d.article.id,
          source: d.article.source,
          url: null,
          outlet: d.article.outlet,
          title: d.article.title,
          published: d.article.published,
          language: 'en',
          snippet: d.article.text.slice(0, 40),
          events: d.events.length,
          ingested_at: d.ingested_at,
        })),
        next_cursor: next,
      };
    },
    queryEvents: notHere('queryEvents'),
    async *iterateEvents(f: EventFilter = {}): AsyncIterable<StoredEvent> {
      for (const d of stored) {
        for (const e of d.events) {
          const w = f.actor?.toLowerCase();
          if (
            w &&
            ![e.source.actor, e.target?.actor].some(
              (a) => a && (a.id.toLowerCase() === w || a.name.toLowerCase().includes(w)),
            )
          )
            continue;
          yield e;
        }
      }
    },
    stats: notHere('stats'),
    facets: notHere('facets'),
    rejections: notHere('rejections'),
    close: async () => {},
  };
  return store as unknown as Store;
}
