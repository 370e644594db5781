/**
 * Where the project's own files are, whether running from `src/` (tsx, vitest) or from the
 * compiled `dist/src/` (the `chronicle` binary): the repository root is the nearest folder
 * above this module that holds Chronicle's package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'chronicle') return dir;
      } catch {
        /* not ours; keep walking */
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`chronicle: cannot find the project root above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** The repository (package) root. */
export const ROOT = findRoot();
/** Shipped data: actor registry, ontology, model weights. */
export const DATA_DIR = join(ROOT, 'data');
/** Static web UI. */
export const WEB_DIR = join(ROOT, 'web');
/** The development data beside the repository (`../shared`), present in development and CI only. */
export const SHARED_DIR = resolve(ROOT, '..', 'shared');

export function dataPath(...parts: string[]): string {
  return join(DATA_DIR, ...parts);
}
