import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { DocumentRejected } from '../../src/errors.js';

/** Runs extract and returns the article or the rejection; anything else (crash) fails the test. */
function attempt(content: string, kind: 'html' | 'text' = 'html') {
  const t0 = Date.now();
  try {
    const a = extract({ source: 'hostile', kind, content });
    return { ms: Date.now() - t0, article: a, rejected: null as DocumentRejected | null };
  } catch (e) {
    if (!(e instanceof DocumentRejected)) throw e;
    return { ms: Date.now() - t0, article: null, rejected: e };
  }
}

const para = '<p>The harbour master said the storm had passed and the ferries would sail again on Monday morning.</p>';

describe('hostile inputs finish quickly with a result or a reasoned rejection', () => {
  it('10,000 nested divs', () => {
    const html = '<html><body>' + '<div>'.repeat(10_000) + para + '</div>'.repeat(10_000) + '</body></html>';
    const r = attempt(html);
    expect(r.ms).toBeLessThan(5000);
    if (r.article) expect(r.article.text).toContain('ferries would sail again');
    else expect(r.rejected!.message).toMatch(/expected/);
  }, 20_000);
  it('a 20 MB page', () => {
    const html = '<html><body>' + para.repeat(Math.ceil(20_000_000 / para.length)) + '</body></html>';
    const r = attempt(html);
    expect(r.ms).toBeLessThan(10_000);
    if (r.rejected) expect(r.rejected.code).toBe('too-large');
  }, 30_000);
  it('only scripts', () => {
    const html =
      '<html><head><script>var a = "lots of code";</script></head><body><script>for(;;){}</script><noscript>Enable JavaScript</noscript></body></html>';
    const r = attempt(html);
    expect(r.rejected?.code).toBe('no-text');
  });
  it('broken markup', () => {
    const html =
      '<html><body><div><p>The bridge reopened on Friday after two weeks of repairs, the city said.<div><span><b>Traffic was light <i>in the morning</p></table></td>' +
      para +
      '<<<>>>&&&;';
    const r = attempt(html);
    expect(r.ms).toBeLessThan(3000);
    expect(r.article?.text).toContain('bridge reopened');
  });
  it('binary-looking garbage', () => {
    const r = attempt('\u0000\u0001\u0002'.repeat(1000));
    expect(r.rejected).not.toBeNull();
  });
  it('many unclosed tags and attributes', () => {
    const html = '<html><body>' + '<span a="b" '.repeat(50_000) + para;
    const r = attempt(html);
    expect(r.ms).toBeLessThan(5000);
  }, 20_000);
});
