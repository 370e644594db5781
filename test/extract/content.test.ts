/**
 * Our main-content extractor (content.ts) on small pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractContent } from '../../src/extract/content.js';
import { parsePage } from '../../src/extract/dom.js';
import { extract } from '../../src/extract/index.js';

const NOW = new Date('2024-06-01T00:00:00Z');
const p = (s: string): string => `<p>${s}</p>`;
const body = [
  'The river ferry between the two villages resumed service on Tuesday after a winter of repairs to its engine and hull.',
  'Passengers queued from early morning, and the skipper said the first crossing took eleven minutes, two fewer than last year.',
  'The council plans to add an evening crossing in summer if the number of riders keeps growing at the present rate.',
  'Local shops on both banks said they hoped the ferry would bring back the weekend visitors they had missed since autumn.',
]
  .map(p)
  .join('');
const nav =
  '<ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul>';

function text(html: string): string {
  return extractContent(parsePage(html).root, null).paragraphs.join('\n');
}

describe('container choice', () => {
  it('keeps a lead paragraph that sits in the article header, before the body container', () => {
    const html = `<html><body>${nav}<main><header><h1>Ferry sails again</h1><p class="lead">After months in dry dock, the village ferry is carrying passengers across the river again.</p></header><div class="article-body">${body}</div></main></body></html>`;
    const t = text(html);
    expect(t).toContain('After months in dry dock');
    expect(t).toContain('two fewer than last year');
    expect(t).not.toContain('Weather');
  });
  it('keeps an article whose wrapper has a furniture-like class (sidebar theme names) when it holds the text', () => {
    const html = `<html><body>${nav}<div class="theme-sticky-sidebar"><article>${body}</article></div><aside>${p('Unrelated box text about a bakery opening in another town next month, with many details.')}</aside></body></html>`;
    const t = text(html);
    expect(t).toContain('skipper said the first crossing');
    expect(t).not.toContain('bakery');
  });
  it('drops a real sidebar and teaser cards (linked headline + short description)', () => {
    const teaser = (h: string, d: string) => `<div class="card"><h3><a href="/x">${h}</a></h3><p>${d}</p></div>`;
    const html = `<html><body><article>${body}<div class="more">${teaser('Bridge works start in May', 'The old stone bridge will close for six weeks while engineers repair it.')}${teaser('Library extends hours', 'Readers can borrow books until nine in the evening from next week on.')}</div></article><div class="sidebar">${p('Sidebar text that talks about the weather forecast for the weekend in some detail.')}</div></body></html>`;
    const t = text(html);
    expect(t).toContain('evening crossing in summer');
    expect(t).not.toContain('engineers repair it');
    expect(t).not.toContain('until nine in the evening');
    expect(t).not.toContain('Sidebar text');
  });
  it('cuts a comment section after the article but keeps text after an inline "Related" box', () => {
    const html = `<html><body><article>${body}<h4>Related</h4><ul><li><a href="/a">Ferry prices rise</a></li><li><a href="/b">New pier opens</a></li></ul>${p('A second part of the story follows the related box and explains the new timetable for the summer months in detail.')}${p('The skipper also thanked the volunteers who painted the hull during the cold weeks of February and March.')}</article><h3>Comments</h3>${p('Great news, I will take the ferry this weekend with my family and the dog!')}</body></html>`;
    const t = text(html);
    expect(t).toContain('new timetable for the summer');
    expect(t).not.toContain('Ferry prices rise');
    expect(t).not.toContain('with my family and the dog');
  });
  it('skips ruby annotations (furigana) and hidden text', () => {
    const html = `<html><body><article><p>This sentence has a <ruby>word<rt>reading</rt></ruby> with a reading above it, as Japanese pages do for learners.</p><p style="display:none">Hidden text that must not show up in the article at all, ever.</p>${body}</article></body></html>`;
    const t = text(html);
    expect(t).toContain('has a word with a reading');
    expect(t).not.toContain('Hidden text');
  });
});

describe('extract() on HTML', () => {
  it('drops date lines and captions before the first paragraph, keeps the standfirst', () => {
    const html = `<html><body><article><h1>Ferry sails again</h1><p>14 March 2021</p><p>A ferry at the village pier. Photo: River Archive</p><p>The village ferry is back in service after a long winter in the dry dock upriver.</p>${body}</article></body></html>`;
    const a = extract({ source: 'x', kind: 'html', content: html }, undefined, { now: NOW });
    expect(a.text.split('\n')[0]).toBe(
      'The village ferry is back in service after a long winter in the dry dock upriver.',
    );
    expect(a.text).not.toContain('Photo: River Archive');
    expect(a.published).toBe('2021-03-14');
  });
  it('drops newsletter and follow-us promos', () => {
    const html = `<html><body><article>${body}${p('Sign up for our newsletter and get the best river stories every Friday.')}${p('Follow us on Twitter and Instagram for more news from the valley.')}</article></body></html>`;
    const a = extract({ source: 'x', kind: 'html', content: html }, undefined, { now: NOW });
    expect(a.text).not.toMatch(/newsletter|Follow us/);
    expect(a.text).toContain('weekend visitors');
  });
});
