/**
 * The POS tagger on our own sentences (none from CoNLL): noun and verb readings of the words the
 * event coder meets, adjectives before nouns, participles, sentence-initial capitals, and the API
 * (single positions agree with whole-sentence tagging, margins, errors, the weight file format).
 */
import { describe, expect, it } from 'vitest';
import { PosModel, PosTagger, isVerbTag, loadPosTagger } from '../../src/nlp/pos/index.js';

const pos = loadPosTagger();

/** Tag of `word` (its first occurrence, any case) in a space-separated sentence. */
function tagOf(sentence: string, word: string): string {
  const words = sentence.split(' ');
  const i = words.findIndex((w) => w.toLowerCase() === word.toLowerCase());
  if (i < 0) throw new Error(`test: ${word} is not in "${sentence}"`);
  return pos.tagAt(words, i);
}

describe('noun and verb readings of the same word', () => {
  // [word, sentence where it is a plural noun, sentence where it is a verb (3rd person singular)]
  const pairs: [string, string, string][] = [
    ['targets', 'Military targets were hit overnight .', 'The army targets the rebels in the hills .'],
    ['claims', 'Claims of fraud were dismissed by the court .', 'The group claims the attack was revenge .'],
    ['plans', 'The plans include new roads and a port .', 'The prime minister plans a visit to Beijing .'],
    ['calls', 'Calls for calm went unheeded .', 'The union calls a general strike .'],
    ['forces', 'Government forces shelled the town .', 'The crisis forces thousands to flee .'],
    ['strikes', 'Drone strikes killed three fighters .', 'The army strikes back at the rebels .'],
    ['protests', 'Protests erupted after the vote .', 'The opposition protests the decision .'],
  ];
  for (const [word, noun, verb] of pairs) {
    it(`"${word}": NNS in "${noun}"`, () => expect(tagOf(noun, word)).toBe('NNS'));
    it(`"${word}": VBZ in "${verb}"`, () => expect(tagOf(verb, word)).toBe('VBZ'));
  }

  it('"attacks" and "talks" as nouns', () => {
    expect(tagOf('Attacks on aid convoys rose sharply last year .', 'Attacks')).toBe('NNS');
    expect(tagOf('Talks resumed in Doha on Sunday .', 'Talks')).toBe('NNS');
    expect(tagOf('The minister said talks would continue .', 'talks')).toBe('NNS');
  });

  it('isVerbAt follows the verb reading', () => {
    const verb = 'The army targets the rebels in the hills .'.split(' ');
    const noun = 'Military targets were hit overnight .'.split(' ');
    expect(pos.isVerbAt(verb, 2)).toBe(true);
    expect(pos.isVerbAt(noun, 1)).toBe(false);
  });
});

describe('adjectives and participles', () => {
  it('"official" before a noun is an adjective; alone it is a noun', () => {
    expect(tagOf('The talks involved official creditors from Europe .', 'official')).toBe('JJ');
    expect(tagOf('The official news agency reported the visit .', 'official')).toBe('JJ');
    expect(tagOf('An official said the talks had stalled .', 'official')).toBe('NN');
  });

  it('"proposed" before a noun is a participle or adjective, after a subject a past tense', () => {
    expect(['VBN', 'JJ']).toContain(tagOf('The proposed cooperation covers energy and trade .', 'proposed'));
    expect(['VBN', 'JJ']).toContain(tagOf('Senior officials met to discuss the proposed truce .', 'proposed'));
    expect(tagOf('The government proposed cooperation on border security .', 'proposed')).toBe('VBD');
  });

  it('"said" is a past tense after a subject, a participle after "has"', () => {
    expect(tagOf('He said the army had withdrawn .', 'said')).toBe('VBD');
    expect(tagOf('The company said it would cut jobs .', 'said')).toBe('VBD');
    expect(tagOf('Iran ’s foreign minister said talks would continue .', 'said')).toBe('VBD');
    expect(tagOf('She has said she will resign .', 'said')).toBe('VBN');
  });

  it('passive participles', () => {
    expect(tagOf('Claims of fraud were dismissed by the court .', 'dismissed')).toBe('VBN');
    expect(tagOf('The deal was signed by both sides .', 'signed')).toBe('VBN');
  });
});

describe('sentence starts and punctuation', () => {
  it('capitalised verbs and nouns at the start of a sentence', () => {
    expect(tagOf('Speaking to reporters , the minister denied the claims .', 'Speaking')).toBe('VBG');
    expect(tagOf('Attacked by gunmen , the convoy turned back .', 'Attacked')).toBe('VBN');
    expect(tagOf('Protests erupted after the vote .', 'Protests')).toBe('NNS');
    expect(pos.isVerbAt('Asked about the plan , the spokesman declined to comment .'.split(' '), 0)).toBe(true);
  });

  it('proper nouns, numbers and modals', () => {
    const words = 'Kenya deployed 400 police officers to Haiti , the ministry said .'.split(' ');
    const tags = pos.tag(words);
    expect(tags[0]).toBe('NNP');
    expect(tags[1]).toBe('VBD');
    expect(tags[2]).toBe('CD');
    expect(tags[6]).toBe('NNP');
    expect(pos.tag('The rebels would not retreat .'.split(' '))[2]).toBe('MD');
  });

  it('typographic quotes and apostrophes read like ASCII ones', () => {
    expect(pos.tag('“ We will respond , ” he said .'.split(' '))).toEqual(
      pos.tag('" We will respond , " he said .'.split(' ')),
    );
    expect(tagOf('Iran ’s foreign minister said talks would continue .', '’s')).toBe('POS');
    expect(tagOf("The minister did n't comment on the report .", "n't")).toBe('RB');
  });
});

describe('API', () => {
  const sentences = [
    'The army targets the rebels in the hills .',
    'Official figures showed growth slowed in June , the agency said .',
    'Rebels',
    '“ Enough , ” she said .',
  ].map((s) => s.split(' '));

  it('tagAt on one position equals the tag of the whole sentence at that position', () => {
    const fresh = new PosTagger(pos.model);
    for (const words of sentences) {
      const all = pos.tag(words);
      words.forEach((_, i) => expect(fresh.tagAt(words, i)).toBe(all[i]));
    }
  });

  it('scoresAt gives the same tag with a non-negative margin; ties are rare', () => {
    for (const words of sentences)
      words.forEach((_, i) => {
        const s = pos.scoresAt(words, i);
        expect(s.tag).toBe(pos.tagAt(words, i));
        expect(s.margin).toBeGreaterThanOrEqual(0);
      });
    expect(pos.scoresAt(['The', 'government', 'said', '.'], 2).margin).toBeGreaterThan(10);
  });

  it('every tag is one of the tag set; isVerbTag covers VB* only', () => {
    for (const words of sentences) for (const t of pos.tag(words)) expect(pos.tags).toContain(t);
    for (const t of ['VB', 'VBD', 'VBG', 'VBN', 'VBP', 'VBZ']) expect(isVerbTag(t)).toBe(true);
    for (const t of ['MD', 'NN', 'NNS', 'JJ', 'RB', 'V']) expect(isVerbTag(t)).toBe(false);
  });

  it('an empty sentence has no tags; a position out of range throws', () => {
    expect(pos.tag([])).toEqual([]);
    expect(() => pos.tagAt(['Rebels', 'fled'], 2)).toThrow(RangeError);
    expect(() => pos.tagAt(['Rebels', 'fled'], -1)).toThrow(RangeError);
    expect(() => pos.tagAt([], 0)).toThrow(RangeError);
  });

  it('loadPosTagger returns one shared tagger', () => {
    expect(loadPosTagger()).toBe(pos);
  });

  it('the weight file round-trips and refuses damaged input', () => {
    const buf = pos.model.toBuffer();
    const again = new PosTagger(PosModel.fromBuffer(buf));
    for (const words of sentences) expect(again.tag(words)).toEqual(pos.tag(words));
    expect(() => PosModel.fromBuffer(Buffer.from('not gzip'))).toThrow(/gzip/);
    expect(() => PosModel.fromBuffer(buf.subarray(0, buf.length - 10))).toThrow();
  });
});
