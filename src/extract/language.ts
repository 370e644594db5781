/**
 * Language of an article: a declared `lang` attribute when it is a valid ISO 639-1 code, else the
 * `eld` n-gram detector (extra-small model: loads in ~0.1 s, good on article-length text).
 */
import { eld } from 'eld/extrasmall';

/** `en-GB` → `en`; null when the value is not a plausible ISO 639-1 code. */
export function normaliseLangTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag);
  return m ? m[1].toLowerCase() : null;
}

/** Detects the language of `text`; `und` when the text is too short or the detector has no answer. */
export function detectLanguage(text: string): string {
  const sample = text.length > 3000 ? text.slice(0, 3000) : text;
  if (sample.replace(/[\s\d\p{P}\p{S}]+/gu, '').length < 12) return 'und';
  const r = eld.detect(sample);
  return r.language ? r.language : 'und';
}
