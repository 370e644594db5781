/**
 * DOM → paragraphs: walks an element and emits one line per block (paragraph, heading, list item,
 * quote, table cell), skipping furniture subtrees (captions, share bars, related links, comments,
 * consent, newsletter, navigation) recognised by tag, role, hidden state and class/id cues.
 */
import { normaliseSpace } from './lines.js';

/** Tags whose whole subtree is never article text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'video', 'audio',
  'canvas', 'map', 'button', 'select', 'input', 'textarea', 'form', 'nav', 'footer', 'aside', 'figcaption',
  'menu', 'dialog', 'head', 'title', 'meta', 'link', 'label', 'option',
]);

/** Tags that start a new line. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl',
  'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'figure',
  'br', 'hr', 'address', 'center', 'details', 'summary', 'fieldset', 'body', 'html', 'hgroup',
]);

/** class/id words marking furniture, matched as tokens (split on -, _, space, camelCase). */
const NEGATIVE_TOKENS = new Set(
  (
    'comment comments commentlist disqus respond reply share sharing shares sharebar social socials ' +
    'related recommended recommendations newsletter subscribe subscription cookie cookies consent gdpr ' +
    'cmp banner nav navbar navigation menu breadcrumb breadcrumbs sidebar widget widgets caption captions ' +
    'credit credits promo promotion advert advertisement ad ads adsense sponsor sponsored popup modal ' +
    'overlay toolbar pagination pager skip login signup paywall footer masthead ' +
    'outbrain taboola tags tagcloud rating rss noprint trending popular gallery slideshow carousel toc'
  ).split(' '),
);

/** Whole class names marking furniture or hidden text. */
const NEGATIVE_CLASSES = new Set(
  (
    'sr-only visually-hidden visuallyhidden screen-reader-text screenreader element-invisible hide wp-caption ' +
    'author-bio about-author read-more readmore more-stories most-read jump-links invisible'
  ).split(' '),
);

/** Negative tokens strong enough to hold even inside an element that also looks like content. */
const STRONG_NEGATIVE = new Set('comment comments commentlist disqus respond cookie cookies consent gdpr cmp newsletter share sharing sharebar social related recommended outbrain taboola breadcrumb breadcrumbs paywall popup modal'.split(' '));

/** class/id tokens of a content container. */
const POSITIVE_TOKENS = new Set('article content entry post story text body main blog news page single prose richtext'.split(' '));

/** Never judged by class/id: the page and its main containers. */
const EXEMPT_TAGS = new Set(['html', 'body', 'main', 'article']);

const NEGATIVE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert', 'tooltip']);

function tokens(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_:]+|(?<!^)-(?=[a-z])/)
    .filter(Boolean);
}

/** Is this element furniture by its class/id/role/hidden state? */
export function isFurniture(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && NEGATIVE_ROLES.has(role.toLowerCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (EXEMPT_TAGS.has(el.localName)) return false;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  const attr = (cls ?? '') + ' ' + (id ?? '');
  if (attr.length <= 1) return false;
  for (const c of attr.toLowerCase().split(/\s+/)) if (NEGATIVE_CLASSES.has(c)) return true;
  let weak = false;
  let positive = false;
  for (const name of attr.split(/\s+/)) {
    if (!name) continue;
    const ts = tokens(name);
    for (const t of ts) {
      if (STRONG_NEGATIVE.has(t)) return true;
      if (POSITIVE_TOKENS.has(t)) positive = true;
    }
    // a weak cue counts when it heads or ends a short class name ("sidebar", "site-footer", "nav-wrapper"),
    // not inside long layout names ("elementor-widget-container", "panel-two-col-sidebar-right-mix")
    if (ts.length <= 3 && (NEGATIVE_TOKENS.has(ts[0]) || NEGATIVE_TOKENS.has(ts[ts.length - 1]))) weak = true;
  }
  return weak && !positive;
}

export interface Block {
  text: string;
  /** Characters inside links. */
  linkChars: number;
  tag: string;
}

/**
 * Emits blocks under `root`. `skipFurniture`: drop subtrees recognised as furniture (on for our own
 * scorer and for cleaning Readability output). Depth is bounded (hostile nesting).
 */
export function collectBlocks(root: Element, skipFurniture: boolean, maxDepth = 400): Block[] {
  const out: Block[] = [];
  let buf = '';
  let linkChars = 0;
  let blockTag = 'p';
  const flush = (): void => {
    const text = normaliseSpace(buf);
    if (text) out.push({ text, linkChars: Math.min(linkChars, text.length), tag: blockTag });
    buf = '';
    linkChars = 0;
  };
  const walk = (node: Node, depth: number, inLink: boolean): void => {
    if (depth > maxDepth) return;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const v = c.nodeValue ?? '';
        buf += v;
        if (inLink) linkChars += v.replace(/\s+/g, ' ').length;
        continue;
      }
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      const tag = el.localName;
      if (SKIP_TAGS.has(tag)) continue;
      if (skipFurniture && isFurniture(el)) continue;
      if (tag === 'br') {
        flush();
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        const prevTag = blockTag;
        blockTag = tag;
        walk(el, depth + 1, inLink);
        flush();
        blockTag = prevTag;
      } else {
        if (tag === 'img') continue;
        walk(el, depth + 1, inLink || tag === 'a');
        if (tag === 'td' || tag === 'th') buf += ' ';
      }
    }
  };
  walk(root, 0, false);
  flush();
  return out;
}
