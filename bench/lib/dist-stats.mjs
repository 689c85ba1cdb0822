// Size figures of one built site: what it weighs on a host and what one lesson page costs a reader.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inspectDist, walk } from '../../scripts/check-dist.mjs';

/** Lesson pages compared across sizes and with Starlight: the course's first lesson in each language. */
export const SAMPLE_LESSONS = [
  '/en/modules/fundamentals/what-a-trace-is/index.html',
  '/es/modules/fundamentals/what-a-trace-is/index.html',
];

const bytesUnder = (dir) => (existsSync(dir) ? walk(dir).reduce((n, f) => n + statSync(f).size, 0) : 0);

/**
 * @param {string} dist
 * @param {string[]} [extraPages] more dist paths to measure (a synthetic lesson deep in the course)
 */
export function distStats(dist, extraPages = []) {
  const site = inspectDist(dist);
  const lessonPages = {};
  for (const path of [...SAMPLE_LESSONS, ...extraPages]) {
    const file = join(dist, path);
    if (existsSync(file)) lessonPages[path] = site.pageBytes(file);
  }
  return {
    pages: site.htmlFiles.length,
    files: site.files.length,
    distBytes: site.files.reduce((n, f) => n + statSync(f).size, 0),
    searchIndexBytes: bytesUnder(join(dist, 'pagefind')),
    lessonPages,
  };
}
