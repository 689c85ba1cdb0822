/**
 * Which modules a lesson page's course outline (the sidebar) lists.
 *
 * Every lesson page carries the outline, so whatever it lists is repeated on every page: listing
 * every lesson of every module makes each page grow with the course and the whole build grow with
 * the square of it (the benchmark measured 41.5 KB of HTML a lesson and a 433 s build at 2,000
 * lessons a language). The outline therefore lists the current module's lessons, and the other
 * modules as one link each; a course with more than `max` modules shows a window of `max` modules
 * around the current one, and the page adds a link to the full list on the course home.
 */
export interface OutlineWindow {
  /** Index of the first module listed. */
  start: number;
  /** Index after the last module listed. */
  end: number;
  /** True when some modules are left out (the page should link to the full list). */
  partial: boolean;
}

/** Default number of modules an outline lists; the real course has seven. */
export const OUTLINE_MAX_MODULES = 9;

export function outlineWindow(total: number, current: number, max = OUTLINE_MAX_MODULES): OutlineWindow {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`outlineWindow: bad module count ${total}`);
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`outlineWindow: bad maximum ${max}`);
  if (total <= max) return { start: 0, end: total, partial: false };
  // Centre the current module; an unknown current module (-1) shows the first modules.
  const at = Math.min(Math.max(current, 0), total - 1);
  const start = Math.min(Math.max(at - Math.floor((max - 1) / 2), 0), total - max);
  return { start, end: start + max, partial: true };
}
