/**
 * URLs and feeds. Only http(s). Addresses that resolve to private, loopback or link-local ranges
 * are refused unless explicitly allowed (`--allow-private`), so a list of URLs cannot be used to
 * probe the machine's own network.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { DocumentRejected } from '../errors.js';
import { fmtBytes } from './decode.js';

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** True for loopback, private, link-local, CGNAT, unique-local and unspecified addresses. */
export function isPrivateAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const [a, b] = ip.split('.').map(Number);
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127) ||
      a >= 224
    );
  }
  const v = ip.toLowerCase();
  if (v.startsWith('::ffff:')) return isPrivateAddress(v.slice(7));
  return v === '::1' || v === '::' || v.startsWith('fc') || v.startsWith('fd') || v.startsWith('fe80');
}

export interface Fetched {
  url: string;
  bytes: Uint8Array;
  charset: string | null;
  kindHint: 'html' | 'text' | 'json' | null;
  contentType: string;
}

export async function fetchUrl(
  url: string,
  opts: { allowPrivate?: boolean; maxBytes: number; timeoutMs?: number },
): Promise<Fetched> {
  const u = new URL(url);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (!opts.allowPrivate) {
    const addrs = isIP(host) ? [{ address: host }] : await lookup(host, { all: true }).catch(() => []);
    if (addrs.length === 0) {
      throw new DocumentRejected(
        'fetch-failed',
        `${url}: expected a host that resolves, found none for "${host}"; check the URL`,
      );
    }
    const bad = addrs.find((a) => isPrivateAddress(a.address));
    if (bad) {
      throw new DocumentRejected(
        'private-address',
        `${url}: resolves to the private address ${bad.address}; refused by default, pass --allow-private to fetch it`,
      );
    }
  }
  const res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(opts.timeoutMs ?? 20000) }).catch(
    (err: Error) => {
      throw new DocumentRejected(
        'fetch-failed',
        `${url}: the request failed (${err.message}); check the URL and the network`,
      );
    },
  );
  if (!res.ok)
    throw new DocumentRejected('fetch-failed', `${url}: expected HTTP 200, found ${res.status} ${res.statusText}`);
  const len = Number(res.headers.get('content-length') ?? 0);
  if (len > opts.maxBytes)
    throw new DocumentRejected('too-large', `${url}: ${fmtBytes(len)} is over the ${fmtBytes(opts.maxBytes)} limit`);
  const reader = res.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > opts.maxBytes) {
      await reader.cancel();
      throw new DocumentRejected(
        'too-large',
        `${url}: more than ${fmtBytes(opts.maxBytes)}; raise --max-bytes to fetch it`,
      );
    }
    chunks.push(value);
  }
  const type = res.headers.get('content-type') ?? '';
  const charset = /charset=([\w:.-]+)/i.exec(type)?.[1]?.toLowerCase() ?? null;
  const kindHint = /html|xml/i.test(type)
    ? 'html'
    : /json/i.test(type)
      ? 'json'
      : /text\/plain/i.test(type)
        ? 'text'
        : null;
  return { url: res.url || url, bytes: Buffer.concat(chunks), charset, kindHint, contentType: type };
}
