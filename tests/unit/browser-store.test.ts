import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './support/memory-storage';
import { browserStore, type BrowserEnv } from '../../src/lib/browser-store';
import { createProgressStore, emptyProgress, markLessonVisited } from '../../src/lib/progress';
import { PROGRESS_KEY, ROSTER_KEY } from '../../src/lib/storage-names';

const at = new Date('2026-11-30T12:00:00.000Z');

/** A page: its storage, and a way to play another tab's `storage` event. */
function fakePage(storage: MemoryStorage | null = new MemoryStorage()) {
  const listeners: ((key: string | null, value: string | null) => void)[] = [];
  let opened = 0;
  const env: BrowserEnv = {
    storage: () => {
      opened += 1;
      return storage;
    },
    onStorage: (l) => listeners.push(l),
  };
  const otherTab = (key: string | null, value: string | null) => listeners.forEach((l) => l(key, value));
  return { env, storage, otherTab, opened: () => opened, listeners: () => listeners.length };
}

describe('browserStore', () => {
  it('opens nothing until first used, then gives every caller the same store', () => {
    const page = fakePage();
    const get = browserStore(PROGRESS_KEY, createProgressStore, page.env);
    expect(page.opened()).toBe(0);
    const a = get();
    a.update((p) => markLessonVisited(p, 'fundamentals/what-a-trace-is', at));
    expect(get()).toBe(a);
    expect(get().get().lessons['fundamentals/what-a-trace-is']).toBeDefined();
    expect([page.opened(), page.listeners()]).toEqual([1, 1]);
    expect(JSON.parse(page.storage!.getItem(PROGRESS_KEY)!).lessons).toHaveProperty(['fundamentals/what-a-trace-is']);
  });

  it("follows another tab's changes to its own key only", () => {
    const page = fakePage();
    const store = browserStore(PROGRESS_KEY, createProgressStore, page.env)();
    const heard: number[] = [];
    store.subscribe((p) => heard.push(Object.keys(p.lessons).length));
    const elsewhere = markLessonVisited(markLessonVisited(emptyProgress(), 'a/b', at), 'a/c', at);
    page.otherTab(ROSTER_KEY, JSON.stringify(elsewhere));
    expect(heard).toEqual([]);
    page.otherTab(PROGRESS_KEY, JSON.stringify(elsewhere));
    expect(heard).toEqual([2]);
    page.otherTab(PROGRESS_KEY, 'not json');
    expect(store.get().lessons).toEqual(elsewhere.lessons);
  });

  it('works in memory, and says so, when the browser refuses storage', () => {
    const page = fakePage(null);
    const store = browserStore(PROGRESS_KEY, createProgressStore, page.env)();
    store.update((p) => markLessonVisited(p, 'a/b', at));
    expect(store.get().lessons['a/b']).toBeDefined();
    expect(store.notices()).toEqual([{ kind: 'memory' }]);
  });

  it('has no way to write but update (reloadFrom only follows other tabs)', () => {
    const store = browserStore(PROGRESS_KEY, createProgressStore, fakePage().env)();
    expect(Object.keys(store).sort()).toEqual(['get', 'notices', 'reloadFrom', 'subscribe', 'update']);
  });
});
