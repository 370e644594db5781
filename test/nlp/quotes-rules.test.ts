import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/nlp/quotes.js';
import { findEntities, type EntityRegistry } from '../../src/nlp/entities.js';
import { findTimes } from '../../src/nlp/times.js';
import { splitSentences } from '../../src/nlp/sentences.js';

// Our own sentences; no registry, so names come from the tagger alone.
const NONE: EntityRegistry = { scan: () => [] };

function direct(text: string): { text: string; speaker?: string }[] {
  const sentences = splitSentences(text);
  const entities = findEntities(text, sentences, NONE);
  const times = findTimes(text, '2019-06-05', sentences);
  return findQuotes(text, sentences, entities, times)
    .filter((q) => q.kind === 'direct')
    .map((q) => {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
      return { text: q.text, ...(q.speaker ? { speaker: q.speaker.text } : {}) };
    });
}
const speakerOf = (text: string): string | undefined => direct(text)[0]?.speaker;

describe('findQuotes: quotation marks', () => {
  it('reads doubled apostrophes and backticks as double quotes', () => {
    expect(direct("''The ferries will run again by July,'' Ms. Varga said.")).toEqual([
      { text: 'The ferries will run again by July', speaker: 'Varga' },
    ]);
    expect(direct("``Nobody warned the villages in time,'' he said.")).toEqual([
      { text: 'Nobody warned the villages in time', speaker: 'he' },
    ]);
  });
  it('nests curly quotes and closes a curly quote with a straight mark', () => {
    expect(direct('“I would rather live in what he calls “chaos” than stay silent,” Lena Ortiz said.')).toEqual([
      { text: 'I would rather live in what he calls “chaos” than stay silent', speaker: 'Lena Ortiz' },
    ]);
    expect(speakerOf('“The audit found nothing at all to worry about," the treasurer said.')).toBe('the treasurer');
  });
  it('keeps a quote that runs on into the next paragraph, with the same speaker', () => {
    const t =
      'Mayor Tom Ekberg said: “The bridge is our lifeline and we will rebuild it this year.\n' +
      '“Every family in the valley depends on it, and they deserve an answer.”';
    expect(direct(t)).toEqual([
      { text: 'The bridge is our lifeline and we will rebuild it this year.', speaker: 'Tom Ekberg' },
      { text: 'Every family in the valley depends on it, and they deserve an answer.', speaker: 'Tom Ekberg' },
    ]);
  });
});

describe('findQuotes: speakers', () => {
  it('takes a titled name with a bracketed party before the verb', () => {
    expect(speakerOf('“It is a warning to all of us,” Rep. Dana Holm (D-Ore.) said Friday.')).toBe('Dana Holm');
  });
  it('takes a long subject with an apposition', () => {
    expect(
      speakerOf('“We will appeal the ruling,” Carl Weiss, the attorney general of the province, said on Monday.'),
    ).toBe('Carl Weiss');
  });
  it('knows manner-of-speaking verbs and roles as speakers', () => {
    expect(speakerOf('“Why is nobody accountable for this?” Senator Ruth Abel demanded.')).toBe('Ruth Abel');
    expect(speakerOf('“Keep your hands where we can see them,” the singer sings in the opening verse.')).toBe(
      'the singer',
    );
    expect(speakerOf('“We have no comment on the matter,” the spokeswoman said.')).toBe('the spokeswoman');
    expect(speakerOf('“Our schools are not for sale,” the letter reads.')).toBe('the letter');
  });
  it('finds the speaker before the quote: verb, participle, colon', () => {
    expect(speakerOf('Ines Varga tweeted: “The vote was rigged from the start.”')).toBe('Ines Varga');
    expect(speakerOf('Governor Paul Ruda rejected the plan, saying, “It costs far too much money.”')).toBe('Paul Ruda');
    expect(speakerOf('In a statement, the ministry wrote, “The border crossing remains closed.”')).toBe('the ministry');
  });
  it('takes the speaker named after a dash', () => {
    expect(speakerOf('“He never answered a single question about the budget.” ― Marta Quiroga')).toBe('Marta Quiroga');
  });
  it('finds the speaker in the paragraph before, ending with a colon', () => {
    expect(speakerOf('She said:\n"We will keep the clinic open for as long as we can."')).toBe('She');
  });
  it('keeps the speaker for a second quote in the same paragraph', () => {
    expect(direct('“We tried,” Ana Ruiz said. “Nobody listened to the farmers.”')).toEqual([
      { text: 'We tried', speaker: 'Ana Ruiz' },
      { text: 'Nobody listened to the farmers.', speaker: 'Ana Ruiz' },
    ]);
  });
});
