/**
 * Bytes of an HTML page → string: BOM, then a declared charset (`<meta charset>`, http-equiv
 * content-type, XML declaration) in the first 4 KB, then strict UTF-8, then windows-1252.
 * Non-UTF-8 charsets (windows-1251, GB2312/GBK, Shift_JIS, ISO-8859-x, …) decode via iconv-lite.
 */
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** Charset used. */
  charset: string;
  /** How it was chosen. */
  from: 'bom' | 'declared' | 'utf8-valid' | 'fallback';
}

const ALIASES: Record<string, string> = {
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-sjis': 'shift_jis',
  utf8: 'utf-8',
};

/** Charset declared in the head of the page, lower-cased, or null. */
export function declaredCharset(head: string): string | null {
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

export function decodeHtmlBytes(buf: Uint8Array, headerCharset?: string | null): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), charset: 'utf-8', from: 'bom' };
  }
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const le = buf[0] === 0xff;
    return {
      text: iconv.decode(Buffer.from(buf.subarray(2)), le ? 'utf-16le' : 'utf-16be'),
      charset: le ? 'utf-16le' : 'utf-16be',
      from: 'bom',
    };
  }
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  let cs = (headerCharset ?? declaredCharset(head))?.toLowerCase() ?? null;
  if (cs) cs = ALIASES[cs] ?? cs;
  if (cs && cs !== 'utf-8' && iconv.encodingExists(cs)) {
    // a page declaring a legacy charset but actually in valid UTF-8 is common: prefer UTF-8 when it decodes
    // strictly and contains multi-byte sequences
    const utf8 = tryUtf8(buf);
    if (utf8 !== null && /[^\x00-\x7f]/.test(utf8)) return { text: utf8, charset: 'utf-8', from: 'utf8-valid' };
    return { text: iconv.decode(Buffer.from(buf), cs), charset: cs, from: 'declared' };
  }
  const utf8 = tryUtf8(buf);
  if (utf8 !== null) return { text: utf8, charset: 'utf-8', from: cs ? 'declared' : 'utf8-valid' };
  return { text: iconv.decode(Buffer.from(buf), 'windows-1252'), charset: 'windows-1252', from: 'fallback' };
}

function tryUtf8(buf: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}
