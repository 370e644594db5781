/**
 * A small table of news outlets: display name, names/spellings seen in bylines, signatures and title
 * suffixes, and web hosts. Written by us from public knowledge of these outlets. Used to turn a
 * signature ("TRTWorld and agencies"), a title suffix ("| DW |") or a URL host into one outlet name.
 * Unknown outlets still work: a signature or site name is used as written, a host as its domain.
 */
export interface OutletInfo {
  name: string;
  aliases: string[];
  hosts: string[];
}

export const OUTLETS: readonly OutletInfo[] = [
  { name: 'DW', aliases: ['Deutsche Welle', 'DW.COM', 'DW News'], hosts: ['dw.com', 'dw.de'] },
  {
    name: 'RFE/RL',
    aliases: ['Radio Free Europe/Radio Liberty', 'Radio Free Europe', 'Radio Liberty', 'RFERL'],
    hosts: ['rferl.org', 'svoboda.org', 'azatutyun.am', 'azattyq.org', 'currenttime.tv'],
  },
  { name: 'RTÉ', aliases: ['RTE', 'RTÉ News', 'RTE News', 'Raidió Teilifís Éireann'], hosts: ['rte.ie'] },
  { name: 'TRT World', aliases: ['TRTWorld', 'TRT World Now'], hosts: ['trtworld.com'] },
  { name: 'Reuters', aliases: ['Thomson Reuters'], hosts: ['reuters.com'] },
  { name: 'AP', aliases: ['Associated Press', 'AP News', 'The Associated Press'], hosts: ['apnews.com'] },
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse'], hosts: ['afp.com'] },
  { name: 'BBC', aliases: ['BBC News', 'British Broadcasting Corporation'], hosts: ['bbc.co.uk', 'bbc.com'] },
  { name: 'Al Jazeera', aliases: ['Aljazeera', 'Al Jazeera English'], hosts: ['aljazeera.com', 'aljazeera.net'] },
  { name: 'CNN', aliases: ['CNN International'], hosts: ['cnn.com'] },
  { name: 'The New York Times', aliases: ['New York Times', 'NYTimes', 'NYT'], hosts: ['nytimes.com'] },
  { name: 'The Washington Post', aliases: ['Washington Post'], hosts: ['washingtonpost.com'] },
  { name: 'The Guardian', aliases: ['Guardian'], hosts: ['theguardian.com', 'guardian.co.uk'] },
  { name: 'France 24', aliases: ['France24'], hosts: ['france24.com'] },
  { name: 'Euronews', aliases: [], hosts: ['euronews.com'] },
  { name: 'RT', aliases: ['Russia Today'], hosts: ['rt.com'] },
  { name: 'TASS', aliases: [], hosts: ['tass.com', 'tass.ru'] },
  { name: 'Xinhua', aliases: ['Xinhua News Agency', 'Xinhuanet'], hosts: ['xinhuanet.com', 'news.cn'] },
  { name: 'Anadolu Agency', aliases: ['Anadolu', 'AA'], hosts: ['aa.com.tr'] },
  { name: 'Voice of America', aliases: ['VOA', 'VOA News'], hosts: ['voanews.com'] },
  { name: 'NPR', aliases: ['National Public Radio'], hosts: ['npr.org'] },
  { name: 'Bloomberg', aliases: [], hosts: ['bloomberg.com'] },
  { name: 'Financial Times', aliases: ['FT'], hosts: ['ft.com'] },
  { name: 'Politico', aliases: ['POLITICO'], hosts: ['politico.com', 'politico.eu'] },
  { name: 'The Independent', aliases: ['Independent'], hosts: ['independent.co.uk'] },
  { name: 'Sky News', aliases: [], hosts: ['news.sky.com'] },
  { name: 'The Moscow Times', aliases: ['Moscow Times'], hosts: ['themoscowtimes.com'] },
  { name: 'The Times of Israel', aliases: ['Times of Israel'], hosts: ['timesofisrael.com'] },
  { name: 'Haaretz', aliases: [], hosts: ['haaretz.com'] },
  { name: 'Daily Sabah', aliases: [], hosts: ['dailysabah.com'] },
  { name: 'Middle East Eye', aliases: ['MEE'], hosts: ['middleeasteye.net'] },
  { name: 'Kyiv Independent', aliases: ['The Kyiv Independent'], hosts: ['kyivindependent.com'] },
  { name: 'Der Spiegel', aliases: ['SPIEGEL', 'Spiegel Online', 'DER SPIEGEL'], hosts: ['spiegel.de'] },
  { name: 'FAZ', aliases: ['Frankfurter Allgemeine', 'FAZ.NET', 'Frankfurter Allgemeine Zeitung'], hosts: ['faz.net'] },
  { name: 'Süddeutsche Zeitung', aliases: ['SZ', 'Süddeutsche'], hosts: ['sueddeutsche.de'] },
  { name: 'tagesschau', aliases: ['tagesschau.de', 'ARD'], hosts: ['tagesschau.de'] },
  { name: 'Le Monde', aliases: ['Le Monde.fr'], hosts: ['lemonde.fr'] },
  { name: 'El País', aliases: ['El Pais', 'EL PAÍS'], hosts: ['elpais.com'] },
  { name: 'Radio Farda', aliases: [], hosts: ['radiofarda.com'] },
  { name: 'Kurdistan 24', aliases: ['K24'], hosts: ['kurdistan24.net'] },
  { name: 'Rudaw', aliases: [], hosts: ['rudaw.net'] },
  { name: 'Asharq Al-Awsat', aliases: ['Asharq Al Awsat'], hosts: ['aawsat.com', 'english.aawsat.com'] },
  { name: 'Arab News', aliases: [], hosts: ['arabnews.com'] },
  { name: 'Press TV', aliases: ['PressTV'], hosts: ['presstv.ir', 'presstv.com'] },
  { name: 'Sputnik', aliases: ['Sputnik News'], hosts: ['sputniknews.com'] },
];

function key(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, '');
}

const BY_NAME = new Map<string, OutletInfo>();
for (const o of OUTLETS) {
  for (const n of [o.name, ...o.aliases]) BY_NAME.set(key(n), o);
}

/** The outlet a name/spelling refers to, or null when the table does not know it. */
export function outletByName(name: string): string | null {
  const k = key(name);
  if (!k) return null;
  return BY_NAME.get(k)?.name ?? null;
}

/** The outlet a URL's host belongs to (known outlets by suffix match), else null. */
export function outletByHost(url: string | null | undefined): string | null {
  const host = hostOf(url);
  if (!host) return null;
  for (const o of OUTLETS) {
    for (const h of o.hosts) if (host === h || host.endsWith('.' + h)) return o.name;
  }
  return null;
}

/** `www.example.co.uk` → `example.co.uk`; null for a missing or unparsable URL. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (!/^https?:$/.test(u.protocol)) return null;
    return u.hostname.toLowerCase().replace(/^(www\d?|m|amp|mobile)\./, '');
  } catch {
    return null;
  }
}
