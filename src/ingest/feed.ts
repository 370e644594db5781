/**
 * RSS, Atom and RDF feeds (parsed by htmlparser2's feed reader). A feed fetched from a URL yields
 * the pages its items link to, with the item's title and date (`published_from: "feed"`); a feed
 * read from a file yields the items' own content, without touching the network.
 */
import { parseFeed } from 'htmlparser2';
import type { RawDoc } from '../types.js';

const FEED_START = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(rss|feed|rdf:RDF)\b/i;

export function isFeed(text: string): boolean {
  return FEED_START.test(text.slice(0, 4096));
}

export interface FeedEntry {
  link: string | null;
  given: NonNullable<RawDoc['given']>;
  /** The item's own content (description / summary / content), HTML. */
  content: string;
}

/** The items of a feed, in feed order; an empty list when nothing parses. */
export function feedEntries(text: string): FeedEntry[] {
  const feed = parseFeed(text, { xmlMode: true, decodeEntities: true });
  if (!feed) return [];
  const outlet = feed.title?.trim() || undefined;
  return feed.items.map((item) => {
    const published = item.pubDate && !Number.isNaN(item.pubDate.getTime()) ? item.pubDate.toISOString() : undefined;
    const link = item.link?.trim() || null;
    return {
      link,
      content: item.description ?? '',
      given: {
        id: undefined,
        url: link ?? undefined,
        title: item.title?.trim() || undefined,
        published,
        published_from: published ? 'feed' : undefined,
        outlet,
      },
    };
  });
}
