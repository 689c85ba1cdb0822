// Throwaway copies of the project for the benchmark's builds.
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Not needed to build the site, or rebuilt by the build itself. */
const SKIP = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.git',
  'bench',
  'tests',
  'test-results',
  'playwright-report',
  'blob-report',
  'docs',
]);

/**
 * A node_modules whose entries link to the project's, but which is a folder of its own: Astro keeps
 * its content cache in node_modules/.astro and Vite in node_modules/.vite, so a plain link to the
 * project's node_modules would let the benchmark overwrite the caches of the real checkout.
 *
 * Packages named in `copy` are copied instead of linked. Astro only compiles an .astro component
 * from a package correctly when the file's real path shares a folder with the project's root, so
 * packages that ship components (Starlight) must really live inside a project built in /tmp.
 */
export function linkNodeModules(root, dest, copy = []) {
  const from = join(root, 'node_modules');
  const target = join(dest, 'node_modules');
  mkdirSync(target, { recursive: true });
  const scopes = new Set(copy.filter((p) => p.startsWith('@')).map((p) => p.split('/')[0]));
  for (const name of readdirSync(from)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    if (copy.includes(name)) cpSync(join(from, name), join(target, name), { recursive: true });
    else if (scopes.has(name)) {
      mkdirSync(join(target, name));
      for (const inner of readdirSync(join(from, name))) {
        const pkg = `${name}/${inner}`;
        if (copy.includes(pkg)) cpSync(join(from, pkg), join(target, pkg), { recursive: true });
        else symlinkSync(join(from, pkg), join(target, pkg));
      }
    } else symlinkSync(join(from, name), join(target, name));
  }
}

/** Copies what `npm run build` needs (sources, content, config, scripts) into `dest`. */
export function copyProject(root, dest) {
  mkdirSync(dest, { recursive: true });
  for (const name of readdirSync(root)) {
    if (SKIP.has(name)) continue;
    cpSync(join(root, name), join(dest, name), { recursive: true });
  }
  linkNodeModules(root, dest);
}
