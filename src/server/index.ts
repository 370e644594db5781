/**
 * `chronicle serve`: opens the store read-only, builds the app and listens (loopback by default).
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve as honoServe, type ServerType } from '@hono/node-server';
import { ROOT, WEB_DIR } from '../paths.js';
import { DEFAULT_DB, isPostgresSpec, openStore } from '../store/index.js';
import { StoreError, type Store } from '../store/store.js';
import { createApp, type AppOptions } from './app.js';

export { createApp, SECURITY_HEADERS, API_MAX_LIMIT, DOWNLOAD_MAX_LIMIT, type AppOptions } from './app.js';

export interface ServeOptions {
  /** `--db`: SQLite path or postgres:// URL (default ./chronicle.db). */
  db?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Use this store instead of opening `db` (it is not closed by `close()`). */
  store?: Store;
  webDir?: string | null;
  log?: (message: string) => void;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8080/` */
  url: string;
  host: string;
  port: number;
  /** True when bound to an address other machines can reach. */
  exposed: boolean;
  close(): Promise<void>;
}

export function chronicleVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Opens a store for serving: read-only when the database exists and is current; a missing or
 * older SQLite database is created/migrated first, then reopened read-only.
 */
export function openForServing(db: string): Store {
  if (isPostgresSpec(db)) return openStore(db);
  try {
    return openStore(db, { readonly: true });
  } catch (err) {
    if (!(err instanceof StoreError) || (err.code !== 'not-found' && err.code !== 'schema-pending')) throw err;
    const rw = openStore(db);
    void rw.close();
    return openStore(db, { readonly: true });
  }
}

export async function serve(options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StoreError('bad-param', `--port: expected a whole number from 0 to 65535, found ${port}`);
  }
  const store = options.store ?? openForServing(options.db ?? DEFAULT_DB);
  const appOptions: AppOptions = {
    version: chronicleVersion(),
    webDir: options.webDir === undefined ? WEB_DIR : options.webDir,
    log: options.log,
  };
  // DNS-rebinding guard on loopback: the Host header must name this server. The list needs the
  // bound port, known once listening.
  let hosts: string[] | undefined;
  const app = createApp(store, { ...appOptions, allowedHosts: isLoopback(host) ? () => hosts ?? [] : undefined });
  let server: ServerType | undefined;
  const info = await new Promise<AddressInfo>((resolve, reject) => {
    server = honoServe(
      {
        fetch: app.fetch,
        hostname: host,
        port,
        serverOptions: { maxHeaderSize: 16 * 1024, requestTimeout: 60_000, headersTimeout: 15_000 },
      },
      (addr) => {
        const names = ['127.0.0.1', 'localhost', '[::1]'];
        hosts = names.map((n) => `${n}:${addr.port}`).concat(addr.port === 80 ? names : []);
        resolve(addr);
      },
    );
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(new Error(`serve: ${host}:${port} is already in use; choose another --port`));
      else if (err.code === 'EACCES')
        reject(new Error(`serve: not allowed to listen on ${host}:${port}; choose a --port above 1023`));
      else reject(err);
    });
  });
  const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  return {
    url: `http://${shownHost}:${info.port}/`,
    host: info.address,
    port: info.port,
    exposed: !isLoopback(info.address),
    close: () =>
      new Promise<void>((resolve) => {
        server?.close(() => resolve());
        if (!options.store) void store.close();
      }),
  };
}
