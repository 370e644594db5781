/**
 * A small, fast DOM for extraction, built from htmlparser2's streaming parser (no DOM library):
 * elements are `{ tag, attrs, children, parent }`, text nodes are plain strings. Bounded by design:
 * elements nested deeper than `maxDepth` are not created (their text goes to the deepest open
 * element), so hostile nesting cannot make later recursive walks deep. Comments are dropped;
 * `<script>`/`<style>` keep no children except JSON-LD (collected aside) and client-side HTML
 * templates (`<script type="text/template">`), whose markup is parsed as content, as pages render it.
 */
import { Parser } from 'htmlparser2';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Child[];
  parent: El | null;
}
export type Child = El | string;

export interface ParsedPage {
  root: El;
  /** Texts of `<script type="application/ld+json">` blocks, in order. */
  jsonLd: string[];
  /** Elements created (a size measure for guards). */
  elements: number;
  /** Nesting depth reached (capped at maxDepth + 1). */
  depth: number;
}

export interface ParseOptions {
  maxDepth?: number;
  /** Element count limit; past it no new elements are created (text still flows). */
  maxElements?: number;
}

export function parsePage(html: string, opts: ParseOptions = {}, nested = 0): ParsedPage {
  const maxDepth = opts.maxDepth ?? 256;
  const maxElements = opts.maxElements ?? 400_000;
  const root: El = { tag: '#root', attrs: {}, children: [], parent: null };
  const jsonLd: string[] = [];
  let cur = root;
  let depth = 0;
  let maxSeen = 0;
  let overflow = 0; // open tags not created because of the depth/size caps
  let elements = 0;
  let script: { kind: 'ld' | 'tpl' | 'skip'; text: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (script) return;
        if (depth >= maxDepth || elements >= maxElements) {
          if (depth >= maxDepth) maxSeen = maxDepth + 1;
          overflow++;
          return;
        }
        const el: El = { tag: name, attrs: attribs, children: [], parent: cur };
        cur.children.push(el);
        elements++;
        if (name === 'script') {
          const type = (attribs.type ?? '').toLowerCase();
          script = {
            kind: type.includes('ld+json') ? 'ld' : /text\/(x-)?(template|html)/.test(type) ? 'tpl' : 'skip',
            text: '',
          };
        }
        cur = el;
        if (++depth > maxSeen) maxSeen = depth;
      },
      ontext(data) {
        if (script) {
          if (script.kind !== 'skip' && script.text.length < 2_000_000) script.text += data;
          return;
        }
        const last = cur.children[cur.children.length - 1];
        if (typeof last === 'string') cur.children[cur.children.length - 1] = last + data;
        else cur.children.push(data);
      },
      onclosetag(name) {
        // the parser closes in LIFO order, so elements skipped by the caps are always the innermost
        if (overflow > 0) {
          overflow--;
          return;
        }
        if (cur === root) return;
        if (script && name === 'script') {
          const s = script;
          script = null;
          if (s.kind === 'ld') jsonLd.push(s.text);
          else if (s.kind === 'tpl' && nested < 2 && s.text.length < 2_000_000) {
            const inner = parsePage(
              s.text,
              { maxDepth: Math.max(8, maxDepth - depth), maxElements: maxElements - elements },
              nested + 1,
            );
            for (const c of inner.root.children) {
              if (typeof c !== 'string') c.parent = cur;
              cur.children.push(c);
            }
            jsonLd.push(...inner.jsonLd);
            elements += inner.elements;
            cur.tag = 'div'; // the template's markup is content now
          }
        }
        cur = cur.parent ?? root;
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { root, jsonLd, elements, depth: maxSeen };
}

/** Text content of an element (bounded depth, skips script/style). */
export function textOf(el: Child, maxDepth = 300): string {
  if (typeof el === 'string') return el;
  let out = '';
  const walk = (e: El, d: number): void => {
    if (d > maxDepth) return;
    for (const c of e.children) {
      if (typeof c === 'string') out += c;
      else if (c.tag !== 'script' && c.tag !== 'style') walk(c, d + 1);
    }
  };
  walk(el, 0);
  return out;
}

/** Visits every element under `root` in document order (iterative; `visit` returning false skips the subtree). */
export function eachElement(root: El, visit: (el: El) => boolean | void): void {
  const stack: El[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) {
    const c = root.children[i];
    if (typeof c !== 'string') stack.push(c);
  }
  while (stack.length) {
    const el = stack.pop()!;
    if (visit(el) === false) continue;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
}

/** First element with this tag (document order), or null. */
export function findTag(root: El, tag: string): El | null {
  let found: El | null = null;
  eachElement(root, (el) => {
    if (found) return false;
    if (el.tag === tag) {
      found = el;
      return false;
    }
    return true;
  });
  return found;
}

/** Serialises an element back to HTML (debugging, and callers that hand a sub-tree to another tool). */
export function toHtml(el: El): string {
  let out = '';
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const walk = (e: El, d: number): void => {
    if (d > 300) return;
    for (const c of e.children) {
      if (typeof c === 'string') {
        out += esc(c);
        continue;
      }
      out += '<' + c.tag;
      for (const [k, v] of Object.entries(c.attrs))
        out += ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
      out += '>';
      walk(c, d + 1);
      out += `</${c.tag}>`;
    }
  };
  walk(el, 0);
  return out;
}
