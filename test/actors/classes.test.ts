import { describe, expect, it } from 'vitest';
import type { EntityType, Linked } from '../../src/types.js';
import { loadRegistry, resolveStage } from '../../src/actors/index.js';
import { noDebug } from '../../src/pipeline.js';
import { annotatedFixture } from '../helpers/annotated.js';

/** One-sentence (or few-sentence) article, entities given as [text, type] in order of appearance. */
function run(text: string, ents: [string, EntityType][] = [], published = '2024-05-01'): Linked {
  return resolveStage.run(annotatedFixture(text, published, ents, 'c1'), { published: null, debug: noDebug });
}

/** The cameo code of the mention whose text is `text`, or what the mentions were. */
function code(linked: Linked, text: string): string {
  const m = linked.mentions.find((x) => x.text === text);
  return m ? m.actor.cameo : `none of: ${linked.mentions.map((x) => `${x.text}=${x.actor.cameo}`).join(' | ')}`;
}

describe('actor classes of news phrases', () => {
  it('gives every country of the Phoenix list a country code, with its sectors', () => {
    const reg = loadRegistry();
    expect(reg.resolve('Guyana', null)?.country).toBe('GUY');
    expect(reg.resolve("Liberia's government", null)?.cameo).toBe('LBRGOV');
    expect(reg.compose('FJI', 'MIL')?.cameo).toBe('FJIMIL');
  });

  it('reads a city record as its country when composing ("Leipzig police")', () => {
    const a = loadRegistry().resolve('Leipzig police', null);
    expect(a?.country).toBe('DEU');
    expect(a?.sector).toBe('COP');
  });

  it('takes the country of a possessive before an institution named without one', () => {
    const l = run("Lawmakers in Ruritania's neighbour Chad's National Assembly voted on Tuesday.", [
      ['National Assembly', 'ORG'],
    ]);
    expect(code(l, "Chad's National Assembly")).toBe('TCDLEG');
  });

  it('lets a lower-case modifier stand between a country word and an agent head', () => {
    expect(code(run("Astana's energy ministry said exports would resume."), "Astana's energy ministry")).toBe('KAZGOV');
    expect(code(run('Indian tax officials searched the offices.'), 'Indian tax officials')).toBe('INDGOV');
    expect(code(run('Nigerian labour unions began a strike.'), 'Nigerian labour unions')).toBe('NGALAB');
  });

  it('does not run an agent phrase over a verb', () => {
    const l = run('China launched large-scale military drills on Thursday.');
    expect(l.mentions.some((m) => /launched/.test(m.text))).toBe(false);
  });

  it('reads an organisation before a title and a person as the organisation', () => {
    const l = run('African Union envoy Olusegun Obasanjo met officials in Mekelle.', [
      ['African Union', 'ORG'],
      ['Olusegun Obasanjo', 'PER'],
    ]);
    expect(code(l, 'African Union envoy Olusegun Obasanjo')).toMatch(/^IGO/);
  });

  it("reads an organisation's own people after its name as the organisation", () => {
    expect(code(run('Taliban representatives met diplomats in Doha.'), 'Taliban representatives')).toBe('AFGGOV');
    expect(code(run("Hamas's armed wing fired rockets."), "Hamas's armed wing")).toBe('PSEREBHMS');
    expect(code(run('NATO officials met on Monday.'), 'NATO officials')).toMatch(/^IGOWSTNAT/);
  });

  it('reads "supporters of X" as the supporters, not X', () => {
    const l = run('Supporters of jailed opposition leader Alexei Navalny marched in Moscow on Sunday.', [
      ['Alexei Navalny', 'PER'],
    ]);
    const m = l.mentions.find((x) => x.text.startsWith('Supporters of'));
    expect(m?.actor.country).toBe('RUS');
    expect(m?.actor.id).not.toBe(loadRegistry().resolve('Alexei Navalny', '2020-01-01')?.id);
  });

  it('knows more ruling bodies and agencies', () => {
    expect(code(run('The Treasury Department imposed sanctions.'), 'Treasury Department')).toBe('USAGOV');
    expect(code(run("Senegal's ruling coalition named its candidate."), "Senegal's ruling coalition")).toBe('SENGOV');
    expect(code(run('The World Trade Organization ruled on the dispute.'), 'World Trade Organization')).toMatch(/^IGO/);
  });

  it('reads a capital after "The" of its own name or a compass adjective as a place', () => {
    expect(code(run('A tribunal in The Hague ruled on Tuesday.'), 'Hague')).toBe('NLD');
    expect(code(run('Thousands marched through central London on Saturday.'), 'London')).toBe('GBR');
  });

  it('gives no actor to a dateline place or the agency credited in it', () => {
    const l = run('DUBAI, Nov 6 (Reuters) - Iran said it would respond.', [
      ['DUBAI', 'GPE'],
      ['Reuters', 'ORG'],
      ['Iran', 'GPE'],
    ]);
    expect(l.mentions.map((m) => m.text)).not.toContain('DUBAI');
    expect(l.mentions.map((m) => m.text)).not.toContain('Reuters');
    expect(code(l, 'Iran')).toBe('IRN');
  });
});
