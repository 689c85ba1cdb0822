// The benchmark's pure parts: `npm run test:bench` (no build, about two seconds; part of `npm test`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, cpSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { classifyPage, inspectDist, transferBytes } from '../../scripts/check-dist.mjs';
import { addSyntheticCourse, readCourse, splitMdx, LESSONS_PER_MODULE } from '../lib/synthetic.mjs';
import { toStarlightBody } from '../lib/starlight.mjs';
import { treeRss } from '../lib/measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('every page path gets its page type, and unknown pages fall back to "other"', () => {
  assert.equal(classifyPage('/index.html').type, 'landing');
  assert.equal(classifyPage('/es/index.html').type, 'home');
  assert.equal(classifyPage('/es/modules/fundamentals/index.html').type, 'module');
  assert.equal(classifyPage('/es/modules/fundamentals/what-a-trace-is/index.html').type, 'lesson');
  assert.equal(classifyPage('/en/modules/fundamentals/quiz/index.html').type, 'quiz');
  assert.equal(classifyPage('/en/practice/index.html').type, 'practice');
  assert.equal(classifyPage('/en/practice/missing-serial/index.html').type, 'scenario');
  assert.equal(classifyPage('/en/trainer/roster/index.html').type, 'roster');
  assert.equal(classifyPage('/en/trainer/index.html').type, 'trainer');
  assert.equal(classifyPage('/en/something-new/index.html').type, 'other');
  assert.equal(classifyPage('/en/modules/fundamentals/quiz/index.html').island, true);
  assert.equal(classifyPage('/en/modules/fundamentals/what-a-trace-is/index.html').island, undefined);
});

test('text is counted gzipped, already-compressed formats as stored', () => {
  const text = Buffer.from('a'.repeat(10_000));
  assert.ok(transferBytes(text, 'x.html') < 100);
  assert.equal(transferBytes(text, 'icon.png'), 10_000);
  assert.equal(transferBytes(text, 'en_1.pf_index'), 10_000);
});

test('CSS is counted as the browser fetches it: each stylesheet its own gzip transfer, a repeated link once', () => {
  const dist = mkdtempSync(join(tmpdir(), 'traza-css-test-'));
  try {
    mkdirSync(join(dist, '_astro'));
    // Two sheets sharing most of their text: gzipped together they would cost little more than one.
    const rules = Array.from({ length: 200 }, (_, i) => `.c${i}{color:red;margin:${i}px}`).join('');
    writeFileSync(join(dist, '_astro', 'a.css'), rules);
    writeFileSync(join(dist, '_astro', 'b.css'), `${rules}.b{color:blue}`);
    const link = (f) => `<link rel="stylesheet" href="/_astro/${f}">`;
    writeFileSync(
      join(dist, 'index.html'),
      `<html><head>${link('a.css')}${link('b.css')}${link('a.css')}</head></html>`,
    );
    const site = inspectDist(dist);
    const separate = ['a.css', 'b.css'].reduce(
      (n, f) => n + transferBytes(readFileSync(join(dist, '_astro', f)), f),
      0,
    );
    assert.equal(site.pageBytes(join(dist, 'index.html')).css, separate);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('the synthetic course has the asked number of lessons, valid cross-references and cloned quizzes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'traza-synth-test-'));
  try {
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    const real = readCourse(join(dir, 'content'));
    const size = real.lessonsPerLang + 2 * LESSONS_PER_MODULE + 1;
    const { added, modules } = addSyntheticCourse(join(dir, 'content'), size);
    assert.equal(modules, real.modules.length + 3);
    for (const lang of ['en', 'es']) {
      const count = readdirSync(join(dir, 'content', 'lessons', lang)).reduce(
        (n, m) => n + readdirSync(join(dir, 'content', 'lessons', lang, m)).length,
        0,
      );
      assert.equal(count, size);
    }
    // The same slugs in both languages, and every <Check> id has its question in that module's checks.
    const en = added.filter((l) => l.lang === 'en').map((l) => `${l.module}/${l.slug}`);
    const es = added.filter((l) => l.lang === 'es').map((l) => `${l.module}/${l.slug}`);
    assert.deepEqual(en, es);
    for (const lesson of added) {
      const ids = [...lesson.body.matchAll(/<Check\s+id="([^"]+)"/g)].map((m) => m[1]);
      if (!ids.length) continue;
      const checks = parse(readFileSync(join(dir, 'content', 'checks', `${lesson.module}.yaml`), 'utf8')).map(
        (q) => q.id,
      );
      for (const id of ids) assert.ok(checks.includes(id), `${id} in checks/${lesson.module}.yaml`);
    }
    const quizFile = join(dir, 'content', 'quizzes', `${added[0].module}.yaml`);
    if (existsSync(quizFile)) {
      const quiz = parse(readFileSync(quizFile, 'utf8'));
      assert.equal(quiz.module, added[0].module);
      const slugs = new Set(added.filter((l) => l.module === added[0].module).map((l) => l.slug));
      for (const q of quiz.questions) if (q.lesson) assert.ok(slugs.has(q.lesson), `${q.id} → ${q.lesson}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a lesson becomes Starlight MDX: asides for callouts and checks, plain terms, the same figures', () => {
  const { data, body } = splitMdx(
    [
      '---',
      'title: T',
      'objectives: ["Read the {serial} number"]',
      'keyPoints: [One, Two]',
      'sources: [S1]',
      '---',
      "import FirearmMarkings from '../../../../src/components/figures/FirearmMarkings.astro';",
      '',
      'The <Term id="serial-number">serial number</Term> matters.',
      '',
      '<Callout type="warning" title="Careful">',
      'Body.',
      '</Callout>',
      '',
      '<Check id="q1-k3" />',
      '',
      '<Figure caption="A table">',
      '',
      '| a | b |',
      '|---|---|',
      '',
      '</Figure>',
      '',
      '<FirearmMarkings type="rifle" />',
    ].join('\n'),
  );
  const out = toStarlightBody(
    { lang: 'en', data, body },
    new Map([['q1', { prompt: { en: 'Why?' } }]]),
    new Map([['S1', { title: 'ATF fact sheet' }]]),
  );
  assert.match(
    out,
    /^import FirearmMarkings from '\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/components\/figures\/FirearmMarkings\.astro';\n\n/,
  );
  assert.match(out, /The serial number matters\./);
  assert.match(out, /:::caution\[Careful\]\nBody\.\n:::/);
  assert.match(out, /:::note\[Check your understanding\]\nWhy\?\n:::/);
  assert.match(out, /\| a \| b \|[\s\S]*\*A table\*/);
  assert.match(out, /<FirearmMarkings type="rifle" \/>/);
  assert.match(out, /- Read the \\\{serial\\\} number/);
  assert.match(out, /## Sources\n\n- ATF fact sheet/);
  assert.doesNotMatch(out, /<Term|<Check|<Callout|<Figure/);
});

test('the memory of a process tree includes this process', () => {
  assert.ok(treeRss(process.pid) > 10_000_000);
});
