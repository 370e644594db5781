/* global FormData, CSS */
/**
 * Chronicle's web UI: filter events, page through them, read the source article of one.
 * Plain ES module, no build step, no third-party code. All data is rendered as text (see dom.js).
 */
import { append, clear, h, highlighted, safeUrl } from './dom.js';

const PAGE_SIZE = 25;
const FILTERS = ['q', 'actor', 'source_country', 'target_country', 'event', 'cameo', 'from', 'to', 'order'];
const QUAD = {
  1: { label: 'verbal cooperation', cls: 'q1' },
  2: { label: 'material cooperation', cls: 'q2' },
  3: { label: 'verbal conflict', cls: 'q3' },
  4: { label: 'material conflict', cls: 'q4' },
};

const $ = (id) => document.getElementById(id);
const form = $('filters');
const list = $('events');
const statusEl = $('status');
const errorEl = $('error');
const reader = $('reader');

/** Cursors of the pages seen so far: cursors[i] opened page i (page 0 has none). */
let cursors = [null];
let pageIndex = 0;
let nextCursor = null;
let selected = null;

async function api(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params))
    if (v !== '' && v !== null && v !== undefined) url.searchParams.set(k, v);
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) {
    const msg = body?.error?.message ?? `${res.status} ${res.statusText}`;
    throw new Error(msg);
  }
  return body;
}

function filtersFromForm() {
  const data = new FormData(form);
  const out = {};
  for (const k of FILTERS) {
    const v = String(data.get(k) ?? '').trim();
    if (v) out[k] = v;
  }
  return out;
}

function filtersToForm(params) {
  for (const k of FILTERS) {
    const el = form.elements.namedItem(k);
    if (el) el.value = params.get(k) ?? (k === 'order' ? 'desc' : '');
  }
}

function showError(message) {
  errorEl.hidden = !message;
  errorEl.textContent = message ? `Could not load events: ${message}` : '';
}

function formatDate(d) {
  if (!d) return 'date unknown';
  return d.replace(/T.*$/, '');
}

function actorLabel(party) {
  if (!party) return null;
  const a = party.actor;
  // a source with no words and no actor: the sentence names no doer ("ten people were killed")
  const name = a?.name ?? (party.text || 'unidentified');
  const country = a?.country ? ` (${a.country})` : '';
  return {
    name,
    country,
    title: a
      ? `${a.id} · CAMEO ${a.cameo}${a.sector ? ` · ${a.sector}` : ''}`
      : party.text
        ? 'not resolved to an actor'
        : 'the sentence names no doer',
  };
}

function partyNode(party, role) {
  const l = actorLabel(party);
  if (!l) return h('span', { class: `party ${role} none` }, 'no target');
  return h(
    'span',
    { class: `party ${role}`, title: l.title },
    h('span', { class: 'party-name' }, l.name),
    h('span', { class: 'party-country' }, l.country),
  );
}

/** The event's sentence with trigger, source and target marked (offsets are into article.text). */
function sentenceNode(ev) {
  const base = ev.sentence.start;
  const spans = [];
  const rel = (span, cls, tag, title) =>
    span && spans.push({ start: span.start - base, end: span.end - base, cls, tag, title });
  rel(ev.trigger, 'trigger', 'mark', 'trigger: the words that carry the action');
  rel(ev.source, 'mention source', 'span', 'source');
  rel(ev.target, 'mention target', 'span', 'target');
  return h('blockquote', { class: 'sentence' }, highlighted(ev.sentence.text, spans));
}

function badge(text, cls, title) {
  return h('span', { class: `badge ${cls ?? ''}`, title }, text);
}

function eventCard(ev) {
  const quad = QUAD[ev.cameo.quad_class] ?? { label: 'unknown class', cls: 'q0' };
  const open = () => openArticle(ev);
  const outlet = ev.article?.outlet ?? ev.article?.url ?? ev.article_id;
  const card = h(
    'article',
    {
      class: `event ${quad.cls}${ev.negated ? ' negated' : ''}`,
      onclick: (e) => {
        if (e.target.closest('a, button')) return;
        open();
      },
    },
    h(
      'header',
      { class: 'event-meta' },
      h(
        'time',
        { class: 'event-date', datetime: ev.date && /^\d{4}/.test(ev.date) ? ev.date : null },
        formatDate(ev.date),
      ),
      badge(ev.plover.event, `plover ${quad.cls}`, `PLOVER event · ${quad.label}`),
      badge(`CAMEO ${ev.cameo.code}`, 'cameo', `CAMEO root ${ev.cameo.root} · Goldstein ${ev.cameo.goldstein}`),
      ev.plover.mode ? badge(ev.plover.mode, 'mode', 'PLOVER mode') : null,
      ev.negated ? badge('negated', 'neg', 'The sentence says this did not happen') : null,
      ev.sources > 1 ? badge(`${ev.sources} sources`, 'sources') : null,
      h(
        'span',
        { class: 'confidence', title: 'Confidence of the coding' },
        `conf. ${Math.round(ev.confidence * 100)}%`,
      ),
    ),
    h(
      'p',
      { class: 'actors' },
      partyNode(ev.source, 'src'),
      h('span', { class: 'arrow', 'aria-label': 'acts on' }, '→'),
      partyNode(ev.target, 'tgt'),
    ),
    sentenceNode(ev),
    h(
      'footer',
      { class: 'event-foot' },
      h('span', { class: 'outlet' }, outlet),
      ev.location
        ? h(
            'span',
            { class: 'where' },
            `in ${ev.location.text}${ev.location.country ? ` (${ev.location.country})` : ''}`,
          )
        : null,
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          onclick: open,
          'aria-label': `Read the article: ${ev.article?.title ?? outlet}`,
        },
        'Read article →',
      ),
    ),
  );
  card.dataset.eventId = ev.id;
  return h('li', {}, card);
}

function downloadLinks(filters) {
  const { order, ...rest } = filters;
  for (const [id, path] of [
    ['dl-csv', '/v1/events.csv'],
    ['dl-gdelt', '/v1/events.gdelt'],
    ['dl-jsonl', '/v1/events.jsonl'],
  ]) {
    const url = new URL(path, location.origin);
    for (const [k, v] of Object.entries({ ...rest, order })) if (v) url.searchParams.set(k, v);
    $(id).setAttribute('href', url.pathname + url.search);
  }
}

async function load() {
  const filters = filtersFromForm();
  downloadLinks(filters);
  statusEl.textContent = 'Loading…';
  list.setAttribute('aria-busy', 'true');
  try {
    const page = await api('/v1/events', { ...filters, limit: PAGE_SIZE, cursor: cursors[pageIndex] ?? '' });
    showError(null);
    clear(list);
    append(list, page.events.map(eventCard));
    nextCursor = page.next_cursor;
    const from = pageIndex * PAGE_SIZE + 1;
    statusEl.textContent = page.events.length
      ? `Showing events ${from}–${from + page.events.length - 1}${nextCursor ? '' : ' (end)'}`
      : pageIndex === 0
        ? 'No events match these filters.'
        : 'No more events.';
    if (!page.events.length && pageIndex === 0 && Object.keys(filters).filter((k) => k !== 'order').length === 0) {
      list.append(
        h(
          'li',
          { class: 'empty' },
          'The store has no events yet. Add some with ',
          h('code', {}, 'chronicle ingest PATH…'),
          '.',
        ),
      );
    }
  } catch (err) {
    clear(list);
    nextCursor = null;
    statusEl.textContent = '';
    showError(err.message);
  } finally {
    list.removeAttribute('aria-busy');
    $('prev').disabled = pageIndex === 0;
    $('next').disabled = !nextCursor;
    $('page').textContent = `Page ${pageIndex + 1}`;
  }
}

/** Filters and the open article live in the URL, so a view can be reloaded or shared. */
function syncUrl(filters, reading = readingParams()) {
  const params = new URLSearchParams(filters);
  if (params.get('order') === 'desc') params.delete('order');
  if (reading) {
    params.set('read', reading.article);
    params.set('ev', reading.event);
  }
  const qs = params.toString();
  history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
}

function restart() {
  cursors = [null];
  pageIndex = 0;
  syncUrl(filtersFromForm(), reader.hidden ? null : readingParams());
  return load();
}

/** The article text as paragraphs, with the event's sentence and trigger marked. */
function articleText(text, ev) {
  const out = [];
  let at = 0;
  let marked = null;
  for (const para of text.split('\n')) {
    const start = at;
    const end = at + para.length;
    at = end + 1;
    if (!para.trim()) continue;
    const spans = [];
    if (ev && ev.sentence.start < end && ev.sentence.end > start) {
      const s0 = Math.max(ev.sentence.start, start) - start;
      const s1 = Math.min(ev.sentence.end, end) - start;
      const t0 = ev.trigger.start - start;
      const t1 = ev.trigger.end - start;
      if (t0 >= s0 && t1 <= s1 && t0 < t1) {
        spans.push(
          { start: s0, end: t0, cls: 'sentence-hl' },
          { start: t0, end: t1, cls: 'trigger' },
          { start: t1, end: s1, cls: 'sentence-hl' },
        );
      } else spans.push({ start: s0, end: s1, cls: 'sentence-hl' });
    }
    const p = h('p', {}, highlighted(para, spans));
    if (spans.length && !marked) marked = p;
    out.push(p);
  }
  return { nodes: out, marked };
}

function readingParams() {
  const p = new URLSearchParams(location.search);
  return p.get('read') && p.get('ev') ? { article: p.get('read'), event: p.get('ev') } : null;
}

async function openArticle(ev) {
  selected = ev.id;
  syncUrl(filtersFromForm(), { article: ev.article_id, event: ev.id });
  for (const c of list.querySelectorAll('.event.selected')) c.classList.remove('selected');
  list.querySelector(`[data-event-id="${CSS.escape(ev.id)}"]`)?.classList.add('selected');
  reader.hidden = false;
  $('layout').classList.add('reading');
  const title = $('reader-title');
  title.textContent = 'Loading…';
  clear($('reader-meta'));
  clear($('reader-text'));
  clear($('reader-event'));
  try {
    const doc = await api(`/v1/articles/${encodeURIComponent(ev.article_id)}`);
    if (selected !== ev.id) return;
    const a = doc.article;
    title.textContent = a.title ?? '(untitled article)';
    const url = safeUrl(a.url);
    append($('reader-meta'), [
      a.outlet ? h('span', { class: 'outlet' }, a.outlet) : null,
      a.published
        ? h('time', { datetime: a.published }, formatDate(a.published))
        : h('span', {}, 'publication date unknown'),
      a.authors?.length ? h('span', {}, `by ${a.authors.join(', ')}`) : null,
      url
        ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'Original ↗')
        : a.url
          ? h('span', { class: 'muted' }, a.url)
          : null,
    ]);
    append($('reader-event'), [
      h(
        'p',
        { class: 'actors' },
        partyNode(ev.source, 'src'),
        h('span', { class: 'arrow', 'aria-label': 'acts on' }, '→'),
        partyNode(ev.target, 'tgt'),
      ),
      h(
        'p',
        { class: 'rule' },
        `${ev.plover.event} · CAMEO ${ev.cameo.code} · ${ev.date ? `dated ${formatDate(ev.date)} from the ${ev.date_from ?? 'text'}` : 'undated'} · rule: `,
        h('code', {}, ev.rule),
      ),
      doc.events.length > 1
        ? h('p', { class: 'muted' }, `${doc.events.length} events were coded in this article.`)
        : null,
    ]);
    const { nodes, marked } = articleText(a.text, ev);
    append($('reader-text'), nodes);
    title.focus({ preventScroll: true });
    // Scroll the reader itself (not the page) so the sentence sits in its middle.
    reader.scrollTop = marked ? Math.max(0, marked.offsetTop - reader.clientHeight / 3) : 0;
  } catch (err) {
    title.textContent = 'Could not load the article';
    $('reader-text').append(h('p', { class: 'error' }, err.message));
  }
}

function closeReader() {
  reader.hidden = true;
  $('layout').classList.remove('reading');
  const card = list.querySelector('.event.selected');
  card?.classList.remove('selected');
  card?.querySelector('button.link')?.focus();
  selected = null;
  syncUrl(filtersFromForm(), null);
}

async function loadFacets() {
  try {
    const [health, facets] = await Promise.all([api('/v1/health'), api('/v1/facets')]);
    const c = health.counts;
    $('counts').textContent =
      `${c.articles.toLocaleString()} articles · ${c.events.toLocaleString()} events${c.rejections ? ` · ${c.rejections.toLocaleString()} rejected input${c.rejections === 1 ? '' : 's'}` : ''}`;
    const sel = $('f-event');
    const current = new URLSearchParams(location.search).get('event') ?? '';
    for (const f of facets.plover_events) sel.append(h('option', { value: f.value }, `${f.value} (${f.count})`));
    if (current && !facets.plover_events.some((f) => f.value === current))
      sel.append(h('option', { value: current }, current));
    sel.value = current;
    const dl = $('countries');
    for (const f of facets.countries) dl.append(h('option', { value: f.value }, `${f.count} events`));
  } catch (err) {
    showError(err.message);
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  restart();
});
form.addEventListener('reset', () => setTimeout(restart, 0));
$('f-event').addEventListener('change', restart);
$('f-order').addEventListener('change', restart);
$('next').addEventListener('click', () => {
  if (!nextCursor) return;
  pageIndex++;
  cursors[pageIndex] = nextCursor;
  load().then(() => $('results').focus());
});
$('prev').addEventListener('click', () => {
  if (pageIndex === 0) return;
  pageIndex--;
  load().then(() => $('results').focus());
});
$('reader-close').addEventListener('click', closeReader);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !reader.hidden) closeReader();
});

/** Opens the article named in the URL (`?read=ARTICLE&ev=EVENT`), if any. */
async function openFromUrl() {
  const r = readingParams();
  if (!r) return;
  try {
    const doc = await api(`/v1/articles/${encodeURIComponent(r.article)}`);
    const ev = doc.events.find((e) => e.id === r.event);
    if (ev) await openArticle(ev);
  } catch (err) {
    showError(err.message);
  }
}

filtersToForm(new URLSearchParams(location.search));
loadFacets().then(load).then(openFromUrl);
