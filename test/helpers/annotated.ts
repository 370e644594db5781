/**
 * Builds an Annotated record by hand for stage tests: sentences split after `.`, `!` or `?`,
 * entities given as [text, type] in order of appearance (each found after the previous one).
 */
import type { Annotated, Entity, EntityType, Span } from '../../src/types.js';

export function annotatedFixture(
  text: string,
  published: string | null,
  ents: [string, EntityType][] = [],
  id = 'a1',
): Annotated {
  const sentences: Span[] = [];
  const re = /[^.!?]+[.!?]+["”]?\s*|[^.!?]+$/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m[0].replace(/\s+$/, '');
    if (s) sentences.push({ start: m.index, end: m.index + s.length });
  }
  const entities: Entity[] = [];
  let from = 0;
  for (const [t, type] of ents) {
    const start = text.indexOf(t, from);
    if (start < 0) throw new Error(`fixture: "${t}" not found after ${from}`);
    entities.push({ start, end: start + t.length, text: t, type });
    from = start + t.length;
  }
  return {
    article: {
      id,
      source: 'test',
      url: null,
      outlet: null,
      title: null,
      published,
      published_from: published ? 'input' : null,
      language: 'en',
      authors: [],
      text,
    },
    sentences,
    entities,
    times: [],
    quantities: [],
    quotes: [],
  };
}
