import { readVersioned, type LoadProblem, type Migration, type VersionedFormat } from '../versioned-store';
import { PROGRESS_VERSION, emptyProgress, progressSchema, type Progress } from './schema';

/** Why saved progress could not be used as it was. */
export type { LoadProblem };

interface Loaded {
  progress: Progress;
  /** Set when the saved text could not be used; the caller keeps it aside and tells the learner. */
  problem?: LoadProblem;
  /** True when an older version was upgraded (the caller saves the upgraded copy). */
  migrated: boolean;
}

/**
 * One step per version. Version 1 (the first release) had `visited: string[]` for lessons and no
 * learner badge; version 2 records when each lesson was opened.
 */
const migrations: Record<number, Migration> = {
  1: (v1) => {
    const visited = Array.isArray(v1.visited) ? (v1.visited as unknown[]).filter((x) => typeof x === 'string') : [];
    const at = typeof v1.savedAt === 'string' ? v1.savedAt : new Date(0).toISOString();
    const learner = (v1.learner ?? {}) as Record<string, unknown>;
    const { visited: _drop, savedAt: _drop2, ...rest } = v1;
    return {
      ...emptyProgress(),
      ...rest,
      version: 2,
      learner: { name: learner.name ?? '', agency: learner.agency ?? '', badge: '' },
      lessons: Object.fromEntries((visited as string[]).map((key) => [key, { firstAt: at, lastAt: at }])),
    };
  },
};

/** How saved progress is read: its version, upgrade steps and shape. */
export const progressFormat: VersionedFormat<Progress> = {
  version: PROGRESS_VERSION,
  fresh: emptyProgress,
  validate: progressSchema.safeParse,
  migrations,
};

/**
 * Reads saved progress. Never throws: unreadable text, a wrong shape or a version from a newer
 * Traza give a fresh record plus a `problem`, so the caller can keep the original aside.
 */
export function parseProgress(raw: string | null | undefined): Loaded {
  const { value: progress, ...rest } = readVersioned(raw, progressFormat);
  return { progress, ...rest };
}
