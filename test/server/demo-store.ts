/**
 * A small store of fictional articles and events (our own words), for server tests and for
 * looking at the web UI by hand (see the comment at the end of test/server/server.test.ts).
 * One article carries hostile markup in its title, outlet, URL, text and actor name.
 */
import type { Store } from '../../src/store/store.js';
import { ACTORS, makeArticle, makeEvent } from '../store/fixtures.js';

export async function fillDemoStore(store: Store): Promise<void> {
  const a1 = makeArticle({
    id: 'demo-brel-shelling',
    title: 'Shelling hits depot outside Brel as talks stall',
    outlet: 'Northern Ledger',
    url: 'https://ledger.example.org/2017/05/brel-depot',
    published: '2017-05-02',
    text:
      'Russian forces shelled a fuel depot outside the town of Brel on Monday, local officials said.\n' +
      'The regional governor accused Moscow of breaking the truce agreed in April.\n' +
      'Ukrainian troops returned fire, according to a military spokesperson, who gave no figures.\n' +
      'A second round of talks is still planned for next week in Geneva.',
  });
  const a2 = makeArticle({
    id: 'demo-geneva-talks',
    title: 'Envoys meet in Geneva; aid pledge follows',
    outlet: 'Harbour Times',
    url: 'https://harbour.example.com/world/geneva-envoys',
    published: '2017-05-09T08:15:00Z',
    text:
      'Envoys of Vladimir Putin met United States officials in Geneva on Tuesday for three hours.\n' +
      'Washington later pledged $40 million in aid to the United Nations refugee agency.\n' +
      'France said it would not send troops, its foreign ministry said in a statement.',
  });
  const a3 = makeArticle({
    id: 'demo-hostile',
    title: 'Note with <script>alert("x")</script> in it',
    outlet: 'Test <b>Outlet</b>',
    url: 'javascript:alert(1)',
    published: '2017-06',
    text: 'Protesters in Paris <script>alert("boom")</script> marched against the plan, organisers said.',
  });
  const line = (a: typeof a1, i: number) => a.text.split('\n')[i];
  await store.saveDocument({
    article: a1,
    events: [
      makeEvent({
        article: a1,
        id: 'e1',
        sentence: line(a1, 0),
        sourceText: 'Russian forces',
        targetText: 'fuel depot',
        trigger: 'shelled',
        date: '2017-05-01',
        source: ACTORS.rusgov,
        target: ACTORS.ukrmil,
        plover: 'ASSAULT',
        mode: 'aerial',
        cameo: '195',
        goldstein: -10,
        quad: 4,
        confidence: 0.91,
      }),
      makeEvent({
        article: a1,
        id: 'e2',
        sentence: line(a1, 1),
        sourceText: 'regional governor',
        targetText: 'Moscow',
        trigger: 'accused',
        date: '2017-05-02',
        source: { id: 'UKRGOV_X', name: 'Regional governor', country: 'UKR', sector: 'GOV', cameo: 'UKRGOV' },
        target: ACTORS.rusgov,
        plover: 'ACCUSE',
        cameo: '112',
        goldstein: -2,
        quad: 3,
        confidence: 0.74,
        location: null,
      }),
      makeEvent({
        article: a1,
        id: 'e3',
        sentence: line(a1, 2),
        sourceText: 'Ukrainian troops',
        trigger: 'returned fire',
        date: '2017-05-01',
        source: ACTORS.ukrmil,
        target: ACTORS.rusgov,
        plover: 'ASSAULT',
        mode: 'small-arms',
        cameo: '190',
        goldstein: -10,
        quad: 4,
        confidence: 0.66,
      }),
    ],
  });
  await store.saveDocument({
    article: a2,
    events: [
      makeEvent({
        article: a2,
        id: 'e4',
        sentence: line(a2, 0),
        sourceText: 'Envoys of Vladimir Putin',
        targetText: 'United States officials',
        trigger: 'met',
        date: '2017-05-09',
        source: ACTORS.putin,
        target: ACTORS.usa,
        plover: 'CONSULT',
        mode: 'in-person',
        cameo: '040',
        goldstein: 1,
        quad: 1,
        confidence: 0.88,
        location: { text: 'Geneva', country: 'CHE' },
      }),
      makeEvent({
        article: a2,
        id: 'e5',
        sentence: line(a2, 1),
        sourceText: 'Washington',
        targetText: 'United Nations refugee agency',
        trigger: 'pledged',
        date: '2017-05',
        source: ACTORS.usa,
        target: ACTORS.un,
        plover: 'AID',
        mode: 'economic',
        context: ['refugees'],
        cameo: '071',
        goldstein: 7.4,
        quad: 2,
        confidence: 0.81,
        location: null,
      }),
      makeEvent({
        article: a2,
        id: 'e6',
        sentence: line(a2, 2),
        sourceText: 'France',
        trigger: 'send troops',
        date: '2017-05-09',
        source: ACTORS.fra,
        target: null,
        plover: 'MOBILIZE',
        cameo: '150',
        goldstein: -7.2,
        quad: 4,
        negated: true,
        confidence: 0.58,
        location: null,
      }),
    ],
  });
  await store.saveDocument({
    article: a3,
    events: [
      makeEvent({
        article: a3,
        id: 'e7',
        sourceText: 'Protesters in Paris',
        targetText: 'the plan',
        trigger: 'marched',
        date: null,
        source: { id: 'FRACVL', name: 'Protesters <i>Paris</i>', country: 'FRA', sector: 'CVL', cameo: 'FRACVL' },
        target: { id: 'FRAGOV', name: 'Government of France', country: 'FRA', sector: 'GOV', cameo: 'FRAGOV' },
        plover: 'PROTEST',
        mode: 'demonstrate',
        cameo: '141',
        goldstein: -6.5,
        quad: 3,
        confidence: 0.7,
        location: { text: 'Paris', country: 'FRA' },
      }),
    ],
  });
  await store.recordRejection({
    source: 'inbox/empty.txt',
    code: 'empty',
    reason: 'expected text, found an empty file; nothing to do',
  });
}
