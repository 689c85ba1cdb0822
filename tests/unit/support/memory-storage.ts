import type { StorageLike } from '../../../src/lib/versioned-store';

/** localStorage in memory, for the store tests; `data` is there to inspect or corrupt. */
export class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}
