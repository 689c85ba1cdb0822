// bench/results/latest.md: the benchmark's figures as short Markdown tables.
import { budgets } from '../../budgets.config.mjs';

const s = (n) => (n === undefined ? '–' : `${n.toFixed(1)} s`);
const mb = (n) => (n === undefined ? '–' : `${(n / 1e6).toFixed(1)} MB`);
const kb = (n) => (n === undefined ? '–' : `${(n / 1000).toFixed(1)} KB`);

function buildRow(label, r) {
  if (r.timedOut) {
    const p = r.projection;
    return `| ${label} | ${r.lessonsPerLang} | ${p ? `~${p.expectedPages}` : '?'} | stopped at ${s(r.seconds)}${p ? `; **~${p.seconds} s projected**` : ''} | ${p ? `${p.pagesPerSecondAtStop} at stop` : '–'} | ${mb(r.peakRssBytes)} | – | – | – | ${r.pagesWritten} pages written |`;
  }
  const phases = Object.entries(r.phases)
    .map(([k, v]) => `${k} ${v.toFixed(0)}`)
    .join(', ');
  const lesson = r.lessonPages?.['/en/modules/fundamentals/what-a-trace-is/index.html'];
  return `| ${label} | ${r.lessonsPerLang} | ${r.pages} | ${s(r.seconds)} | ${r.pagesPerSecond} | ${mb(r.peakRssBytes)} | ${mb(r.distBytes)} | ${mb(r.searchIndexBytes)} | ${lesson ? kb(lesson.html) : '–'} | ${phases} (load ${r.loadBefore}) |`;
}

export function formatMarkdown(results, transferLines) {
  const lines = [
    `# Traza benchmark, ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${results.machine.cpus} × ${results.machine.cpuModel}, ${(results.machine.memoryBytes / 1e9).toFixed(0)} GB; Node ${results.machine.node}; ` +
      `Astro ${results.versions.astro}, Starlight ${results.versions.starlight}, Pagefind ${results.versions.pagefind}, Lighthouse ${results.versions.lighthouse}. ` +
      `Whole run: ${results.seconds} s. Synthetic courses: ${results.lessonsPerModule} lessons a module, cloned from the real lessons.`,
    '',
    '## Builds (full pipeline: `npm run build` for Traza, `astro build` with its own Pagefind for Starlight)',
    '',
    '| site | lessons/lang | pages | wall time | pages/s | peak memory | dist/ | search index | lesson HTML (gzip) | phases, s (load average before) |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|---|',
  ];
  if (results.realCourse) lines.push(buildRow('Traza (real course)', results.realCourse));
  const label = (site, r) => (results.repeat > 1 ? `${site} (run ${r.run})` : site);
  const bySize = (a, b) => a.lessonsPerLang - b.lessonsPerLang || a.run - b.run;
  for (const r of [...results.traza].sort(bySize)) lines.push(buildRow(label('Traza', r), r));
  for (const r of [...results.starlight].sort(bySize)) lines.push(buildRow(label('Starlight', r), r));

  if (results.growth.length) {
    lines.push(
      '',
      `## How Traza's build time grows${results.repeat > 1 ? ' (median run of each size)' : ''}`,
      '',
      '| from → to (lessons/lang) | pages × | time × | exponent (1 = linear, 2 = quadratic) | s/page |',
      '|---|--:|--:|--:|--:|',
    );
    for (const g of results.growth) {
      lines.push(
        `| ${g.from} → ${g.to}${g.projected ? ' (projected)' : ''} | ${g.pageRatio} | ${g.timeRatio} | ${g.exponent} | ${g.secondsPerPage.map((x) => x.toFixed(3)).join(' → ')} |`,
      );
    }
  }

  if (results.comparison.length) {
    lines.push(
      '',
      '## Traza ÷ Starlight, same lessons',
      '',
      results.repeat > 1
        ? `Build time: median runs. Per page: the median of ${results.repeat} paired runs (each Traza build and the Starlight build right after it), every run listed.`
        : 'One run of each.',
      '',
      '| lessons/lang | build time | build time per page | lesson page HTML+CSS+JS gzip (Traza / Starlight) |',
      '|--:|--:|--:|---|',
    );
    for (const c of results.comparison) {
      const bytes = Object.entries(c.pageBytes)
        .map(
          ([path, b]) =>
            `${path.split('/')[1]} ${path.split('/').at(-2)}: ${kb(b.traza)} / ${kb(b.starlight)} = **${b.ratio}**`,
        )
        .join('; ');
      lines.push(
        `| ${c.lessonsPerLang} | ${c.buildTimeRatio} (${s(c.trazaSeconds)} / ${s(c.starlightSeconds)}) | **${c.secondsPerPageRatio}**${c.secondsPerPageRatioRuns.length > 1 ? ` (runs ${c.secondsPerPageRatioRuns.join(', ')})` : ''} | ${bytes} |`,
      );
    }
  }

  const types = results.realCourse?.pageTypes;
  if (types) {
    lines.push(
      '',
      '## Largest page of each type (real course, gzip)',
      '',
      '| page type | pages | HTML | CSS | JS | media | HTML budget | JS budget |',
      '|---|--:|--:|--:|--:|--:|--:|--:|',
    );
    for (const [type, r] of Object.entries(types)) {
      lines.push(
        `| ${type} | ${r.pages} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${kb(r.media)} | ${kb(r['html budget'])} | ${kb(r['js budget'])} |`,
      );
    }
    const over = results.realCourse.overBudget ?? [];
    lines.push(
      '',
      over.length
        ? `Over budget: ${over.length} page(s), e.g. ${over.slice(0, 3).join('; ')}.`
        : 'Every page is within its budgets.',
    );
  }

  if (transferLines.length)
    lines.push('', '## What a phone downloads (real course, Chromium, gzip)', '', ...transferLines);

  if (results.lighthouse.length) {
    const runs = results.lighthouse[0].runs ?? 1;
    lines.push(
      '',
      `## Lighthouse (mobile, real course, \`astro preview\`; ${runs === 1 ? 'one run a page' : `median of ${runs} runs a page, by performance`})`,
      '',
      '| page | performance (range) | accessibility | best practices | SEO | LCP | TBT | CLS | load before |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    );
    for (const r of results.lighthouse) {
      const sc = r.scores;
      const range =
        r.performanceRange && r.performanceRange[0] !== r.performanceRange[1]
          ? ` (${r.performanceRange.join('–')})`
          : '';
      lines.push(
        `| ${r.name} \`${r.url}\` | ${sc.performance}${range} | ${sc.accessibility} | ${sc['best-practices']} | ${sc.seo} | ${r.lcpMs} ms | ${r.tbtMs} ms | ${r.cls} | ${r.loadBefore ?? '–'} |`,
      );
    }
    const failing = results.lighthouse.flatMap((r) =>
      Object.entries(r.failing).flatMap(([cat, list]) =>
        list.map((a) => `- ${r.name}, ${cat}: \`${a.id}\` ${a.title}${a.value ? ` (${a.value})` : ''}`),
      ),
    );
    if (failing.length) lines.push('', 'Audits below 100:', '', ...failing);
  }

  lines.push(
    '',
    `Budgets (gzip): lesson HTML ${kb(budgets.html.lesson)}, JS ${kb(budgets.js.default)} (island pages ${kb(budgets.js.island)}), CSS ${kb(budgets.css)}, first search result ${kb(budgets.firstSearchResult)} (+${kb(budgets.searchChunk)} for each further index chunk the query needs).`,
  );
  if (results.notes.length) lines.push('', '## Notes', '', ...results.notes.map((n) => `- ${n}`));
  return lines.join('\n') + '\n';
}
