/**
 * Chronicle's records. These are the JSON shapes of ../shared/DESIGN.md §2 (snake_case fields,
 * UTF-16 code-unit offsets into `article.text`). Every stage takes one of these and returns the
 * next; nothing else travels between stages.
 */

/** A span of `article.text`: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** Where an input document came from, before anything is extracted from it. */
export interface RawDoc {
  /** Path, URL or `path#line` (JSONL) the document was read from. */
  source: string;
  /** `html` when markup is present, `text` for plain/scraped text. */
  kind: 'html' | 'text';
  /** Decoded content (UTF-16 string). */
  content: string;
  /** Metadata given by the input itself (JSONL fields, feed items, WARC headers). Trusted. */
  given?: {
    id?: string;
    url?: string;
    title?: string;
    published?: string;
    outlet?: string;
    language?: string;
    authors?: string[];
    /** How `published` was known when it was given (`input`, `feed`, `warc`). */
    published_from?: PublishedFrom;
  };
  /**
   * Set when the input already is an Article record (e.g. the output of `chronicle extract`):
   * the extract stage is then skipped and this article is used as it is.
   */
  article?: Article;
}

export type PublishedFrom = 'html-meta' | 'json-ld' | 'url' | 'text' | 'feed' | 'warc' | 'input';

export interface Article {
  /** Stable id: given by the input, else a hash of the normalised text. */
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  /** ISO 8601 date or date-time; null when nothing supports a date (never guessed). */
  published: string | null;
  published_from: PublishedFrom | null;
  /** Date of the last update when the page states one, kept apart from `published` (optional). */
  modified?: string | null;
  /** Canonical URL when the page declares one and it differs from `url` (optional). */
  canonical_url?: string | null;
  /** ISO 639-1 code, or `und` when it cannot be told. */
  language: string;
  authors: string[];
  /** Main text, paragraphs joined by `\n`. */
  text: string;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'GPE' | 'NORP' | 'MISC';

/** A resolved actor: who a mention refers to, at the article's date. */
export interface Actor {
  /** Registry id, e.g. `vladimir_putin`, `RUS`, `ISIL`. */
  id: string;
  name: string;
  /** ISO 3166 alpha-3, or null for international/non-state actors without one. */
  country: string | null;
  /** Primary sector code (GOV, MIL, REB, IGO, CVL, …), or null for a bare country. */
  sector: string | null;
  /** CAMEO actor code at that date, e.g. `RUSGOV`, `USA`, `IMGMUSISI`. */
  cameo: string;
}

export interface Entity extends Span {
  text: string;
  type: EntityType;
  actor?: Actor;
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpr extends Span {
  text: string;
  type: TimeType;
  /** TIMEX3 value: `2017-05-02`, `2017-05`, `2011`, `P6Y`, `PRESENT_REF`, `XXXX-08-01`. */
  value: string;
}

export interface Quantity extends Span {
  text: string;
  value: number;
  approx?: string;
  /** The noun the number counts, e.g. `civilians`. */
  unit?: string;
}

export interface Speaker extends Span {
  text: string;
  actor?: Actor;
}

export interface Quote extends Span {
  text: string;
  /** `direct`: words in quotation marks; `indirect`: reported speech ("X said that …", "according to X"). */
  kind?: 'direct' | 'indirect';
  speaker?: Speaker;
}

export interface Annotated {
  article: Article;
  sentences: Span[];
  entities: Entity[];
  times: TimeExpr[];
  quantities: Quantity[];
  quotes: Quote[];
}

/**
 * How a span of text was tied to an actor: a name in the registry, a nominal phrase
 * ("the Russian leader", "the Kremlin"), a demonym ("Russian"), or a pronoun/short form
 * resolved to an earlier mention.
 */
export type LinkVia = 'name' | 'nominal' | 'demonym' | 'coref' | 'agent';

export interface ActorMention extends Span {
  text: string;
  actor: Actor;
  via: LinkVia;
}

/** Annotated, with every entity that names an actor resolved, plus nominal/coref mentions. */
export interface Linked extends Annotated {
  mentions: ActorMention[];
}

export interface EventParty extends Span {
  text: string;
  actor: Actor | null;
}

export interface Event {
  id: string;
  article_id: string;
  sentence: Span & { text: string };
  /** ISO date (may be partial: `2017-05`, or `XXXX-08-01` when the year is unknown), or null. */
  date: string | null;
  date_from: 'text' | 'published' | null;
  source: EventParty;
  target: EventParty | null;
  /** The words that carry the action. */
  trigger: Span & { text: string };
  plover: { event: string; mode?: string; context: string[] };
  cameo: { code: string; root: string; goldstein: number; quad_class: number };
  location: { text: string; country?: string } | null;
  negated: boolean;
  confidence: number;
  /** Why this code was given: the pattern or rule that fired. */
  rule: string;
  /**
   * Other sentences of the same article that report this event ("Putin met Erdogan … The two
   * leaders discussed …"): the within-article duplicates merged into it. Absent when there are none.
   */
  reports?: (Span & { text: string })[];
}

/** A document that could not be processed, with why. Recorded; the batch goes on. */
export interface Rejection {
  source: string;
  /** Stable machine code, e.g. `empty`, `binary`, `encoding`, `too-large`, `bad-json`. */
  code: string;
  /** What was expected, what was found, and what to do. */
  reason: string;
}
