import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvField,
  csvRow,
  GDELT_COLUMNS,
  gdeltEventId,
  gdeltRow,
  sqlDate,
  writeEvents,
  type ExportFormat,
} from '../../src/export/index.js';
import { openStore, type StoredEvent } from '../../src/store/index.js';
import { ACTORS, makeArticle, makeEvent } from '../store/fixtures.js';

/** A strict RFC 4180 reader, for checking what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) throw new Error('last row lacks CRLF');
  return rows;
}

class Sink extends Writable {
  chunks: string[] = [];
  constructor(private readonly delayMs = 0) {
    super({ highWaterMark: 64, decodeStrings: false });
  }
  override _write(chunk: string | Buffer, _enc: string, cb: (err?: Error) => void) {
    this.chunks.push(chunk.toString());
    if (this.delayMs) setTimeout(cb, this.delayMs);
    else setImmediate(cb);
  }
  get text() {
    return this.chunks.join('');
  }
}

async function exportText(events: StoredEvent[], format: ExportFormat, opts = {}) {
  const sink = new Sink();
  const n = await writeEvents(events, sink, format, opts);
  return { n, text: sink.text };
}

const art = makeArticle({
  text: 'The mayor said, "We refuse", and left.\nSecond line, with "quotes"\tand a tab.',
  url: 'https://news.example.org/a,b',
  outlet: 'Gazette, Evening',
});
const tricky = makeEvent({
  article: art,
  sentence: 'The mayor said, "We refuse", and left.',
  source: ACTORS.rusgov,
  target: ACTORS.un,
  context: ['military', 'pandemic'],
  mode: 'verbal',
  cameo: '1231',
  goldstein: -4,
  quad: 3,
});
tricky.sentence.text = 'The mayor said, "We refuse",\nand left.\r\n=SUM(A1)';
const withArticle: StoredEvent = {
  ...tricky,
  article: {
    id: art.id,
    url: art.url,
    outlet: art.outlet,
    title: art.title,
    published: art.published,
    ingested_at: '2024-03-05T07:08:09.123Z',
  },
};

describe('CSV', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and round-trips every field', async () => {
    const { n, text } = await exportText(
      [withArticle, makeEvent({ article: art, target: null, location: null })],
      'csv',
    );
    expect(n).toBe(2);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const rec = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(rec).toMatchObject({
      id: tricky.id,
      sentence: 'The mayor said, "We refuse",\nand left.\r\n=SUM(A1)',
      plover_context: 'military;pandemic',
      plover_mode: 'verbal',
      target_cameo: 'IGOUNO',
      target_country: '',
      goldstein: '-4',
      quad_class: '3',
      negated: 'false',
      url: 'https://news.example.org/a,b',
      outlet: 'Gazette, Evening',
    });
    const rec2 = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[2][i]]));
    expect(rec2).toMatchObject({ target_name: '', location_text: '', url: '' });
  });

  it('guards formulas only when asked, and only in text columns', () => {
    expect(csvField('=1+1')).toBe('=1+1');
    expect(csvField('=1+1', true)).toBe("'=1+1");
    expect(csvField('@x, y', true)).toBe(`"'@x, y"`);
    const row = parseCsv(csvRow(withArticle, { spreadsheetSafe: true }))[0];
    expect(row[CSV_COLUMNS.indexOf('sentence')]).toBe(tricky.sentence.text);
    expect(row[CSV_COLUMNS.indexOf('goldstein')]).toBe('-4');
    const neg = { ...withArticle, sentence: { ...tricky.sentence, text: '-cmd|calc' } };
    expect(parseCsv(csvRow(neg, { spreadsheetSafe: true }))[0][CSV_COLUMNS.indexOf('sentence')]).toBe("'-cmd|calc");
  });
});

describe('GDELT', () => {
  it('has exactly the 61 GDELT 2.0 columns, in order', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(GDELT_COLUMNS[0]).toBe('GLOBALEVENTID');
    expect(GDELT_COLUMNS.slice(1, 5)).toEqual(['SQLDATE', 'MonthYear', 'Year', 'FractionDate']);
    expect(GDELT_COLUMNS[25]).toBe('IsRootEvent');
    expect(GDELT_COLUMNS[26]).toBe('EventCode');
    expect(GDELT_COLUMNS[34]).toBe('AvgTone');
    expect(GDELT_COLUMNS[51]).toBe('ActionGeo_Type');
    expect(GDELT_COLUMNS[35]).toBe('Actor1Geo_Type');
    expect(GDELT_COLUMNS.slice(-2)).toEqual(['DATEADDED', 'SOURCEURL']);
  });

  it('writes 61 tab-separated fields per line, tabs and breaks in values flattened', async () => {
    const ev2 = makeEvent({ article: art, date: '2017-05', target: null, cameo: '0431', goldstein: 2.8, quad: 1 });
    const { n, text } = await exportText([withArticle, ev2], 'gdelt');
    expect(n).toBe(2);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l.split('\t')).toHaveLength(61);
    const f = Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, lines[0].split('\t')[i]]));
    expect(f).toMatchObject({
      SQLDATE: '20170502',
      MonthYear: '201705',
      Year: '2017',
      FractionDate: (2017 + (5 * 30 + 2) / 365).toFixed(4),
      Actor1Code: 'RUSGOV',
      Actor1Name: 'Government of Russia',
      Actor1CountryCode: 'RUS',
      Actor1Type1Code: 'GOV',
      Actor2Code: 'IGOUNO',
      Actor2KnownGroupCode: 'UNO',
      Actor2Type1Code: 'IGO',
      EventCode: '1231',
      EventBaseCode: '123',
      EventRootCode: '12',
      QuadClass: '3',
      GoldsteinScale: '-4',
      NumMentions: '1',
      NumArticles: '1',
      AvgTone: '',
      ActionGeo_FullName: 'Brel',
      ActionGeo_CountryCode: '',
      DATEADDED: '20240305070809',
      SOURCEURL: 'https://news.example.org/a,b',
    });
    expect(f.GLOBALEVENTID).toMatch(/^[1-9]\d*$/);
    const g = Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, lines[1].split('\t')[i]]));
    expect(g).toMatchObject({
      SQLDATE: '20170500',
      MonthYear: '201705',
      Actor2Code: '',
      Actor2Name: '',
      EventBaseCode: '043',
      DATEADDED: '',
      SOURCEURL: '',
    });
  });

  it('writes partial and unknown dates without guessing a day', () => {
    expect(sqlDate('2017-05-02')).toBe('20170502');
    expect(sqlDate('2017-05-02T10:00:00Z')).toBe('20170502');
    expect(sqlDate('2017-05')).toBe('20170500');
    expect(sqlDate('2017')).toBe('20170000');
    expect(sqlDate('2017-05', 'first')).toBe('20170501');
    expect(sqlDate('XXXX-08-01')).toBe('');
    expect(sqlDate(null)).toBe('');
  });

  it('derives a stable positive integer id that fits a double', () => {
    const a = gdeltEventId('art-1', 'ev-1');
    expect(gdeltEventId('art-1', 'ev-1')).toBe(a);
    expect(gdeltEventId('art-1', 'ev-2')).not.toBe(a);
    expect(gdeltEventId('art-1e', 'v-1')).not.toBe(a);
    expect(Number.isSafeInteger(a) && a > 0).toBe(true);
    const seen = new Set<number>();
    for (let i = 0; i < 20000; i++) seen.add(gdeltEventId('a', String(i)));
    expect(seen.size).toBe(20000);
  });

  it('skips negated events unless asked to keep them; uses grouped source counts', () => {
    const neg = makeEvent({ article: art, negated: true });
    expect(gdeltRow(neg)).toBeNull();
    expect(gdeltRow(neg, { negated: 'keep' })?.split('\t')).toHaveLength(61);
    const grouped = gdeltRow({ ...makeEvent({ article: art }), sources: 4 })!.split('\t');
    expect(grouped[GDELT_COLUMNS.indexOf('NumSources')]).toBe('4');
    const header = (async () => (await exportText([], 'gdelt', { header: true })).text)();
    return expect(header).resolves.toBe(`${GDELT_COLUMNS.join('\t')}\n`);
  });

  it('reads role codes from a composite CAMEO actor code', () => {
    const ev = makeEvent({
      article: art,
      source: { id: 'x', name: 'US army unit', country: 'USA', sector: null, cameo: 'USAMILGOV' },
    });
    const f = gdeltRow(ev)!.split('\t');
    expect(f.slice(GDELT_COLUMNS.indexOf('Actor1Type1Code'), GDELT_COLUMNS.indexOf('Actor1Type3Code') + 1)).toEqual([
      'MIL',
      'GOV',
      '',
    ]);
  });
});

describe('JSONL', () => {
  it('writes one Event per line, without the attached article', async () => {
    const { text } = await exportText([withArticle, tricky], 'jsonl');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0])).toEqual(tricky);
    expect(JSON.parse(lines[1])).toEqual(tricky);
  });
});

describe('streaming', () => {
  it('honours back-pressure and loses nothing over many events', async () => {
    const events = Array.from({ length: 3000 }, (_, i) => makeEvent({ article: art, id: `s-${i}` }));
    async function* slow() {
      for (const e of events) yield e;
    }
    const sink = new Sink();
    let drains = 0;
    sink.on('drain', () => drains++);
    const n = await writeEvents(slow(), sink, 'csv');
    expect(n).toBe(3000);
    expect(drains).toBeGreaterThan(10);
    expect(parseCsv(sink.text)).toHaveLength(3001);
  });

  it('exports straight from the store, with the article attached', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronicle-export-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const store = openStore(join(dir, 'x.db'));
    const a = makeArticle({ url: 'https://news.example.org/z' });
    await store.saveDocument({
      article: a,
      events: [makeEvent({ article: a }), makeEvent({ article: a, cameo: '042' })],
    });
    const sink = new Sink();
    expect(await writeEvents(store.iterateEvents({ cameo: '04' }, { withArticle: true }), sink, 'gdelt')).toBe(1);
    const f = sink.text.trimEnd().split('\t');
    expect(f[60]).toBe('https://news.example.org/z');
    expect(f[59]).toMatch(/^\d{14}$/);
    await store.close();
  });
});
