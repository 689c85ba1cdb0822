import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './support/memory-storage';
import {
  BACKUP_PREFIX,
  PROGRESS_KEY,
  acceptAssignment,
  bestAttempt,
  clearQuizDraft,
  continueTarget,
  createProgressStore,
  emptyProgress,
  markLessonVisited,
  moduleStatus,
  parseProgress,
  recordQuizAttempt,
  recordScenarioResult,
  setQuizDraft,
  setScenarioDraft,
  type QuizAttempt,
  type StorageLike,
} from '../../src/lib/progress';

const attempt = (percent: number, passed = percent >= 80): QuizAttempt => ({
  startedAt: '2026-11-01T10:00:00.000Z',
  finishedAt: '2026-11-01T10:10:00.000Z',
  score: percent / 10,
  max: 10,
  percent,
  passed,
  questionIds: ['q1'],
  answers: { q1: 'a' },
  missed: [],
  seed: 1,
});
const at = new Date('2026-11-30T12:00:00.000Z');

describe('parseProgress', () => {
  it('starts fresh when nothing is saved', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress(), migrated: false });
  });
  it('round-trips a saved record', () => {
    const p = recordQuizAttempt(
      markLessonVisited(emptyProgress(), 'fundamentals/what-a-trace-is', at),
      'fundamentals',
      attempt(90),
    );
    expect(parseProgress(JSON.stringify(p))).toEqual({ progress: p, migrated: false });
  });
  it('migrates version 1 to version 2 and keeps what the learner did', () => {
    const v1 = {
      version: 1,
      savedAt: '2026-10-01T00:00:00.000Z',
      visited: ['fundamentals/what-a-trace-is'],
      learner: { name: 'Ana', agency: 'FGR' },
      quizzes: { fundamentals: [attempt(85)] },
    };
    const { progress, migrated, problem } = parseProgress(JSON.stringify(v1));
    expect(problem).toBeUndefined();
    expect(migrated).toBe(true);
    expect(progress.version).toBe(2);
    expect(progress.learner).toEqual({ name: 'Ana', agency: 'FGR', badge: '' });
    expect(progress.lessons['fundamentals/what-a-trace-is']).toEqual({
      firstAt: '2026-10-01T00:00:00.000Z',
      lastAt: '2026-10-01T00:00:00.000Z',
    });
    expect(progress.quizzes.fundamentals).toHaveLength(1);
  });
  it('flags unreadable text, wrong shapes and newer versions', () => {
    expect(parseProgress('{not json').problem).toBe('corrupt');
    expect(parseProgress('[]').problem).toBe('corrupt');
    expect(parseProgress('{"version":2,"lessons":"x"}').problem).toBe('corrupt');
    expect(parseProgress('{"version":99}').problem).toBe('newer-version');
  });
  it('never throws, whatever is stored', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseProgress(s).progress === 'object'));
    fc.assert(fc.property(fc.jsonValue(), (v) => typeof parseProgress(JSON.stringify(v)).progress === 'object'));
  });
});

describe('createProgressStore', () => {
  it('saves every change and reloads it', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(storage);
    store.update((p) => markLessonVisited(p, 'fundamentals/what-a-trace-is', at));
    expect(createProgressStore(storage).get().lessons['fundamentals/what-a-trace-is']).toBeDefined();
    expect(store.notices()).toEqual([]);
  });
  it('keeps corrupt progress aside under a backup key and says so', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{"version":2, broken');
    const store = createProgressStore(storage, () => at);
    const backupKey = `${BACKUP_PREFIX}${at.toISOString()}`;
    expect(store.notices()).toEqual([{ kind: 'recovered', backupKey }]);
    expect(storage.getItem(backupKey)).toBe('{"version":2, broken');
    expect(store.get()).toEqual(emptyProgress());
    store.update((p) => markLessonVisited(p, 'a/b', at));
    expect(storage.getItem(backupKey)).toBe('{"version":2, broken');
  });
  it('does not overwrite progress saved by a newer version', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{"version":7}');
    const store = createProgressStore(storage, () => at);
    expect(store.notices()[0]).toMatchObject({ kind: 'newer' });
    expect([...storage.data.values()]).toContain('{"version":7}');
  });
  it('works in memory when storage throws, and says progress will not be kept', () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    const store = createProgressStore(throwing);
    store.update((p) => markLessonVisited(p, 'a/b', at));
    expect(store.get().lessons['a/b']).toBeDefined();
    expect(store.notices()).toEqual([{ kind: 'memory' }]);
    expect(createProgressStore(null).notices()).toEqual([{ kind: 'memory' }]);
  });
  it('reports a full storage and clears the notice once a save succeeds', () => {
    const storage = new MemoryStorage();
    let full = true;
    const original = storage.setItem.bind(storage);
    storage.setItem = (k, v) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      original(k, v);
    };
    const store = createProgressStore(storage);
    store.update((p) => markLessonVisited(p, 'a/b', at));
    expect(store.notices()).toEqual([{ kind: 'full' }]);
    expect(store.get().lessons['a/b']).toBeDefined();
    full = false;
    store.update((p) => markLessonVisited(p, 'a/c', at));
    expect(store.notices()).toEqual([]);
  });
  it('notifies subscribers and follows changes from other tabs', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(storage);
    const seen: number[] = [];
    const off = store.subscribe((p) => seen.push(Object.keys(p.lessons).length));
    store.update((p) => markLessonVisited(p, 'a/b', at));
    const other = recordQuizAttempt(
      markLessonVisited(markLessonVisited(emptyProgress(), 'a/b', at), 'a/c', at),
      'a',
      attempt(90),
    );
    store.reloadFrom(JSON.stringify(other));
    expect(seen).toEqual([1, 2]);
    store.reloadFrom('garbage');
    expect(store.get().quizzes.a).toHaveLength(1);
    off();
    store.update((p) => markLessonVisited(p, 'x/y', at));
    expect(seen).toEqual([1, 2]);
  });
});

describe('operations', () => {
  it('records attempts, clears the draft, and keeps the best', () => {
    let p = setQuizDraft(emptyProgress(), 'fundamentals', { step: 2 });
    p = recordQuizAttempt(p, 'fundamentals', attempt(60));
    expect(p.quizDrafts.fundamentals).toBeUndefined();
    p = recordQuizAttempt(p, 'fundamentals', attempt(90));
    p = recordQuizAttempt(p, 'fundamentals', attempt(70));
    expect(bestAttempt(p, 'fundamentals')?.percent).toBe(90);
    expect(bestAttempt(p, 'none')).toBeUndefined();
    expect(clearQuizDraft(setQuizDraft(p, 'x', 1), 'x').quizDrafts).toEqual({});
  });
  it('bounds the attempts kept per quiz', () => {
    let p = emptyProgress();
    for (let i = 0; i < 30; i++) p = recordQuizAttempt(p, 'q', attempt(i));
    expect(p.quizzes.q).toHaveLength(20);
    expect(p.quizzes.q![19]!.percent).toBe(29);
  });
  it('records scenario results and clears their draft', () => {
    let p = setScenarioDraft(emptyProgress(), 's1', { step: 'identify' });
    p = recordScenarioResult(p, 's1', {
      finishedAt: at.toISOString(),
      mode: 'assessment',
      score: 8,
      max: 10,
      outcome: 'completed',
      hintsUsed: 0,
      attempts: 1,
    });
    expect(p.scenarios.s1).toHaveLength(1);
    expect(p.scenarioDrafts.s1).toBeUndefined();
  });
  it('derives module status from lessons and quiz attempts', () => {
    const slugs = ['one', 'two'];
    let p = emptyProgress();
    expect(moduleStatus(p, 'm', slugs)).toBe('not-started');
    p = markLessonVisited(p, 'm/one', at);
    expect(moduleStatus(p, 'm', slugs)).toBe('in-progress');
    p = markLessonVisited(p, 'm/two', at);
    expect(moduleStatus(p, 'm', slugs)).toBe('done');
    p = recordQuizAttempt(p, 'm', attempt(50));
    expect(moduleStatus(p, 'm', slugs)).toBe('done');
    p = recordQuizAttempt(p, 'm', attempt(85));
    expect(moduleStatus(p, 'm', slugs)).toBe('passed');
  });
  it('continues at the next unopened lesson after the last one opened', () => {
    const order = ['a/1', 'a/2', 'b/1', 'b/2'];
    let p = emptyProgress();
    expect(continueTarget(p, order)).toBeUndefined();
    p = markLessonVisited(p, 'a/1', at);
    expect(continueTarget(p, order)).toBe('a/2');
    p = markLessonVisited(markLessonVisited(p, 'b/1', at), 'a/2', at);
    expect(continueTarget(p, order)).toBe('b/2');
    p = markLessonVisited(p, 'b/2', at);
    expect(continueTarget(p, order)).toBe('b/2');
  });
  it('keeps accepted assignments and the first visit time', () => {
    const a = {
      id: 'abc',
      cohort: 'C',
      trainer: 'T',
      contact: '',
      modules: ['fundamentals'],
      assessment: false,
      due: '2026-12-31',
      passMark: 80,
      lang: 'es' as const,
    };
    const p = acceptAssignment(emptyProgress(), a, at);
    expect(p.assignments.abc!.assignment).toEqual(a);
    const later = markLessonVisited(markLessonVisited(p, 'a/b', at), 'a/b', new Date('2026-12-01T00:00:00.000Z'));
    expect(later.lessons['a/b']).toEqual({ firstAt: at.toISOString(), lastAt: '2026-12-01T00:00:00.000Z' });
  });
});

describe('removeAssignment', () => {
  it('forgets one accepted assignment and keeps everything else', async () => {
    const { removeAssignment } = await import('../../src/lib/progress');
    const a = {
      id: 'abc',
      cohort: 'C',
      trainer: 'T',
      contact: '',
      modules: ['fundamentals'],
      assessment: false,
      due: '2026-12-31',
      passMark: 80,
      lang: 'es' as const,
    };
    let p = acceptAssignment(emptyProgress(), a, at);
    p = acceptAssignment(p, { ...a, id: 'def' }, at);
    p = recordQuizAttempt(p, 'fundamentals', attempt(90));
    const after = removeAssignment(p, 'abc');
    expect(Object.keys(after.assignments)).toEqual(['def']);
    expect(after.quizzes.fundamentals).toHaveLength(1);
    expect(removeAssignment(after, 'missing')).toEqual(after);
  });
});

describe('scenarioStatus', () => {
  it('is not started, then in progress with a draft, then done with the best result', async () => {
    const { scenarioStatus } = await import('../../src/lib/progress');
    const result = (score: number, mode: 'practice' | 'assessment' = 'practice') => ({
      finishedAt: '2026-11-01T10:00:00.000Z',
      mode,
      score,
      max: 20,
      outcome: 'completed',
      hintsUsed: 0,
      attempts: 1,
    });
    let p = emptyProgress();
    expect(scenarioStatus(p, 'demo')).toEqual({ status: 'not-started' });
    p = setScenarioDraft(p, 'demo', { step: 'identify' });
    expect(scenarioStatus(p, 'demo')).toEqual({ status: 'in-progress' });
    p = recordScenarioResult(p, 'demo', result(12));
    p = recordScenarioResult(p, 'demo', result(17, 'assessment'));
    p = recordScenarioResult(p, 'demo', result(15));
    expect(scenarioStatus(p, 'demo')).toMatchObject({ status: 'done', best: { score: 17, mode: 'assessment' } });
    expect(scenarioStatus(p, 'other')).toEqual({ status: 'not-started' });
  });
});
