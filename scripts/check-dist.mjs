// After `npm run build`: every internal link, anchor and asset in dist/ resolves, and every page is
// within the size budgets in budgets.config.mjs. Prints a table per page type; exits 1 on failure.
// `npm run check:dist -- [dist-dir]` checks another build (the benchmark's synthetic ones).
// The measuring functions are exported for scripts/transfer-report.mjs and bench/.
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, posix, resolve, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { budgets, pageTypes } from '../budgets.config.mjs';

/** Formats a host would gzip on the fly; the others (PNG, WOFF2, Pagefind's .pf_* files) already are compressed. */
const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.webmanifest',
  '.wasm',
  '.map',
  '',
]);

/** Bytes a host sends for this file: gzip for text formats, as stored for the rest. */
export function transferBytes(buf, name) {
  return COMPRESSIBLE.has(extname(name).toLowerCase()) ? gzipSync(buf, { level: 9 }).length : buf.length;
}

export function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    return d.isDirectory() ? walk(full) : [full];
  });
}

/** The page type of a dist path (`/en/glossary/index.html`), from budgets.config.mjs. */
export function classifyPage(pagePath) {
  return pageTypes.find((p) => p.match.test(pagePath)) ?? { type: 'other' };
}

/**
 * Reads one built site. Every size is what a first visit to one page downloads, each file counted
 * once, gzipped as a host would serve it; file sizes are cached, so measuring thousands of pages
 * that share their CSS and JS stays fast.
 */
export function inspectDist(dist) {
  const sizeCache = new Map();
  const textCache = new Map();
  const read = (f) => {
    if (!textCache.has(f)) textCache.set(f, readFileSync(f, 'utf8'));
    return textCache.get(f);
  };
  const fileBytes = (f) => {
    if (!sizeCache.has(f)) sizeCache.set(f, transferBytes(readFileSync(f), f));
    return sizeCache.get(f);
  };
  const pagePathOf = (file) => '/' + relative(dist, file).split('\\').join('/');

  const resolved = new Map();
  /** dist path for a site URL path, or undefined when nothing is served there. */
  function resolvePath(urlPath) {
    if (!resolved.has(urlPath)) {
      const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]);
      const candidates = clean.endsWith('/')
        ? [join(dist, clean, 'index.html')]
        : [join(dist, clean), join(dist, clean, 'index.html')];
      resolved.set(
        urlPath,
        candidates.find((c) => existsSync(c) && statSync(c).isFile()),
      );
    }
    return resolved.get(urlPath);
  }

  // What each JS file imports, read once: every page of a kind shares the same files.
  const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g;
  const ANY_IMPORT = /(?:(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?|\bimport\(\s*)["'`]([^"'`]+)["'`]/g;
  const importCache = new Map();
  const importsOf = (file, lazy) => {
    const key = `${lazy ? 'lazy' : 'static'} ${file}`;
    if (!importCache.has(key)) {
      importCache.set(
        key,
        [...read(file).matchAll(lazy ? ANY_IMPORT : STATIC_IMPORT)].map((m) => m[1]),
      );
    }
    return importCache.get(key);
  };

  /**
   * JS files a page loads up front: module scripts, what they import statically, and its islands.
   * With `lazy`, also what those files may import later (`import("./x.js")`: code loaded on first
   * use, which the offline copy must hold too).
   */
  function jsFiles(html, { lazy = false } = {}) {
    const seen = new Set();
    const visit = (urlPath) => {
      const f = resolvePath(urlPath);
      if (!f || seen.has(f)) return;
      seen.add(f);
      for (const spec of importsOf(f, lazy)) {
        visit(spec.startsWith('/') ? spec : posix.join(posix.dirname(urlPath), spec));
      }
    };
    for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) visit(m[1]);
    for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) visit(m[1]);
    for (const [island] of html.matchAll(/<astro-island\b[^>]*>/g)) {
      for (const m of island.matchAll(/\s(?:component|renderer|before-hydration)-url="([^"]+)"/g)) visit(m[1]);
    }
    return seen;
  }

  function jsBytes(html) {
    const files = jsFiles(html);
    const inline =
      html.match(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>[\s\S]*?<\/script>/g) ?? [];
    const inlineBytes = inline.length ? gzipSync(Buffer.from(inline.join('')), { level: 9 }).length : 0;
    return [...files].reduce((n, f) => n + fileBytes(f), 0) + inlineBytes;
  }

  function cssFiles(html) {
    return [
      ...new Set(
        [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
          .map((m) => resolvePath(m[1]))
          .filter(Boolean),
      ),
    ];
  }

  /**
   * As the browser fetches it: each linked stylesheet is its own gzip transfer (two files cost more
   * than their concatenation would), plus the page's inline <style> blocks.
   */
  function cssBytes(html) {
    const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    const inlineBytes = inline ? gzipSync(Buffer.from(inline), { level: 9 }).length : 0;
    return cssFiles(html).reduce((n, f) => n + fileBytes(f), 0) + inlineBytes;
  }

  /** Images and fonts requested up front: icons, eager <img>, preloads, url() in the page's CSS. */
  function mediaFiles(html) {
    const urls = [];
    for (const [tag] of html.matchAll(/<img\b[^>]*>/g)) {
      const src = tag.match(/\ssrc="([^"]+)"/);
      if (src && !/\sloading="lazy"/.test(tag)) urls.push(src[1]);
    }
    for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
      const href = tag.match(/\shref="([^"]+)"/);
      if (href && /\srel="(?:icon|shortcut icon|preload)"/.test(tag) && !/\sas="(?:script|style)"/.test(tag))
        urls.push(href[1]);
    }
    const css =
      cssFiles(html).map(read).join('') +
      [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) if (!m[1].startsWith('data:')) urls.push(m[1]);
    return [
      ...new Set(
        urls
          .filter((u) => !/^(https?:|data:)/.test(u))
          .map(resolvePath)
          .filter(Boolean),
      ),
    ];
  }

  /** What a first visit to this page downloads, by kind, in gzip bytes. */
  function pageBytes(file) {
    const html = read(file);
    const sizes = {
      html: gzipSync(Buffer.from(html), { level: 9 }).length,
      css: cssBytes(html),
      js: jsBytes(html),
      media: mediaFiles(html).reduce((n, f) => n + fileBytes(f), 0),
    };
    return { ...sizes, total: sizes.html + sizes.css + sizes.js + sizes.media };
  }

  /** Every JS and CSS file a page may need (up front or on first use), as dist paths. */
  function assetFiles(html) {
    return new Set([...jsFiles(html, { lazy: true }), ...cssFiles(html)]);
  }

  const files = walk(dist);
  const htmlFiles = files.filter((f) => f.endsWith('.html') && !pagePathOf(f).startsWith('/pagefind/'));
  return { dist, files, htmlFiles, read, pagePathOf, resolvePath, pageBytes, fileBytes, assetFiles };
}

const idsOf = (site, file) => new Set([...site.read(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

/** Every internal href/src on every page resolves, and so does every #anchor into an HTML page. */
export function linkProblems(site) {
  const problems = [];
  const ids = new Map();
  for (const file of site.htmlFiles) {
    const html = site.read(file);
    const pagePath = site.pagePathOf(file);
    const base = pagePath.replace(/index\.html$/, '').replace(/[^/]*\.html$/, '');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = m[1].replaceAll('&amp;', '&');
      if (!raw || /^(https?:|mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      if (raw.startsWith('//')) {
        problems.push(`${pagePath}: protocol-relative URL ${raw}`);
        continue;
      }
      const [pathPart, hash] = raw.split('#');
      const target = pathPart ? (pathPart.startsWith('/') ? pathPart : posix.join(base, pathPart)) : pagePath;
      const resolved = pathPart ? site.resolvePath(target) : file;
      if (!resolved) {
        problems.push(`${pagePath}: broken link ${raw}`);
        continue;
      }
      if (hash && resolved.endsWith('.html')) {
        if (!ids.has(resolved)) ids.set(resolved, idsOf(site, resolved));
        if (!ids.get(resolved).has(decodeURIComponent(hash)))
          problems.push(`${pagePath}: missing anchor #${hash} in ${raw || pagePath}`);
      }
    }
  }
  return problems;
}

/** Each page against its budgets; returns the problems and the largest figures per page type. */
export function budgetReport(site) {
  const problems = [];
  const byType = new Map();
  for (const file of site.htmlFiles) {
    const pagePath = site.pagePathOf(file);
    const kind = classifyPage(pagePath);
    const sizes = site.pageBytes(file);
    const limits = {
      html: budgets.html[kind.html ?? 'default'],
      js: kind.island ? budgets.js.island : budgets.js.default,
      css: budgets.css,
      media: budgets.media,
    };
    for (const [what, limit] of Object.entries(limits)) {
      if (sizes[what] > limit) {
        const hint = kind.type === 'other' ? ' (a new kind of page? add it to pageTypes in budgets.config.mjs)' : '';
        problems.push(
          `${pagePath} (${kind.type}): ${what.toUpperCase()} ${sizes[what]} B gzip > budget ${limit} B${hint}`,
        );
      }
    }
    const row = byType.get(kind.type) ?? {
      pages: 0,
      html: 0,
      css: 0,
      js: 0,
      media: 0,
      'html budget': limits.html,
      'js budget': limits.js,
    };
    row.pages += 1;
    for (const what of ['html', 'css', 'js', 'media']) row[what] = Math.max(row[what], sizes[what]);
    byType.set(kind.type, row);
  }
  return { problems, byType: new Map([...byType].sort(([a], [b]) => a.localeCompare(b))) };
}

function main() {
  const dist = resolve(process.argv[2] ?? new URL('../dist/', import.meta.url).pathname);
  if (!existsSync(dist)) {
    console.error(`check-dist: ${dist} does not exist; run \`npm run build\` first.`);
    process.exit(1);
  }
  const site = inspectDist(dist);
  const { problems, byType } = budgetReport(site);
  problems.unshift(...linkProblems(site));
  console.log(
    `check-dist: ${site.htmlFiles.length} pages; largest gzip bytes per page type (budgets: css ${budgets.css}, media ${budgets.media}):`,
  );
  console.table(Object.fromEntries(byType));
  if (problems.length) {
    console.error(`check-dist: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('check-dist: every internal link, anchor and asset resolves; every page is within budget.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
