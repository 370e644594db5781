/**
 * Bytes → text, with the checks every input goes through before any stage sees it: not empty,
 * not binary, within the size limit, and decodable. A failed check is a `DocumentRejected`
 * with a reason that says what was expected, what was found and what to do.
 */
import iconv from 'iconv-lite';
import { DocumentRejected } from '../errors.js';

/** Default largest input document, in bytes. A news page is rarely over 2 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function checkSize(size: number, source: string, maxBytes: number): void {
  if (size > maxBytes) {
    throw new DocumentRejected(
      'too-large',
      `${source}: expected a document of at most ${fmtBytes(maxBytes)}, found ${fmtBytes(size)}; ` +
        `split it, or raise the limit with --max-bytes`,
    );
  }
}

export function fmtBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** Rejects binary content: known file signatures, NUL bytes, or many control characters. */
export function checkNotBinary(bytes: Uint8Array, source: string): void {
  for (const [name, magic] of MAGIC) {
    if (startsWith(bytes, magic)) {
      throw new DocumentRejected(
        'binary',
        `${source}: expected text, HTML or JSON, found a ${name} file; convert it to text first or leave it out`,
      );
    }
  }
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  // UTF-16 text has NULs too; it is decoded by its BOM before this check.
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) {
      throw new DocumentRejected(
        'binary',
        `${source}: expected text, found NUL bytes (offset ${i}): this is a binary file; leave it out`,
      );
    }
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (n > 0 && control / n > 0.1) {
    throw new DocumentRejected(
      'binary',
      `${source}: expected text, found ${Math.round((100 * control) / n)}% control bytes: this is a binary file; leave it out`,
    );
  }
}

/** A charset declared in the first bytes of an HTML/XML document, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes bytes to a string. A BOM wins; then a charset given by the caller (HTTP header) or
 * declared in the markup; then strict UTF-8. Invalid UTF-8 with no declared charset is
 * rejected rather than silently mangled.
 */
export function decode(bytes: Uint8Array, source: string, charset?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3), source);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be');
  const declared = charset ?? declaredCharset(bytes);
  if (declared && !/^utf-?8$/.test(declared)) {
    if (iconv.encodingExists(declared)) return iconv.decode(Buffer.from(bytes), declared);
  }
  return decodeUtf8(bytes, source);
}

function decodeUtf8(bytes: Uint8Array, source: string): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new DocumentRejected(
      'encoding',
      `${source}: expected UTF-8 text, found an invalid byte sequence at byte ${at}; ` +
        `convert the file to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8) or declare its charset in the HTML`,
    );
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if (bytes[i + k] >> 6 !== 2) return i;
    i += len;
  }
  return i;
}

/** Rejects content with nothing but white space. */
export function checkNotEmpty(text: string, source: string): void {
  if (!/\S/.test(text)) {
    throw new DocumentRejected(
      'empty',
      `${source}: expected a document with text, found ${text.length === 0 ? 'an empty file' : 'only white space'}; leave it out`,
    );
  }
}

/** Guesses whether text is markup rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  return /<(html|head|body|article|div|p)[\s>]/i.test(text.slice(0, 20000)) && /<\/(p|div|body|html)>/i.test(text);
}
