/**
 * The fast DOM (dom.ts): bounded depth, JSON-LD collected, templates parsed, entities decoded.
 */
import { describe, expect, it } from 'vitest';
import { parsePage, textOf, findTag, toHtml } from '../../src/extract/dom.js';

describe('parsePage', () => {
  it('decodes entities, drops comments and script/style text, collects JSON-LD', () => {
    const p = parsePage(
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"A"}</script><style>p{color:red}</style></head><body><!-- note --><p>Caf&eacute; &amp; bar</p><script>var x = 1;</script></body></html>',
    );
    expect(p.jsonLd).toHaveLength(1);
    expect(JSON.parse(p.jsonLd[0]).headline).toBe('A');
    expect(textOf(findTag(p.root, 'body')!)).toBe('Café & bar');
  });
  it('caps nesting depth and reports it', () => {
    const html = '<div>'.repeat(1000) + '<p>deep text</p>' + '</div>'.repeat(1000) + '<p>after</p>';
    const p = parsePage(html, { maxDepth: 50 });
    expect(p.depth).toBe(51);
    const t = textOf(p.root);
    expect(t).toContain('deep text');
    expect(t).toContain('after');
  });
  it('parses client-side HTML templates as content', () => {
    const p = parsePage(
      '<body><script type="text/template"><article><p>Rendered later by the page</p></article></script></body>',
    );
    expect(textOf(p.root)).toContain('Rendered later by the page');
    expect(findTag(p.root, 'article')).not.toBeNull();
  });
  it('serialises back to HTML', () => {
    const p = parsePage('<p class="a">x &lt; y</p>');
    expect(toHtml(p.root)).toBe('<p class="a">x &lt; y</p>');
  });
});
