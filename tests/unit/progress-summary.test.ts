import { describe, expect, it } from 'vitest';
import {
  acceptAssignment,
  emptyProgress,
  markLessonVisited,
  moduleStatus,
  recordQuizAttempt,
  recordScenarioResult,
  setLearner,
  setQuizDraft,
  type Progress,
  type QuizAttempt,
} from '../../src/lib/progress';
import {
  assignmentProgress,
  buildReceipt,
  courseItems,
  daysUntil,
  itemSummary,
  localDay,
  mergeProgress,
  previewImport,
  progressCounts,
  scenarioSummaries,
  type CourseOutline,
} from '../../src/lib/progress/summary';
import { decodeReceipt, encodeReceipt } from '../../src/lib/receipt';

const outline: CourseOutline = {
  modules: [
    { id: 'fundamentals', lessons: ['one', 'two'] },
    { id: 'identification', lessons: ['three'] },
  ],
  assessment: true,
};
const attempt = (percent: number, finishedAt: string, passed = percent >= 80): QuizAttempt => ({
  startedAt: finishedAt.replace(/T\d\d/, 'T00'),
  finishedAt,
  score: percent / 10,
  max: 10,
  percent,
  passed,
  questionIds: ['q1'],
  answers: {},
  missed: [],
  seed: 1,
});
const at = new Date('2026-12-01T12:00:00.000Z');
const assignment = {
  id: 'K7Q2M9XA',
  cohort: 'Norte',
  trainer: 'Marta',
  contact: '',
  modules: ['fundamentals', 'identification'],
  assessment: true,
  due: '2026-12-15',
  passMark: 90,
  lang: 'es' as const,
};

function learnerProgress(): Progress {
  let p = setLearner(emptyProgress(), { name: ' Ana López ', agency: 'Fiscalía', badge: '' });
  p = markLessonVisited(markLessonVisited(p, 'fundamentals/one', at), 'fundamentals/two', at);
  p = recordQuizAttempt(p, 'fundamentals', attempt(70, '2026-12-01T10:00:00.000Z'));
  p = recordQuizAttempt(p, 'fundamentals', attempt(85, '2026-12-02T10:00:00.000Z'));
  p = recordQuizAttempt(p, 'fundamentals', attempt(95, '2026-12-03T10:00:00.000Z'));
  p = markLessonVisited(p, 'identification/three', at);
  p = recordScenarioResult(p, 'first-trace', {
    finishedAt: '2026-12-01T09:00:00.000Z',
    mode: 'practice',
    score: 6,
    max: 10,
    outcome: 'completed',
    hintsUsed: 1,
    attempts: 2,
  });
  p = recordScenarioResult(p, 'first-trace', {
    finishedAt: '2026-12-02T09:00:00.000Z',
    mode: 'assessment',
    score: 9,
    max: 10,
    outcome: 'completed',
    hintsUsed: 0,
    attempts: 1,
  });
  return acceptAssignment(p, assignment, at);
}

describe('item summaries', () => {
  it('agree with moduleStatus when no pass mark is given', () => {
    const p = learnerProgress();
    for (const m of outline.modules)
      expect(itemSummary(p, outline, m.id).status).toBe(moduleStatus(p, m.id, m.lessons));
    expect(itemSummary(setQuizDraft(emptyProgress(), 'assessment', {}), outline, 'assessment').status).toBe(
      'in-progress',
    );
    expect(itemSummary(emptyProgress(), outline, 'assessment')).toEqual({
      id: 'assessment',
      status: 'not-started',
      attempts: 0,
      lessonsRead: 0,
      lessonsTotal: 0,
    });
  });
  it('apply an assignment pass mark and date the first pass', () => {
    const p = learnerProgress();
    expect(itemSummary(p, outline, 'fundamentals')).toMatchObject({
      status: 'passed',
      best: 95,
      passedAt: '2026-12-02T10:00:00.000Z',
      attempts: 3,
      lessonsRead: 2,
    });
    expect(itemSummary(p, outline, 'fundamentals', 90)).toMatchObject({
      status: 'passed',
      passedAt: '2026-12-03T10:00:00.000Z',
    });
    expect(itemSummary(p, outline, 'fundamentals', 96)).toMatchObject({ status: 'done' });
    expect(itemSummary(p, outline, 'identification', 90)).toMatchObject({
      status: 'done',
      lessonsRead: 1,
      lessonsTotal: 1,
    });
  });
  it('list the course as its modules and the assessment', () => {
    expect(courseItems(outline)).toEqual(['fundamentals', 'identification', 'assessment']);
    expect(courseItems({ ...outline, assessment: false })).toEqual(['fundamentals', 'identification']);
  });
});

describe('due dates', () => {
  it('count days in the calendar, not in hours', () => {
    expect(daysUntil('2026-12-15', '2026-12-10')).toBe(5);
    expect(daysUntil('2026-12-15', '2026-12-15')).toBe(0);
    expect(daysUntil('2026-03-01', '2026-02-27')).toBe(2);
    expect(daysUntil('2026-12-15', '2027-01-01')).toBe(-17);
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
  it('track an assignment against its pass mark and due date', () => {
    const p = learnerProgress();
    const before = assignmentProgress(p, outline, assignment, '2026-12-10');
    expect(before.items.map((i) => i.status)).toEqual(['passed', 'done', 'not-started']);
    expect(before).toMatchObject({ complete: false, daysLeft: 5, overdue: false });
    expect(assignmentProgress(p, outline, assignment, '2026-12-16')).toMatchObject({ overdue: true, daysLeft: -1 });
    const done = { ...assignment, modules: ['fundamentals'], assessment: false };
    expect(assignmentProgress(p, outline, done, '2026-12-16')).toMatchObject({ complete: true, overdue: false });
  });
});

describe('receipts from progress', () => {
  it('carry the assignment, the learner and each item, and survive the codec', async () => {
    const r = buildReceipt(learnerProgress(), outline, assignment, new Date('2026-12-04T08:30:59.000Z'));
    expect(r).toEqual({
      assignment,
      learner: { name: 'Ana López', agency: 'Fiscalía', badge: '' },
      createdAt: '2026-12-04T08:30Z',
      items: [
        {
          id: 'fundamentals',
          status: 'passed',
          best: 95,
          bestAt: '2026-12-03T10:00Z',
          passedAt: '2026-12-03T10:00Z',
          attempts: 3,
        },
        { id: 'identification', status: 'done', attempts: 0 },
        { id: 'assessment', status: 'not-started', attempts: 0 },
      ],
      scenarios: [{ id: 'first-trace', score: 9, max: 10, at: '2026-12-02T09:00Z', attempts: 2 }],
    });
    expect(await decodeReceipt(await encodeReceipt(r))).toEqual({ ok: true, value: r });
  });
  it('cover the whole course without an assignment', () => {
    const r = buildReceipt(learnerProgress(), outline, undefined, at);
    expect(r.assignment).toBeUndefined();
    expect(r.items.map((i) => [i.id, i.status])).toEqual([
      ['fundamentals', 'passed'],
      ['identification', 'done'],
      ['assessment', 'not-started'],
    ]);
    expect(r.items[0]!.passedAt).toBe('2026-12-02T10:00Z');
  });
  it('keep the best result per scenario', () => {
    expect(scenarioSummaries(emptyProgress())).toEqual([]);
  });
});

describe('import preview', () => {
  const here = learnerProgress();
  let phone = setLearner(emptyProgress(), { name: 'Ana en el teléfono', agency: '', badge: '17' });
  phone = markLessonVisited(phone, 'fundamentals/one', new Date('2026-11-20T00:00:00.000Z'));
  phone = markLessonVisited(phone, 'results/x', at);
  phone = recordQuizAttempt(phone, 'fundamentals', attempt(85, '2026-12-02T10:00:00.000Z'));
  phone = recordQuizAttempt(phone, 'results', attempt(60, '2026-12-05T10:00:00.000Z'));
  phone = acceptAssignment(phone, { ...assignment, id: 'SECOND12' }, at);

  it('counts what is there', () => {
    expect(progressCounts(here)).toEqual({ lessons: 3, quizAttempts: 3, scenarioResults: 2, assignments: 1 });
    expect(progressCounts(emptyProgress())).toEqual({
      lessons: 0,
      quizAttempts: 0,
      scenarioResults: 0,
      assignments: 0,
    });
  });
  it('merges without losing or doubling anything', () => {
    const preview = previewImport(here, phone, 'merge');
    expect(preview.before).toEqual({ lessons: 3, quizAttempts: 3, scenarioResults: 2, assignments: 1 });
    expect(preview.after).toEqual({ lessons: 4, quizAttempts: 4, scenarioResults: 2, assignments: 2 });
    expect(preview.result.lessons['fundamentals/one']!.firstAt).toBe('2026-11-20T00:00:00.000Z');
    expect(preview.result.learner).toEqual({ name: ' Ana López ', agency: 'Fiscalía', badge: '17' });
    expect(preview.result.quizzes.fundamentals!.map((a) => a.percent)).toEqual([70, 85, 95]);
    expect(mergeProgress(preview.result, phone)).toEqual(preview.result);
  });
  it('or replaces everything', () => {
    const preview = previewImport(here, phone, 'replace');
    expect(preview.result).toBe(phone);
    expect(preview.after).toEqual({ lessons: 2, quizAttempts: 2, scenarioResults: 0, assignments: 1 });
  });
});
