/**
 * One term per concept: finds avoided variants of a term (the glossary's `avoid` lists, plus the
 * house wording in docs/spanish-style.md) in course text, and names the file, the line and the
 * term to use instead. Pure: callers read the files and say which language each text is in.
 */

export type TermLang = 'en' | 'es';

/** One variant not to use, and the wording to use instead. */
export interface TermRule {
  lang: TermLang;
  variant: string;
  preferred: string;
  /** Where the rule comes from, for the message ("glossary: form-3312-1"). */
  origin: string;
}

/** A text to check: a whole file, or a piece of one (one YAML value) with the line it starts on. */
export interface TermText {
  file: string;
  lang: TermLang;
  text: string;
  /** Line of the text's first character in its file; 1 when the text is the whole file. */
  line?: number;
}

export interface TermProblem {
  file: string;
  line: number;
  /** The variant as it is written in the text. */
  found: string;
  preferred: string;
  origin: string;
}

interface GlossarySide {
  term: string;
  avoid?: readonly string[];
}

export interface GlossaryEntryLike {
  id: string;
  en: GlossarySide;
  es: GlossarySide;
}

/**
 * The wording a rule points to: a glossary term without its trailing parenthesis
 * ("número de serie (matrícula)" → "número de serie"), since the parenthesis only glosses it.
 */
export function preferredForm(term: string): string {
  return term.replace(/\s*\([^()]*\)\s*$/, '').trim() || term.trim();
}

export function rulesFromGlossary(entries: readonly GlossaryEntryLike[]): TermRule[] {
  return entries.flatMap((entry) =>
    (['en', 'es'] as const).flatMap((lang) =>
      (entry[lang].avoid ?? []).map((variant) => ({
        lang,
        variant,
        preferred: preferredForm(entry[lang].term),
        origin: `glossary: ${entry.id}`,
      })),
    ),
  );
}

/** Replaces a span with spaces, keeping line breaks so line numbers still hold. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/**
 * Removes what is not prose in the text's language: MDX imports, code, comments, elements whose
 * `lang` is another language (an English title in a Spanish lesson), and tag markup itself, whose
 * attribute values (`<Term id="bona-fide-investigation">`) are not read by anyone.
 */
export function proseOnly(text: string, lang: TermLang): string {
  let out = text
    .replace(/^[ \t]*(?:import\s[^\n]*\sfrom\s|export\s+(?:const|default|function)\s)[^\n]*$/gm, blank)
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank);
  out = blankOtherLanguageElements(out, lang);
  return out.replace(/<\/?[A-Za-z][^<>]*>/g, blank);
}

function blankOtherLanguageElements(text: string, lang: TermLang): string {
  const open = /<([A-Za-z][\w.-]*)\b[^<>]*\blang\s*=\s*["']([A-Za-z-]+)["'][^<>]*>/g;
  let out = text;
  for (let m = open.exec(out); m; m = open.exec(out)) {
    const [tag, name, elementLang] = m;
    if (elementLang!.toLowerCase().startsWith(lang) || tag.endsWith('/>')) continue;
    const end = closingTagEnd(out, name!, m.index + tag.length);
    out = out.slice(0, m.index) + blank(out.slice(m.index, end)) + out.slice(end);
    open.lastIndex = end;
  }
  return out;
}

/** End of the element's closing tag, counting nested elements of the same name. */
function closingTagEnd(text: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}\\b[^<>]*?(/?)>`, 'g');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    if (m[1]) depth -= 1;
    else if (!m[2]) depth += 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return text.length;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordChar = /[\p{L}\p{N}]/u;

/** A whole-word, case-insensitive pattern in which any run of spaces may be a line break. */
function pattern(phrase: string): RegExp {
  const body = phrase.trim().split(/\s+/).map(escape).join('\\s+');
  const before = wordChar.test(phrase.trim().charAt(0)) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = wordChar.test(phrase.trim().slice(-1)) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${body}${after}`, 'giu');
}

/**
 * A rule whose variant differs from the preferred wording only in case ("Formulario 3312.1" for
 * "formulario 3312.1") is about case, so it matches case-sensitively and leaves the capital that
 * starts a sentence, heading, list item or table cell alone.
 */
const isCaseRule = (rule: TermRule) => rule.variant.trim().toLowerCase() === rule.preferred.trim().toLowerCase();

const openers = new Set(['*', '_', '"', "'", '“', '«', '¿', '¡', '(', '[']);

export function startsSentence(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  if (/^\s*(?:#{1,6}|[-*+]|\d+[.)]|>|\|)\s*[*_"'“«¿¡([]*\s*$/.test(text.slice(lineStart, index))) return true;
  let i = index - 1;
  while (i >= 0 && (/\s/.test(text[i]!) || openers.has(text[i]!))) i -= 1;
  return i < 0 || '.!?|'.includes(text[i]!);
}

function lineAt(text: string, index: number, first: number): number {
  let line = first;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

export function checkTerms(rules: readonly TermRule[], texts: readonly TermText[]): TermProblem[] {
  const problems: TermProblem[] = [];
  for (const input of texts) {
    const prose = proseOnly(input.text, input.lang);
    const found: { problem: TermProblem; start: number; end: number }[] = [];
    for (const rule of rules) {
      if (rule.lang !== input.lang) continue;
      const caseRule = isCaseRule(rule);
      // Spans where the preferred wording itself is written: a variant inside it is not a variant.
      const preferredSpans = [...prose.matchAll(pattern(rule.preferred))]
        .filter((m) => !caseRule || m[0].replace(/\s+/g, ' ') === rule.preferred.trim())
        .map((m) => [m.index, m.index + m[0].length] as const);
      for (const m of prose.matchAll(pattern(rule.variant))) {
        const start = m.index;
        const end = start + m[0].length;
        if (caseRule && (m[0].replace(/\s+/g, ' ') !== rule.variant.trim() || startsSentence(prose, start))) continue;
        if (preferredSpans.some(([s, e]) => s <= start && end <= e)) continue;
        const problem = {
          file: input.file,
          line: lineAt(prose, start, input.line ?? 1),
          found: m[0].replace(/\s+/g, ' '),
          preferred: rule.preferred,
          origin: rule.origin,
        };
        found.push({ problem, start, end });
      }
    }
    // "fiscalía federal mexicana" and "fiscalía federal" are one problem, named by the longer variant.
    const within = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a !== b && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
    const kept = found.filter((a) => !found.some((b) => within(a, b))).sort((a, b) => a.start - b.start);
    problems.push(...kept.map((k) => k.problem));
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export function formatTermProblems(problems: readonly TermProblem[]): string {
  return problems.map((p) => `  ${p.file}:${p.line} → "${p.found}": write "${p.preferred}" (${p.origin})`).join('\n');
}
