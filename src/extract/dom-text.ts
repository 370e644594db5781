/**
 * DOM → paragraphs: walks an element and emits one line per block (paragraph, heading, list item,
 * quote, table cell), skipping furniture subtrees (captions, share bars, related links, comments,
 * consent, newsletter, navigation) recognised by tag, role, hidden state and class/id cues.
 */
import { normaliseSpace } from './lines.js';
import type { El } from './dom.js';

/** Tags whose whole subtree is never article text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'map',
  'button',
  'select',
  'input',
  'textarea',
  'form',
  'nav',
  'footer',
  'aside',
  'figcaption',
  'menu',
  'dialog',
  'head',
  'title',
  'meta',
  'link',
  'label',
  'option',
  'rt',
  'rp',
]);

/** Tags that start a new line. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
  'caption',
  'figure',
  'br',
  'hr',
  'address',
  'center',
  'details',
  'summary',
  'fieldset',
  'body',
  'html',
  'hgroup',
]);

/** class/id words marking furniture, matched as tokens (split on -, _, space, camelCase). */
const NEGATIVE_TOKENS = new Set(
  (
    'comment comments commentlist disqus respond reply share sharing shares sharebar social socials ' +
    'related recommended recommendations newsletter subscribe subscription cookie cookies consent gdpr ' +
    'cmp banner nav navbar navigation menu breadcrumb breadcrumbs sidebar widget widgets caption captions ' +
    'credit credits promo promotion advert advertisement ad ads adsense sponsor sponsored popup modal ' +
    'overlay toolbar pagination pager skip login signup paywall footer masthead ' +
    'outbrain taboola tags tagcloud rating rss noprint trending popular gallery slideshow carousel toc ' +
    'author autor authors bio biography authorbox byline newsletters follow'
  ).split(' '),
);

/** Whole class names marking furniture or hidden text. */
const NEGATIVE_CLASSES = new Set(
  (
    'sr-only visually-hidden visuallyhidden screen-reader-text screenreader element-invisible hide wp-caption ' +
    'author-bio about-author author-box author-info author-description read-more readmore more-stories most-read jump-links invisible ' +
    'wp-block-latest-posts yarpp-related jp-relatedposts sharedaddy addtoany shariff'
  ).split(' '),
);

/** Negative tokens strong enough to hold even inside an element that also looks like content. */
const STRONG_NEGATIVE = new Set(
  'comment comments commentlist disqus respond cookie cookies consent gdpr cmp newsletter share sharing sharebar social related recommended outbrain taboola breadcrumb breadcrumbs paywall popup modal'.split(
    ' ',
  ),
);

/** class/id tokens of a content container. */
const POSITIVE_TOKENS = new Set(
  'article content entry post story text body main blog news page single prose richtext'.split(' '),
);

/** Never judged by class/id: the page and its main containers. */
const EXEMPT_TAGS = new Set(['html', 'body', 'main', 'article']);

const NEGATIVE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alert',
  'tooltip',
]);

function tokens(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_:]+|(?<!^)-(?=[a-z])/)
    .filter(Boolean);
}

/** Is this element hidden (attribute, ARIA, inline style)? */
export function isHidden(el: El): boolean {
  const a = el.attrs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Is this element furniture by its class/id/role/hidden state? */
export function isFurniture(el: El): boolean {
  return furnitureLevel(el) > 0;
}

/**
 * 0: not furniture; 2: surely furniture (hidden, navigation roles, comment/share/related/cookie cues);
 * 1: probably furniture by a weak cue (sidebar, widget, gallery, menu…) — callers may keep such a
 * subtree when it turns out to hold most of the page's running text (themes name wrappers oddly).
 */
export function furnitureLevel(el: El): 0 | 1 | 2 {
  const a = el.attrs;
  const role = a.role;
  if (role && NEGATIVE_ROLES.has(role.toLowerCase())) return role === 'complementary' || role === 'banner' ? 1 : 2;
  if (isHidden(el)) return 2;
  if (EXEMPT_TAGS.has(el.tag)) return 0;
  const attr = (a.class ?? '') + ' ' + (a.id ?? '');
  if (attr.length <= 1) return 0;
  for (const c of attr.toLowerCase().split(/\s+/)) if (NEGATIVE_CLASSES.has(c)) return 2;
  let weak = false;
  let strong = false;
  let positive = false;
  for (const name of attr.split(/\s+/)) {
    if (!name) continue;
    const ts = tokens(name);
    for (const t of ts) {
      // a strong cue inside a long name ("js-truncate-related-to-my-size") says little
      if (STRONG_NEGATIVE.has(t) && ts.length <= 4) strong = true;
      if (POSITIVE_TOKENS.has(t)) positive = true;
    }
    // a weak cue counts when it heads or ends a short class name ("sidebar", "site-footer", "nav-wrapper"),
    // not inside long layout names ("elementor-widget-container", "panel-two-col-sidebar-right-mix")
    if (ts.length <= 3 && (NEGATIVE_TOKENS.has(ts[0]) || NEGATIVE_TOKENS.has(ts[ts.length - 1]))) weak = true;
  }
  // "entry share": a content class next to a furniture one (plugins add such classes) — only probably furniture
  if (strong) return positive ? 1 : 2;
  return weak && !positive ? 1 : 0;
}

/** Positive content cue on a container: `<article>`, `<main>`, itemprop=articleBody, class/id naming the article body. */
export function contentCue(el: El): number {
  if (el.tag === 'article') return 1;
  if (el.tag === 'main') return 0.5;
  const a = el.attrs;
  const ip = a.itemprop;
  if (ip && /articlebody|text|reviewbody|description/i.test(ip)) return ip.toLowerCase() === 'articlebody' ? 1.5 : 0.5;
  const attr = (a.class ?? '') + ' ' + (a.id ?? '');
  if (attr.length <= 1) return 0;
  if (
    /\b(article|story|entry|post|news|main|page|blog|text|item|td)[-_]{0,2}(body|content|text|main|inner|detail|single)\b|\b(body|rich|main|page|post|entry|article|story)[-_]{0,2}(text|copy|content)\b|\bprose\b|\bcontent[-_]{0,2}(body|text|main|area)\b/i.test(
      attr,
    )
  )
    return 1;
  return 0;
}

export interface Block {
  text: string;
  /** Characters inside links. */
  linkChars: number;
  tag: string;
  /** Index (in `Blocks.containers`) of the innermost block-level element holding this block. */
  container: number;
  /** Inside a subtree with a weak furniture cue (see furnitureLevel); the caller decides. */
  weak?: boolean;
}

export interface Container {
  el: El;
  /** Blocks [first, end) under this element. */
  first: number;
  end: number;
  /** Index of the parent container, -1 for the root. */
  parent: number;
  depth: number;
  /** This element has a weak furniture cue. */
  weak?: boolean;
}

export interface Blocks {
  blocks: Block[];
  containers: Container[];
}

/**
 * Emits blocks under `root` in document order, with the tree of block-level containers around them
 * (each container covers a contiguous range of blocks). `skipFurniture`: drop subtrees recognised as
 * furniture. Depth is bounded (hostile nesting).
 */
export function collectBlocks(root: El, skipFurniture: boolean | 'strong', maxDepth = 400): Blocks {
  const out: Block[] = [];
  const containers: Container[] = [{ el: root, first: 0, end: 0, parent: -1, depth: 0 }];
  let buf = '';
  let linkChars = 0;
  let blockTag = 'p';
  let cur = 0;
  let weakDepth = 0;
  const flush = (): void => {
    if (buf) {
      const text = normaliseSpace(buf);
      if (text)
        out.push({
          text,
          linkChars: Math.min(linkChars, text.length),
          tag: blockTag,
          container: cur,
          weak: weakDepth > 0 || undefined,
        });
    }
    buf = '';
    linkChars = 0;
  };
  const walk = (node: El, depth: number, inLink: boolean): void => {
    if (depth > maxDepth) return;
    for (const c of node.children) {
      if (typeof c === 'string') {
        buf += c;
        if (inLink) linkChars += c.replace(/\s+/g, ' ').length;
        continue;
      }
      const tag = c.tag;
      if (SKIP_TAGS.has(tag)) continue;
      let weak = false;
      if (skipFurniture) {
        const level = furnitureLevel(c);
        if (level === 2 || (level === 1 && skipFurniture === true)) continue;
        weak = level === 1;
      }
      if (tag === 'br') {
        flush();
        continue;
      }
      if (BLOCK_TAGS.has(tag) || weak) {
        flush();
        const prevTag = blockTag;
        const prevCur = cur;
        if (BLOCK_TAGS.has(tag)) blockTag = tag;
        containers.push({
          el: c,
          first: out.length,
          end: out.length,
          parent: cur,
          depth: containers[cur].depth + 1,
          weak: weak || undefined,
        });
        cur = containers.length - 1;
        if (weak) weakDepth++;
        walk(c, depth + 1, inLink);
        flush();
        if (weak) weakDepth--;
        containers[cur].end = out.length;
        cur = prevCur;
        blockTag = prevTag;
      } else {
        if (tag === 'img') continue;
        walk(c, depth + 1, inLink || tag === 'a');
        if (tag === 'td' || tag === 'th') buf += ' ';
      }
    }
  };
  walk(root, 0, false);
  flush();
  containers[0].end = out.length;
  return { blocks: out, containers };
}
