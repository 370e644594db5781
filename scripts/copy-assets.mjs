// After `tsc`: make data/ and web/ reachable from the compiled tree (dist/), which resolves them
// relative to the package root (src/paths.ts); nothing is copied, so there is one copy of the data.
import { existsSync, mkdirSync, symlinkSync, lstatSync, unlinkSync } from 'node:fs';
import { chmodSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
for (const dir of ['data', 'web']) {
  const link = `dist/${dir}`;
  if (
    existsSync(link) ||
    (() => {
      try {
        return lstatSync(link).isSymbolicLink();
      } catch {
        return false;
      }
    })()
  )
    unlinkSync(link);
  symlinkSync(`../${dir}`, link, 'dir');
}
if (existsSync('dist/src/cli/index.js')) chmodSync('dist/src/cli/index.js', 0o755);
