import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/nlp/quotes.js';
import { findEntities, type EntityRegistry } from '../../src/nlp/entities.js';
import { findTimes } from '../../src/nlp/times.js';
import { splitSentences } from '../../src/nlp/sentences.js';

const NONE: EntityRegistry = { scan: () => [] };

function quotes(text: string): { kind: string; text: string; speaker?: string }[] {
  const sentences = splitSentences(text);
  const entities = findEntities(text, sentences, NONE);
  const times = findTimes(text, '2020-03-04', sentences);
  return findQuotes(text, sentences, entities, times).map((q) => {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
    return { kind: q.kind, text: q.text, ...(q.speaker ? { speaker: q.speaker.text } : {}) };
  });
}

describe('findQuotes: direct quotes', () => {
  it('finds the speaker after the quote: name + verb, verb + name, pronoun', () => {
    expect(quotes('"The harbour will stay open to all ships," Mr Dalby told reporters in Tromso.')).toEqual([
      { kind: 'direct', text: 'The harbour will stay open to all ships', speaker: 'Dalby' },
    ]);
    expect(quotes('"We have no plans to leave the valley," said Governor Ines Tallo.')).toEqual([
      { kind: 'direct', text: 'We have no plans to leave the valley', speaker: 'Ines Tallo' },
    ]);
    expect(quotes('“Nobody expected the river to rise so fast,” she said.')).toEqual([
      { kind: 'direct', text: 'Nobody expected the river to rise so fast', speaker: 'she' },
    ]);
  });

  it('takes the subject noun phrase before the verb, skipping an inserted time', () => {
    expect(
      quotes('"Both sides agreed that the bridge must be rebuilt soon," the Harbour Council said in a statement.'),
    ).toEqual([
      { kind: 'direct', text: 'Both sides agreed that the bridge must be rebuilt soon', speaker: 'Harbour Council' },
    ]);
    expect(quotes('The Harbour Council on Monday said the decision was "a welcome step".')[0]).toMatchObject({
      kind: 'direct',
      text: 'a welcome step',
      speaker: 'Harbour Council',
    });
  });

  it('finds the speaker before the quote, spans sentences, and keeps an ellipsis', () => {
    expect(quotes('Pressed on the matter, Tallo said, "Farmers ... cannot wait. They need water now."')).toEqual([
      { kind: 'direct', text: 'Farmers ... cannot wait. They need water now.', speaker: 'Tallo' },
    ]);
  });

  it('continues the speaker of the previous quote, and drops short scare quotes', () => {
    const t =
      '"We stay in close touch with our partners," spokeswoman Ana Ruiz said.\n"If the offer is real, we would welcome it."\nThe so-called "blue line" was drawn in 1990.';
    expect(quotes(t)).toEqual([
      { kind: 'direct', text: 'We stay in close touch with our partners', speaker: 'Ana Ruiz' },
      { kind: 'direct', text: 'If the offer is real, we would welcome it.', speaker: 'Ana Ruiz' },
    ]);
  });

  it('accepts single-quoted phrases only in a reporting sentence', () => {
    const t = "Ruiz said both camps found 'shared goals' on trade. The 'green zone' stays closed.";
    expect(quotes(t)).toEqual([
      { kind: 'direct', text: 'shared goals', speaker: 'Ruiz' },
      { kind: 'indirect', text: "both camps found 'shared goals' on trade", speaker: 'Ruiz' },
    ]);
  });
});

describe('findQuotes: indirect quotes', () => {
  it('takes the clause after "said (that)" and "according to X"', () => {
    expect(quotes('Minister Olav Brekke said that the two delegations had found a compromise.')).toEqual([
      { kind: 'indirect', text: 'the two delegations had found a compromise', speaker: 'Olav Brekke' },
    ]);
    expect(quotes('The port will reopen on Friday, according to the Ministry of Transport.')).toEqual([
      { kind: 'indirect', text: 'The port will reopen on Friday', speaker: 'Ministry of Transport' },
    ]);
  });
  it('skips a "told" without a clause and keeps one with "that"', () => {
    expect(quotes('Brekke told reporters in Oslo.')).toEqual([]);
    expect(quotes('Brekke told reporters that the ferry lines would resume.')).toEqual([
      { kind: 'indirect', text: 'the ferry lines would resume', speaker: 'Brekke' },
    ]);
  });
});
