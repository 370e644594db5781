import { describe, expect, it } from 'vitest';
import { doubledStem, parseVerbDictionary, regularForms } from '../../src/events/verbdict.js';
import { loadOntology, loadVerbDictionary, cameoInfo } from '../../src/events/ontology.js';

const SAMPLE = `
&WEAPONRY
+ROCKET
+MORTAR_SHELL

---  LOB   [190]  ---
LOB {LOBS LOBBED LOBBING}
HURL
+PELT_AT [180]
- * &WEAPONRY (AT) +          [195]   # ours
- * WORDS_ (AT)               [111:111]
- * HEALTH (OF)               [:020]
- * CONFETTI                  [---]
`;

describe('PETRARCH verb dictionary reader', () => {
  const d = parseVerbDictionary([{ name: 'sample.txt', text: SAMPLE }]);
  it('reads forms, irregular lists, multi-word verbs and codes', () => {
    expect(d.forms['lobbed'][0]).toMatchObject({ lemma: 'LOB', past: true, code: null });
    expect(d.forms['hurled'][0].past).toBe(true);
    expect(d.forms['hurling'][0].ing).toBe(true);
    expect(d.forms['pelts at'][0].code).toBe('180');
    expect(d.blocks[0].code).toBe('190');
  });
  it('reads patterns with synonym sets, prepositions, targets, blocking and reverse-only codes', () => {
    const texts = d.blocks[0].patterns.map((p) => `${p.text}=${p.code}`);
    expect(texts).toContain('* &WEAPONRY (AT) +=195');
    expect(texts).toContain('* CONFETTI=null');
    expect(texts.some((t) => t.includes('HEALTH'))).toBe(false); // [:020] codes only the reverse
    expect(d.synsets['weaponry']).toEqual([['rocket'], ['mortar', 'shell']]);
  });
  it('generates regular forms like PETRARCH', () => {
    expect(regularForms('CARRY')).toEqual({ s: 'CARRIES', ed: 'CARRIED', ing: 'CARRYING' });
    expect(regularForms('MEET')).toEqual({ s: 'MEETS', ed: 'MEETED', ing: 'MEETING' });
    expect(regularForms('PUNCH').s).toBe('PUNCHES');
  });
  it('adds doubled forms where English doubles the last consonant, and only there', () => {
    expect(doubledStem('REGRET')).toBe('REGRETT');
    expect(doubledStem('BAN')).toBe('BANN');
    expect(doubledStem('TRAVEL')).toBe('TRAVELL');
    for (const v of ['VISIT', 'OFFER', 'THREATEN', 'MEET', 'APPEAL', 'TARGET', 'ABANDON'])
      expect(doubledStem(v)).toBeNull();
    const d = parseVerbDictionary([{ name: 'sample.txt', text: '---  REGRET   [110]  ---\nREGRET\nHIT\n' }]);
    expect(d.forms['regretted']?.[0].past).toBe(true);
    expect(d.forms['hitting']?.[0].ing).toBe(true);
    expect(d.forms['hitted']).toBeUndefined();
  });
});

describe('shipped ontology and verbs', () => {
  it('has every CAMEO root with quad class and a PLOVER type', () => {
    const o = loadOntology();
    for (let r = 1; r <= 20; r++) expect(o.cameo[String(r).padStart(2, '0')]).toBeDefined();
    expect(cameoInfo('036').plover.event).toBe('AGREE');
    expect(cameoInfo('041').plover).toMatchObject({ event: 'CONSULT', mode: 'phone' });
    expect(cameoInfo('195').quad_class).toBe(4);
    expect(cameoInfo('020').plover.event).toBe('REQUEST');
    expect(() => cameoInfo('9999')).toThrow(/not in data\/events\/ontology.json/);
  });
  it('compiles CAMEO.2.0 with thousands of patterns', () => {
    const v = loadVerbDictionary();
    const n = v.blocks.reduce((k, b) => k + b.patterns.length, 0);
    expect(n).toBeGreaterThan(4000);
    expect(v.forms['met'].some((f) => f.lemma === 'MEET')).toBe(true);
  });
});

describe('PETRARCH dictionary quirks', () => {
  it('reads forms separated by commas inside braces, and makes no "," form', () => {
    const d = parseVerbDictionary([
      { name: 'q.txt', text: '---  CRACK   [---]  ---\n+CRACK_DOWN {+CRACKED_DOWN , +CRACKS_DOWN , +CRACKING_DOWN}\n' },
    ]);
    expect(d.forms[',']).toBeUndefined();
    expect(d.forms['cracked down'][0].past).toBe(true);
  });

  it('keeps a particle-only pattern for the verb its comment names ("headed for" ≠ "ruled for")', () => {
    const d = parseVerbDictionary([
      {
        name: 'q.txt',
        text: '---  STEER   [060]  ---\nHEAD\nRULE\n- * (FOR)          [042]         # HEAD\n- * REFORMS        [034]         # RULE\n',
      },
    ]);
    const [forHead, reforms] = [...d.blocks[0].patterns].sort((a, b) => a.text.localeCompare(b.text));
    expect(forHead.verbs).toEqual(['head']);
    expect(reforms.verbs).toBeUndefined();
  });
});
