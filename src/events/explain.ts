/** Human-readable account of why an event was coded. */
import type { Event } from '../types.js';

function mark(e: Event): string {
  const s = e.sentence;
  const spans: { start: number; end: number; open: string; close: string }[] = [
    { start: e.trigger.start, end: e.trigger.end, open: '[', close: ']' },
    { start: e.source.start, end: e.source.end, open: '<src:', close: '>' },
  ];
  if (e.target) spans.push({ start: e.target.start, end: e.target.end, open: '<tgt:', close: '>' });
  spans.sort((a, b) => b.start - a.start);
  let text = s.text;
  for (const sp of spans) {
    const a = sp.start - s.start;
    const b = sp.end - s.start;
    if (a < 0 || b > text.length) continue;
    text = text.slice(0, a) + sp.open + text.slice(a, b) + sp.close + text.slice(b);
  }
  return text;
}

function who(p: Event['source'] | null): string {
  if (!p) return '(none)';
  const a = p.actor;
  if (!a && !p.text) return 'unidentified (the sentence names no doer)';
  return a ? `"${p.text}" → ${a.name} [${a.id}; ${a.cameo}; ${a.country ?? 'no country'}]` : `"${p.text}" (unresolved)`;
}

export function explain(e: Event): string {
  const lines = [
    `event ${e.id}: ${e.plover.event}${e.plover.mode ? '/' + e.plover.mode : ''} (CAMEO ${e.cameo.code}, Goldstein ${e.cameo.goldstein}, quad ${e.cameo.quad_class})${e.negated ? ' NEGATED' : ''}`,
    `  sentence: ${mark(e)}`,
    `  trigger:  "${e.trigger.text}" at ${e.trigger.start}–${e.trigger.end}`,
    `  rule:     ${e.rule}`,
    `  source:   ${who(e.source)}`,
    `  target:   ${who(e.target)}`,
    `  date:     ${e.date ?? 'unknown'} (${e.date_from === 'text' ? 'from a time expression in the sentence' : e.date_from === 'published' ? 'publication date' : 'no date'})`,
    `  place:    ${e.location ? e.location.text + (e.location.country ? ` (${e.location.country})` : '') : 'none'}`,
    `  confidence ${e.confidence}; context: ${e.plover.context.join(', ') || '-'}`,
  ];
  // the article's other sentences that report the same event (merged into this one)
  for (const r of e.reports ?? []) lines.push(`  also reported: ${r.text}`);
  return lines.join('\n');
}
