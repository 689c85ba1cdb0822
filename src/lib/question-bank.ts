/**
 * Checks over the whole question bank (every module quiz and every knowledge check) that a
 * per-question schema cannot see: how much of each module's quiz pool only recalls a fact, items
 * that repeat each other, and items that give their answer away. Pure: the build feeds it what the
 * content collections loaded (src/content/course.ts) and fails on any problem; a unit test runs it
 * over the real content.
 */
import type { Question } from '../schemas/question';
import type { Skill } from '../schemas/skill';
import type { ContentProblem } from './content-checks';
import { normalizeText } from './quiz/score';

/** One content file of questions: a module quiz (`content/quizzes/<module>.yaml`) or its checks. */
export interface BankFile {
  file: string;
  module: string;
  kind: 'quiz' | 'check';
  questions: readonly Question[];
}

/**
 * At most this share of a module's quiz pool may be `fact-recall` (a date or a figure no agent acts
 * on). Knowledge checks sit inside lessons and are not drawn, so the cap is on the quiz pool only.
 */
export const FACT_RECALL_CAP = 0.1;

export interface PoolShare {
  module: string;
  file: string;
  size: number;
  factRecall: number;
  bySkill: Partial<Record<Skill, number>>;
}

/** Each module quiz's pool, counted by skill, in the order the files are given. */
export function poolShares(files: readonly BankFile[]): PoolShare[] {
  return files
    .filter((f) => f.kind === 'quiz')
    .map((f) => {
      const bySkill: Partial<Record<Skill, number>> = {};
      for (const q of f.questions) bySkill[q.skill] = (bySkill[q.skill] ?? 0) + 1;
      return {
        module: f.module,
        file: f.file,
        size: f.questions.length,
        factRecall: bySkill['fact-recall'] ?? 0,
        bySkill,
      };
    });
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** The build log's line for one module: short, so seven modules stay seven lines. */
export function shareLine(share: PoolShare): string {
  return `quiz pool ${share.module}: ${share.size} questions, ${share.factRecall} fact-recall (${percent(share.factRecall, share.size)}%, cap ${FACT_RECALL_CAP * 100}%)`;
}

export function factRecallProblems(shares: readonly PoolShare[]): ContentProblem[] {
  return shares
    .filter((s) => s.factRecall > s.size * FACT_RECALL_CAP + 1e-9)
    .map((s) => ({
      file: s.file,
      field: 'questions',
      message:
        `${s.factRecall} of ${s.size} questions are fact-recall (${percent(s.factRecall, s.size)}%); at most ` +
        `${Math.floor(s.size * FACT_RECALL_CAP + 1e-9)} may be. Rewrite a date or figure question as a question about what an agent does`,
    }));
}

/** Lower case, no accents, no punctuation: two wordings that differ only in those are one answer. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * What an item asks the learner to produce, folded: the right option(s), the statement and its
 * truth, the items in order, the pairs, or the first accepted text. English is enough, because
 * both languages share one right answer.
 */
export function answerOf(q: Question): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options
        .filter((o) => o.correct)
        .map((o) => fold(o.text.en))
        .sort()
        .join(' | ');
    case 'truefalse':
      return `${q.answer ? 'true' : 'false'}: ${fold(q.prompt.en)}`;
    case 'ordering':
      return q.items.map((i) => fold(i.text.en)).join(' > ');
    case 'matching':
      return q.pairs
        .map((p) => `${fold(p.left.en)} = ${fold(p.right.en)}`)
        .sort()
        .join(' | ');
    case 'text':
      return fold(q.accept[0]!);
  }
}

/**
 * Two items with the same skill and the same right answer test the same fact the same way, across
 * quizzes and checks alike: the later one is reported, naming the earlier.
 */
export function repeatProblems(files: readonly BankFile[]): ContentProblem[] {
  const first = new Map<string, { id: string; file: string }>();
  const problems: ContentProblem[] = [];
  for (const f of files) {
    for (const q of f.questions) {
      const answer = answerOf(q);
      const key = `${q.skill}\u0000${answer}`;
      const seen = first.get(key);
      if (seen)
        problems.push({
          file: f.file,
          field: q.id,
          message: `tests the same fact the same way as "${seen.id}" (${seen.file}): skill ${q.skill} and the right answer "${answer}". Ask it another way or test another fact`,
        });
      else first.set(key, { id: q.id, file: f.file });
    }
  }
  return problems;
}

/** A year (1500–2099), a fiscal year or a month name: enough to order items without knowing them. */
const DATE = new RegExp(
  String.raw`\b(?:1[5-9]\d\d|20\d\d)\b|\bFY\s?\d{2,4}\b|\b(?:` +
    'january|february|march|april|may|june|july|august|september|october|november|december|' +
    'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre' +
    String.raw`)\b`,
  'iu',
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The accepted answer a text item's prompt already shows, if the prompt offers nothing else to
 * choose from. A marking panel that prints the serial among a model, a patent and a licence number
 * asks the learner to pick; "Type 24" above a box that accepts "24" does not. The prompt is
 * compared under the item's own `normalize` rules, except that spaces stay as word boundaries.
 */
export function statedAnswer(
  prompt: string,
  accept: readonly string[],
  rules: { case: boolean; dashes: boolean },
): string | undefined {
  const keep = { case: rules.case, dashes: rules.dashes, spaces: false };
  const stem = normalizeText(prompt, keep);
  for (const answer of accept) {
    const wanted = normalizeText(answer, keep);
    const found = new RegExp(`(?<![\\p{L}\\p{N}])${escape(wanted)}(?![\\p{L}\\p{N}])`, 'gu');
    if (!found.test(stem)) continue;
    if (!/\p{N}/u.test(wanted)) return answer;
    const rest = stem.replace(found, ' ');
    if (!/\p{N}/u.test(rest)) return answer;
  }
  return undefined;
}

const LANGS = ['en', 'es'] as const;

/** How one item gives its answer away, in the first language where it does, or undefined. */
function giveaway(q: Question): { field: string; message: string } | undefined {
  for (const lang of LANGS) {
    if (q.type === 'ordering') {
      const dated = q.items.find((i) => DATE.test(i.text[lang]));
      if (dated)
        return {
          field: `${q.id}.items`,
          message: `item "${dated.id}" prints a date (${lang}: "${dated.text[lang]}"), so the items can be ordered by their dates alone`,
        };
    }
    if (q.type === 'text') {
      const stated = statedAnswer(q.prompt[lang], q.accept, q.normalize);
      if (stated)
        return {
          field: `${q.id}.prompt`,
          message: `the ${lang} prompt states the accepted answer "${stated}" and offers nothing else to choose from`,
        };
    }
  }
  return undefined;
}

/** Ordering items that print a date, and text items whose prompt states the answer. */
export function giveawayProblems(files: readonly BankFile[]): ContentProblem[] {
  return files.flatMap((f) =>
    f.questions.flatMap((q) => {
      const found = giveaway(q);
      return found ? [{ file: f.file, ...found }] : [];
    }),
  );
}

/**
 * Every bank problem, and one log line per module quiz with its fact-recall share. The build calls
 * it once and fails on any problem (src/content/course.ts).
 */
export function checkQuestionBank(files: readonly BankFile[], log: (line: string) => void): ContentProblem[] {
  const shares = poolShares(files);
  for (const share of shares) log(shareLine(share));
  return [...factRecallProblems(shares), ...repeatProblems(files), ...giveawayProblems(files)];
}
