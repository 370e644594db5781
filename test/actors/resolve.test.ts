import { describe, expect, it } from 'vitest';
import type { EntityType, Linked } from '../../src/types.js';
import { resolveStage } from '../../src/actors/index.js';
import { noDebug } from '../../src/pipeline.js';
import { annotatedFixture } from '../helpers/annotated.js';

function run(
  text: string,
  published: string | null,
  ents: [string, EntityType][] = [],
  ctxPublished: string | null = null,
): Linked {
  return resolveStage.run(annotatedFixture(text, published, ents), { published: ctxPublished, debug: noDebug });
}

function mention(linked: Linked, text: string, nth = 0) {
  const ms = linked.mentions.filter((m) => m.text === text);
  if (!ms[nth])
    throw new Error(`no mention "${text}" (#${nth}); mentions: ${linked.mentions.map((m) => m.text).join(' | ')}`);
  return ms[nth];
}

describe('resolveStage', () => {
  it('is the resolve stage: annotated → linked', () => {
    expect(resolveStage).toMatchObject({ name: 'resolve', needs: 'annotated', produces: 'linked' });
  });

  it('keeps offsets exact and never overlaps mentions', () => {
    const text =
      'Russia’s Foreign Minister Sergei Lavrov met Turkish officials in Ankara. He said “the talks went well.”';
    const linked = run(text, '2016-10-04');
    let end = -1;
    for (const m of linked.mentions) {
      expect(m.text).toBe(text.slice(m.start, m.end));
      expect(m.start).toBeGreaterThanOrEqual(end);
      end = m.end;
    }
  });

  it('reads a title and a name as one mention of the person', () => {
    const text = 'US President Donald Trump phoned his Russian counterpart on Tuesday.';
    const linked = run(text, '2017-05-03', [
      ['US', 'GPE'],
      ['Donald Trump', 'PER'],
    ]);
    expect(mention(linked, 'US President Donald Trump')).toMatchObject({
      via: 'name',
      actor: { id: 'donald_trump', cameo: 'USAGOV' },
    });
    expect(mention(linked, 'Russian counterpart').actor.cameo).toBe('RUSGOV');
    // entities: the name gets the person, the country keeps the country
    expect(linked.entities[1].actor?.id).toBe('donald_trump');
    expect(linked.entities[0].actor?.cameo).toBe('USA');
  });

  it('uses the role valid at the article date, falling back to ctx.published', () => {
    const text = 'John Kerry spoke to reporters in Oslo.';
    expect(mention(run(text, '2016-12-10'), 'John Kerry').actor.cameo).toBe('USAGOV');
    expect(mention(run(text, '2018-02-01'), 'John Kerry').actor.cameo).not.toBe('USAGOV');
    expect(mention(run(text, null, [], '2016-12-10'), 'John Kerry').actor.cameo).toBe('USAGOV');
  });

  it('resolves institutions, capitals and demonyms', () => {
    const text =
      'The Kremlin rejected the claim. Moscow and Kyiv traded accusations, while monitors in Kyiv counted Russian drones.';
    const linked = run(text, '2023-03-01');
    expect(mention(linked, 'Kremlin').actor.cameo).toBe('RUSGOV');
    expect(mention(linked, 'Moscow').actor.cameo).toBe('RUSGOV');
    expect(mention(linked, 'Kyiv', 0).actor.cameo).toBe('UKRGOV');
    expect(mention(linked, 'Kyiv', 1).actor.cameo).toBe('UKR'); // a place after "in"
    expect(mention(linked, 'Russian drones')).toMatchObject({ via: 'agent', actor: { cameo: 'RUSMIL' } });
  });

  it('composes country words and agent nouns', () => {
    const text =
      'The Russian Defence Ministry said Syrian government forces had advanced. Syrian rebel forces withdrew, and Turkish officials urged calm. Civilians fled.';
    const linked = run(text, '2016-12-10');
    expect(mention(linked, 'Russian Defence Ministry')).toMatchObject({ via: 'agent', actor: { cameo: 'RUSMIL' } });
    expect(mention(linked, 'Syrian government forces').actor.cameo).toBe('SYRMIL');
    expect(mention(linked, 'Syrian rebel forces').actor.cameo).toBe('SYRREB');
    expect(mention(linked, 'Turkish officials').actor.cameo).toBe('TURGOV');
    expect(mention(linked, 'Civilians').actor).toMatchObject({ sector: 'CVL', country: null });
  });

  it('takes the country of civilians from "in <country>"', () => {
    const linked = run('Aid reached civilians in Yemen last week.', '2019-01-01');
    expect(mention(linked, 'civilians').actor.cameo).toBe('YEMCVL');
  });

  it('does not give the backer’s country to "X-backed" forces', () => {
    const linked = run('Iranian-backed forces and Kurdish fighters clashed near the river.', '2017-01-01');
    const backed = mention(linked, 'Iranian-backed forces').actor;
    expect(backed.country).toBeNull();
    expect(backed.sector).toBe('REB');
    expect(mention(linked, 'Kurdish fighters').actor.cameo.startsWith('KUR')).toBe(true);
  });

  it('links short names and "Mr X" to the person named earlier', () => {
    const text = 'Defense Secretary Ash Carter arrived in Kuwait. Mr Carter met commanders there. Carter then left.';
    const linked = run(text, '2016-12-10', [
      ['Ash Carter', 'PER'],
      ['Kuwait', 'GPE'],
      ['Carter', 'PER'],
      ['Carter', 'PER'],
    ]);
    expect(mention(linked, 'Mr Carter')).toMatchObject({ via: 'coref', actor: { id: 'ash_carter' } });
    expect(mention(linked, 'Carter', 0).actor.id).toBe('ash_carter');
    expect(linked.entities[2].actor?.id).toBe('ash_carter');
  });

  it('prefers the earlier full name over another person of the same surname', () => {
    // "Trudeau" alone is ambiguous in the registry; the article says which one.
    const text = 'Justin Trudeau arrived in Ottawa. Trudeau said the talks were useful.';
    const linked = run(text, '2018-06-01', [
      ['Justin Trudeau', 'PER'],
      ['Ottawa', 'GPE'],
      ['Trudeau', 'PER'],
    ]);
    expect(mention(linked, 'Trudeau').actor.id).toBe('justin_trudeau');
  });

  it('resolves he/she to the subject of a recent sentence, matching gender', () => {
    const text = 'Angela Merkel met Vladimir Putin in Sochi. She said the meeting was frank. He did not comment.';
    const linked = run(text, '2017-05-02');
    expect(mention(linked, 'She')).toMatchObject({ via: 'coref', actor: { id: 'angela_merkel' } });
    expect(mention(linked, 'He').actor.id).toBe('vladimir_putin');
  });

  it('does not resolve a pronoun more than two sentences back', () => {
    const text = 'Sergey Lavrov arrived. The weather was cold. Roads were closed. Schools shut. He spoke later.';
    const linked = run(text, '2015-12-15');
    expect(linked.mentions.some((m) => m.text === 'He')).toBe(false);
  });

  it('skips people inside a quotation when resolving "he said"', () => {
    const text = 'John Kerry spoke in Rome. “Russia and Assad must stop the bombing,” he said.';
    const linked = run(text, '2016-12-10');
    expect(mention(linked, 'he').actor.id).toBe('john_kerry');
  });

  it('resolves "the US president" and "the Russian leader" to the person holding the role', () => {
    const text = 'Donald Trump spoke with Vladimir Putin. The US president later praised the Russian leader.';
    const linked = run(text, '2017-05-03');
    expect(mention(linked, 'US president')).toMatchObject({ via: 'coref', actor: { id: 'donald_trump' } });
    expect(mention(linked, 'Russian leader').actor.id).toBe('vladimir_putin');
  });

  it('resolves "the regime" to the last regime or government mentioned', () => {
    const text =
      'Observers blamed the Syrian regime for the siege. The US condemned it. Later the regime denied everything.';
    const linked = run(text, '2016-12-10');
    expect(mention(linked, 'regime').actor.cameo).toBe('SYRGOV');
    expect(mention(linked, 'Syrian regime').actor.cameo).toBe('SYRGOV');
  });

  it('gives bare "government forces" the government named in the same sentence', () => {
    const text = 'The US watched closely. Government forces loyal to President Bashar al-Assad shelled the town.';
    const linked = run(text, '2016-12-10');
    expect(mention(linked, 'Government forces').actor.cameo).toBe('SYRMIL');
  });

  it('reads a name before an agent noun as that actor’s country + sector', () => {
    const linked = run('Assad forces shelled the town while the Trump administration watched.', '2017-05-03');
    expect(mention(linked, 'Assad forces').actor.cameo).toBe('SYRMIL');
    expect(mention(linked, 'Trump administration').actor.cameo).toBe('USAGOV');
  });

  it('recognises every name of the Islamic State, and IS only when capitalised', () => {
    const text = 'Daesh lost ground. The group, known as ISIL or IS, is retreating; this is what officials expected.';
    const linked = run(text, '2016-08-12');
    const isil = linked.mentions.filter((m) => m.actor.id === 'ISIL').map((m) => m.text);
    // "The group" is the armed group named just before
    expect(isil).toEqual(['Daesh', 'group', 'ISIL', 'IS']);
    expect(mention(linked, 'group').via).toBe('coref');
  });

  it('links NER entities the chunker did not cover', () => {
    const text = 'In a statement, the OPCW said its inspectors would travel.';
    const linked = run(text, '2018-04-10', [['OPCW', 'ORG']]);
    expect(linked.entities[0].actor?.id).toBe('opcw');
    expect(mention(linked, 'OPCW').via).toBe('name');
  });

  it('leaves unknown entities without an actor', () => {
    const linked = run('Zorblax Quemby visited the farm.', '2018-04-10', [['Zorblax Quemby', 'PER']]);
    expect(linked.entities[0].actor).toBeUndefined();
    expect(linked.mentions).toEqual([]);
  });
});

describe('datelines', () => {
  it('a capital opening a line before "(Agency) -" or a dash names where the story was filed, no actor', () => {
    for (const text of [
      'ANKARA (Wire) - Turkey closed the crossing.',
      'MOSCOW — Russia summoned the envoy.',
      'Tehran, Oct. 3 (Agency) – Iran test-fired a missile.',
    ]) {
      const l = run(text, '2016-10-04');
      const first = text.slice(0, text.search(/[\s,]/));
      expect(l.mentions.filter((m) => m.text === first)).toEqual([]);
    }
  });
  it('a capital as a subject in mid-line still stands for its government', () => {
    const l = run('Officials met on Monday. Moscow — angry at the move — summoned the envoy.', '2016-10-04');
    expect(mention(l, 'Moscow').actor.cameo).toBe('RUSGOV');
  });
});
