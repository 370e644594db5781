/**
 * PETRARCH dictionary conventions the coder follows: reciprocal `[a:b]` codes, `+`-marked verb
 * words, verbs joined to pattern words (`A_*`), `^` and `%` in patterns, agent composition, lone
 * agents, multi-code actors and discards. All dictionaries and sentences here are our own.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVerbDictionary, parsePattern } from '../../src/events/verbdict.js';
import { Coder, type CoderMention } from '../../src/events/coder.js';
import { parseDiscards } from '../../src/events/discards.js';
import { SHARED } from '../../eval/events-seeds.js';
import { evaluateEventsUnit, expandCodes, makeActorLookup, readActorLike } from '../../eval/events-unit.js';

const VERBS = `
&FRUIT
+APPLE
+PEAR_

--- GREET  [041:042]  ---
GREET
- * WARMLY [043]

--- PARLEY  [031:031]  ---
PARLEY
- % * [030:030]
- * WITH % [032]

--- SMASH [190] ---
SMASH
CHEESE_+GRATE [171]
- RECENTLY_* [191]
- *_UP [192]
- * &FRUIT ^ + [193]
- * BANANA [+++]

--- HOLD [---] ---
HOLD {HOLDS HELD HOLDING}
- * FEAST [046]
`;

const ACTORS = `
VALDORIA [VAL]
+VALDORIAN
KESTREL_ISLES [KES]
MORVANE [MRV]
THE_TWIN_CITIES [TWA/TWB]
OLD_BARON
	[BAR <20000101]
	[BARGOV 20000101-20101231]
`;

const AGENTS = `
MINISTER [~GOV]
POLICE {} [~COP]
CHARITY {} [NGO~]
PRESS {} [~MED]
GOVERNMENT [~GOV]
LAWMAKER [~LEG]
PRIEST [~REL]
`;

const dict = parseVerbDictionary([{ name: 'test-verbs.txt', text: VERBS }]);
const lookup = makeActorLookup(readActorLike(ACTORS, false), readActorLike(AGENTS, true), (w) => !!dict.forms[w]);
const coder = new Coder<string>({ verbs: dict, targetless: new Set(), intentCodes: false, petrarch: true });

function code(text: string, date = 20050101): string[] {
  const mentions: CoderMention<string>[] = lookup(text, date);
  const out: string[] = [];
  for (const e of coder.codeSentence(text, 0, text.length, mentions))
    for (const [s, t] of expandCodes(e.actorSource, e.actorTarget)) out.push(`${s}|${t}|${e.code}`);
  return out.sort();
}

describe('PETRARCH verb dictionary details', () => {
  it('keeps reciprocal codes of blocks and verbs, and the "+" verb word of a phrase', () => {
    expect(dict.blocks[0]).toMatchObject({ code: '041', code2: '042' });
    expect(dict.forms['greeted'][0].past).toBe(true);
    expect(dict.forms['cheese grated']?.[0]).toMatchObject({ lemma: 'CHEESE_GRATE', code: '171', past: true });
    expect(dict.forms['cheese grate']).toBeDefined();
  });

  it('reads verbs joined to pattern words and drops patterns with unusable codes', () => {
    const smash = dict.blocks.find((b) => b.name === 'SMASH')!;
    const texts = smash.patterns.map((p) => p.text);
    expect(texts).toContain('RECENTLY_*');
    expect(texts.some((t) => t.includes('BANANA'))).toBe(false);
    expect(parsePattern('- RECENTLY_* [191]')).toMatchObject({ preAdjacent: true, code: '191' });
    expect(parsePattern('- *_UP [192]')).toMatchObject({ postAdjacent: true });
    expect(parsePattern('- * THING [174K]')?.code).toBe('174K');
  });
});

describe('coding with PETRARCH conventions', () => {
  it('codes the reverse event of a reciprocal default code', () => {
    expect(code('Valdoria greeted Morvane at the harbour.')).toEqual(['MRV|VAL|042', 'VAL|MRV|041']);
  });

  it('reads an auxiliary before a dictionary verb as part of it ("has held")', () => {
    expect(code('Valdoria has held a feast with Morvane.')).toEqual(['VAL|MRV|046']);
  });

  it('honours joined words: "recently smashed" but not "recently did smash"', () => {
    expect(code('Valdoria recently smashed Morvane.')).toEqual(['VAL|MRV|191']);
    expect(code('Valdoria recently did smash Morvane.')).toEqual(['VAL|MRV|190']);
  });

  it('skips one actor at "^" before a target', () => {
    expect(code('Valdoria smashed the apple of Kestrel Isles near Morvane.')).toEqual(['VAL|MRV|193']);
  });

  it('reads "%" after the verb as a compound target, before it as a compound source', () => {
    expect(code('Valdoria parleyed with Morvane and Kestrel Isles.')).toEqual(['VAL|KES|032', 'VAL|MRV|032']);
    expect(code('Valdoria and Morvane parley.')).toEqual(['MRV|VAL|030', 'VAL|MRV|030']);
  });

  it('lets a verb joined by "and" share the subject of the previous verb', () => {
    expect(code('Valdoria greeted warmly the envoys on Sunday and smashed Morvane.')).toContain('VAL|MRV|190');
  });

  it('keeps a compound whose members carry modifiers ("and the proud old Morvane")', () => {
    expect(code('Valdoria and the proud old Morvane smashed Kestrel Isles.')).toEqual(['MRV|KES|190', 'VAL|KES|190']);
  });

  it('takes the possessor of a subject that names no actor', () => {
    expect(code("Valdoria's fleet smashed Morvane.")).toEqual(['VAL|MRV|190']);
  });
});

describe('actors and agents', () => {
  const actors = (text: string, date = 20050101) =>
    lookup(text, date).map((m) => `${text.slice(m.start, m.end)}=${m.actor}`);

  it('composes agents before and after a country, without repeating a code on its 3-letter slots', () => {
    expect(actors('A charity Valdorian minister spoke.')).toEqual(['charity Valdorian minister=NGOVALGOV']);
    expect(actors('Valdorian police and press left.')).toEqual(['Valdorian police and press=VALCOP/VALMED']);
  });

  it('distributes coordinated agents over coordinated countries', () => {
    expect(actors('Lawmakers and priests in Valdoria and Morvane met.')).toEqual([
      'Lawmakers and priests in Valdoria=VALLEG/VALREL',
      'Morvane=MRVLEG/MRVREL',
    ]);
  });

  it('codes a lone agent as an unknown actor of that kind, but not an agent word used as a modifier', () => {
    expect(actors('A senior minister smashed the gate.')).toEqual(['minister=---GOV']);
    expect(actors('The minister visit ended.')).toEqual([]);
  });

  it('does not make plurals of agents listed with empty braces, and stops a phrase at a verb', () => {
    expect(actors("Valdoria's polices left.")).toEqual(['Valdoria=VAL']);
    expect(actors('Valdorian police smashed lawmakers.')).toEqual(['Valdorian police=VALCOP', 'lawmakers=---LEG']);
  });

  it('applies date restrictions and expands multi-code actors', () => {
    expect(actors('Old Baron spoke.', 19990101)).toEqual(['Old Baron=BAR']);
    expect(actors('Old Baron spoke.', 20101231)).toEqual(['Old Baron=BARGOV']);
    expect(expandCodes('TWA/TWB', 'VAL')).toEqual([
      ['TWA', 'VAL'],
      ['TWB', 'VAL'],
    ]);
  });
});

describe('discards', () => {
  const d = parseDiscards('# comment\nCROQUET MATCH   # sentence level\n+HAILSTORM\n');
  it('finds sentence- and story-level discard phrases, with suffixes unless marked exact', () => {
    expect(d.size).toBe(2);
    expect(d.find('The croquet match went on.')).toEqual({ phrase: 'croquet match', story: false, at: 4 });
    expect(d.find('Two hailstorms hit the coast.')).toEqual({ phrase: 'hailstorm', story: true, at: 4 });
    expect(d.find('Valdoria greeted Morvane.')).toBeNull();
  });
});

const UNIT_DIR = path.join(SHARED, 'data/dev/petrarch-unit');

describe.skipIf(!existsSync(UNIT_DIR))('PETRARCH unit-test records (needs ../shared)', () => {
  it('codes at least 80% of the gold codings exactly, with few spurious ones', () => {
    const s = evaluateEventsUnit(UNIT_DIR);
    expect(s.exact / s.codings).toBeGreaterThanOrEqual(0.8);
    expect(s.spurious).toBeLessThanOrEqual(20);
  }, 30_000);
});
