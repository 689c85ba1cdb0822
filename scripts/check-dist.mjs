// After `npm run build`: every internal link, anchor and asset in dist/ resolves, and every page is
// within the size budgets in budgets.config.mjs. Prints a table per page type; exits 1 on failure.
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgets, islandPages } from '../budgets.config.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(dist)) {
  console.error('check-dist: dist/ does not exist; run `npm run build` first.');
  process.exit(1);
}

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
const files = walk(dist);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const read = (f) => readFileSync(f, 'utf8');

/** dist path for a site URL path, or undefined when nothing is served there. */
function resolvePath(urlPath) {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const idsCache = new Map();
function idsOf(file) {
  if (!idsCache.has(file)) idsCache.set(file, new Set([...read(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  return idsCache.get(file);
}

const problems = [];
for (const file of htmlFiles) {
  const html = read(file);
  const pagePath = '/' + relative(dist, file).split('\\').join('/');
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
    const resolved = pathPart ? resolvePath(target) : file;
    if (!resolved) {
      problems.push(`${pagePath}: broken link ${raw}`);
      continue;
    }
    if (hash && resolved.endsWith('.html') && !idsOf(resolved).has(decodeURIComponent(hash))) {
      problems.push(`${pagePath}: missing anchor #${hash} in ${raw || pagePath}`);
    }
  }
}

/** JS a page loads up front: module scripts and what they import statically, each file once. */
function jsBytes(html) {
  const seen = new Set();
  const visit = (urlPath) => {
    const f = resolvePath(urlPath);
    if (!f || seen.has(f)) return;
    seen.add(f);
    const code = read(f);
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      visit(posix.join(posix.dirname(urlPath), m[1]));
    }
  };
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) visit(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) visit(m[1]);
  // Islands: astro-island elements name their component and renderer URLs.
  for (const m of html.matchAll(/<astro-island[^>]*\scomponent-url="([^"]+)"[^>]*\srenderer-url="([^"]+)"/g)) {
    visit(m[1]);
    visit(m[2]);
  }
  let inline = 0;
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) inline += m[1].length;
  const total = [...seen].reduce((n, f) => n + gz(readFileSync(f)), 0);
  return total + (inline ? gz(Buffer.from(html.match(/<script(?![^>]*\ssrc=)[^>]*>[\s\S]*?<\/script>/g).join(''))) : 0);
}

function cssBytes(html) {
  let css = '';
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const f = resolvePath(m[1]);
    if (f) css += read(f);
  }
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += m[1];
  return css ? gz(Buffer.from(css)) : 0;
}

function pageType(pagePath) {
  if (/^\/(en|es)\/modules\/[^/]+\/quiz\//.test(pagePath)) return 'quiz';
  if (/^\/(en|es)\/modules\/[^/]+\/[^/]+\//.test(pagePath)) return 'lesson';
  if (/^\/(en|es)\/modules\/[^/]+\/index/.test(pagePath)) return 'module';
  const m = pagePath.match(/^\/(en|es)\/([^/]+)\//);
  if (m) return m[2];
  if (/^\/(en|es)\/index/.test(pagePath)) return 'home';
  return pagePath === '/index.html' ? 'landing' : pagePath.replace(/^\//, '');
}

const byType = new Map();
for (const file of htmlFiles) {
  const pagePath = '/' + relative(dist, file).split('\\').join('/');
  if (pagePath.startsWith('/pagefind/')) continue;
  const html = read(file);
  const type = pageType(pagePath);
  const island = islandPages.some((re) => re.test(pagePath));
  const sizes = { html: gz(Buffer.from(html)), js: jsBytes(html), css: cssBytes(html) };
  const jsBudget = island ? budgets.js.island : budgets.js.default;
  if (sizes.js > jsBudget) problems.push(`${pagePath}: JS ${sizes.js} B gzip > budget ${jsBudget} B`);
  if (sizes.css > budgets.css) problems.push(`${pagePath}: CSS ${sizes.css} B gzip > budget ${budgets.css} B`);
  if (type === 'lesson' && sizes.html > budgets.lessonHtml)
    problems.push(`${pagePath}: HTML ${sizes.html} B gzip > budget ${budgets.lessonHtml} B`);
  const row = byType.get(type) ?? { pages: 0, html: 0, js: 0, css: 0 };
  row.pages += 1;
  row.html = Math.max(row.html, sizes.html);
  row.js = Math.max(row.js, sizes.js);
  row.css = Math.max(row.css, sizes.css);
  byType.set(type, row);
}

console.log(`check-dist: ${htmlFiles.length} HTML files; largest gzip bytes per page type:`);
console.table(Object.fromEntries([...byType].sort()));
if (problems.length) {
  console.error(`check-dist: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check-dist: every internal link, anchor and asset resolves; every page is within budget.');
