/**
 * Our main-content extractor over the fast DOM (dom.ts):
 *
 *   1. Blocks: one line per paragraph/heading/list item/cell, furniture subtrees (nav, footer, aside,
 *      forms' controls, hidden elements, class/id cues such as comment/share/related/cookie) skipped
 *      while walking (dom-text.ts).
 *   2. Each block gets a value: + its length when it reads like running text (low link density,
 *      sentence punctuation or function words), − its length when it is a link list, a small − for
 *      short labels. Language-independent apart from the small stop-word list.
 *   3. Each block-level container scores the sum of the values of its blocks (a maximum-subtree
 *      search: link lists and furniture around the article pull bigger containers down), weighted up
 *      for content cues (`<article>`, itemprop=articleBody, class "article-body"/"entry-content"…).
 *      The best container wins; a parent is taken instead when it adds running text and loses little.
 *   4. Inside the container blocks are filtered (furniture lines, link-dense blocks, title repeats,
 *      a comments/related cut, short labels before the first and after the last paragraph).
 */
import type { El } from './dom.js';
import { collectBlocks, contentCue, type Block, type Blocks } from './dom-text.js';
import { classifyLine, isCreditLine, isSentenceLike, wordCount, stopWordRatio } from './lines.js';
import { CUT_MARKERS } from './boilerplate-cues.js';
import { isDateOnly } from './dates.js';

export interface Candidate {
  paragraphs: string[];
  chars: number;
}

export const EMPTY: Candidate = { paragraphs: [], chars: 0 };

const RE_SENT_END = /[.!?…。！？؟।]["'”’»«“‹›)\]]*$/;
const RE_PUNCT = /[.,;:!?،、。，；：！？]/g;
/** A byline above the text: "By Jane Roe | May 3, 2020", "Von Max Beispiel". */
const RE_BYLINE = /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]oor|[Pp]rzez)\s+\p{Lu}/u;
const RE_CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/** Is this block running text (cheap test used for scoring every block of a page)? */
export function isTextBlock(b: Block): boolean {
  const t = b.text;
  const len = t.length;
  if (b.linkChars > len * 0.35) return false;
  if (/^h[1-6]$/.test(b.tag)) return false;
  const cjk = len > 10 ? (t.match(RE_CJK)?.length ?? 0) : 0;
  if (cjk > len * 0.3) return cjk >= 20 || (cjk >= 10 && /[。！？]/.test(t));
  const words = t.split(' ').length;
  if (words < 5) return false;
  if (RE_SENT_END.test(t) && words >= 6) return true;
  if (len >= 100) {
    const punct = t.match(RE_PUNCT)?.length ?? 0;
    if (punct >= 2 || stopWordRatio(t) >= 0.1) return true;
  }
  return words >= 12 && stopWordRatio(t) >= 0.12;
}

/** Value of a block for container scoring. */
function blockValue(b: Block): number {
  const len = b.text.length;
  const ld = b.linkChars / len;
  if (isTextBlock(b)) return len * (1 - ld);
  if (ld > 0.5) return -len * 0.8;
  if (/^h[1-6]$/.test(b.tag)) return 0;
  return -Math.min(len, 60) * 0.1;
}

export interface Scored extends Candidate {
  /** Index of the first block of the chosen container (for dates shown near the text), -1 if none. */
  start: number;
  blocks: Block[];
  /** Running-text characters in the chosen range. */
  goodChars: number;
}

/**
 * Finds the main content under `root` and returns its paragraphs. `title` (when known) is dropped
 * when it repeats as the first block.
 */
export function extractContent(root: El, title: string | null): Scored {
  const data = collectBlocks(root, 'strong');
  const { containers } = data;
  let blocks = data.blocks;
  if (!blocks.length) return { paragraphs: [], chars: 0, start: -1, blocks, goodChars: 0 };
  const values = new Float64Array(blocks.length);
  const prefix = new Float64Array(blocks.length + 1);
  const good = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) values[i] = blockValue(blocks[i]);
  // weak furniture (sidebar, widget, gallery… cues) is dropped unless it holds most (≥ 65 %) of the page's running text
  let total = 0;
  for (let i = 0; i < blocks.length; i++) if (values[i] > 0) total += values[i];
  const drop = new Uint8Array(blocks.length);
  for (const c of containers) {
    if (!c.weak) continue;
    let g = 0;
    for (let i = c.first; i < c.end; i++) if (values[i] > 0 && !drop[i]) g += values[i];
    if (g < total * 0.65 || g < 300) for (let i = c.first; i < c.end; i++) drop[i] = 1;
  }
  blocks = blocks.map((b, i) => (drop[i] ? { ...b, text: '', dropped: true } : b)) as typeof blocks;
  for (let i = 0; i < blocks.length; i++) {
    const v = drop[i] ? 0 : values[i];
    values[i] = v;
    prefix[i + 1] = prefix[i] + v;
    good[i + 1] = good[i] + (v > 0 ? v : 0);
  }
  const sum = (c: { first: number; end: number }): number => prefix[c.end] - prefix[c.first];
  const goodIn = (c: { first: number; end: number }): number => good[c.end] - good[c.first];

  let best = -1;
  let bestScore = 0;
  const scores = new Float64Array(containers.length);
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i];
    if (c.end <= c.first) continue;
    const s = sum(c);
    if (s <= 0) continue;
    const cue = contentCue(c.el);
    const score = s * (1 + 1 * cue);
    scores[i] = score;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  if (best < 0) return { paragraphs: [], chars: 0, start: -1, blocks, goodChars: 0 };
  // climb while the parent adds running text and costs little (lead paragraphs in a sibling header, split bodies)
  let chosen = best;
  for (;;) {
    const p = containers[chosen].parent;
    if (p < 0) break;
    const pc = containers[p];
    const gain = goodIn(pc) - goodIn(containers[chosen]);
    const loss = sum(containers[chosen]) - sum(pc); // furniture the parent adds (net)
    if (gain > goodIn(containers[chosen]) * 0.25 && loss < gain * 0.5 && sum(pc) >= sum(containers[chosen]) * 0.9)
      chosen = p;
    else if (gain === 0 && loss <= 0) chosen = p;
    else break;
  }
  const c = containers[chosen];
  // a lead paragraph just before the container (standfirst in the article header): scan back over
  // headings, short labels and dates, stop at link lists; keep running text
  let first = c.first;
  const parent = containers[chosen].parent >= 0 ? containers[containers[chosen].parent] : null;
  if (parent) {
    for (let i = c.first - 1, steps = 0; i >= parent.first && steps < 6; i--, steps++) {
      const b = blocks[i];
      if (!b.text) continue;
      if (b.linkChars > b.text.length * 0.5) break;
      if (isTextBlock(b)) first = i;
    }
  }
  // teaser cards (a linked headline + a short description) inside the container: the description has no
  // links itself, but the small box around it is mostly link text
  const linkPre = new Float64Array(blocks.length + 1);
  const lenPre = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) {
    linkPre[i + 1] = linkPre[i] + blocks[i].linkChars;
    lenPre[i + 1] = lenPre[i] + blocks[i].text.length;
  }
  const isTeaser = (b: Block): boolean => {
    if (b.text.length >= 400 || b.linkChars > 0 || isCreditLine(b.text)) return false;
    let k = b.container;
    while (k > 0 && containers[k].end - containers[k].first < 2) k = containers[k].parent;
    const box = containers[k];
    if (k <= 0 || box.end - box.first > 4 || box.first < c.first || box.end > c.end) return false;
    const len = lenPre[box.end] - lenPre[box.first];
    return linkPre[box.end] - linkPre[box.first] > len * 0.2;
  };
  const picked = blocks.slice(first, c.end).filter((b) => b.text && !isTeaser(b));
  const cand = filterBlocks(picked, title);
  return { ...cand, start: c.first, blocks, goodChars: goodIn(c) };
}

/**
 * Keeps blocks that are text (not furniture lines, not link lists); cuts at a comments/related
 * marker in the second half; trims short labels before the first and after the last paragraph.
 */
export function filterBlocks(blocks: Block[], title: string | null): Candidate {
  const out: Block[] = [];
  const titleKey = title ? title.toLowerCase() : null;
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  // running text after each block: a comments/related marker cuts the rest only when little article follows it
  const goodAfter = new Float64Array(blocks.length + 1);
  for (let i = blocks.length - 1; i >= 0; i--)
    goodAfter[i] = goodAfter[i + 1] + (isTextBlock(blocks[i]) ? blocks[i].text.length : 0);
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const t = b.text;
    seen += t.length;
    if (t.length <= 100 && seen > total * 0.5 && out.length >= 2 && CUT_MARKERS.some((r) => r.test(t))) {
      if (goodAfter[i + 1] < 0.3 * (goodAfter[0] - goodAfter[i + 1])) break;
      continue;
    }
    const kind = classifyLine(t);
    if (kind !== 'text' && kind !== 'credit' && kind !== 'menuitem') continue;
    const density = b.linkChars / t.length;
    if (density > 0.5 && !(b.tag === 'li' && density < 0.9 && isSentenceLike(t))) continue;
    if (titleKey && t.toLowerCase() === titleKey) continue;
    out.push(b);
  }
  // head: labels before the first paragraph (kicker, byline, date, h1) go; subheadings and standfirsts stay
  let first = 0;
  while (first < out.length && !isTextBlock(out[first])) first++;
  const head: Block[] = [];
  if (first < out.length) {
    for (let i = 0; i < first; i++) {
      const b = out[i];
      if (b.tag === 'h1' || isDateOnly(b.text) || (b.text.length < 150 && RE_BYLINE.test(b.text))) continue;
      if (/^h[2-6]$/.test(b.tag) ? i === first - 1 : wordCount(b.text) >= 8 || isCreditLine(b.text)) head.push(b);
    }
    out.splice(0, first, ...head);
  }
  // tail: short lines after the last sentence-like paragraph (labels, dates, link captions) go, credits stay
  let last = out.length - 1;
  while (last >= 0 && !isSentenceLike(out[last].text)) last--;
  if (last >= 0) {
    const tail = out.splice(last + 1);
    for (const b of tail) if (isCreditLine(b.text) || wordCount(b.text) >= 8) out.push(b);
  }
  const paragraphs = out.map((b) => b.text);
  return { paragraphs, chars: paragraphs.reduce((n, p) => n + p.length, 0) };
}

export type { Blocks };
