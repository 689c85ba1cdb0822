/**
 * The Cache API in memory, for the service-worker tests: the parts of `caches` and `Cache` the
 * worker uses, with the matching rules it relies on (`ignoreSearch`; `ignoreVary` is accepted and
 * changes nothing, since these tests never send Vary).
 */
type Input = Request | string;
const urlOf = (input: Input) => (typeof input === 'string' ? input : input.url);
const withoutSearch = (url: string) => url.split(/[?#]/)[0];

export class MemoryCache {
  entries = new Map<string, Response>();

  async match(input: Input, options: { ignoreSearch?: boolean; ignoreVary?: boolean } = {}) {
    const url = urlOf(input);
    const hit = options.ignoreSearch
      ? [...this.entries].find(([key]) => withoutSearch(key) === withoutSearch(url))?.[1]
      : this.entries.get(url);
    return hit?.clone();
  }
  async put(input: Input, response: Response) {
    this.entries.set(urlOf(input), response.clone());
  }
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
  async delete(input: Input) {
    return this.entries.delete(urlOf(input));
  }
  async add(url: string) {
    this.entries.set(url, new Response(`downloaded ${url}`));
  }
}

export class MemoryCaches {
  stores = new Map<string, MemoryCache>();

  async open(name: string) {
    if (!this.stores.has(name)) this.stores.set(name, new MemoryCache());
    return this.stores.get(name)!;
  }
  async keys() {
    return [...this.stores.keys()];
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
  async match(input: Input, options: { cacheName?: string; ignoreSearch?: boolean } = {}) {
    const names = options.cacheName ? [options.cacheName] : [...this.stores.keys()];
    for (const name of names) {
      const hit = await this.stores.get(name)?.match(input, options);
      if (hit) return hit;
    }
    return undefined;
  }
  /** URLs stored in one cache, for assertions. */
  urls(name: string) {
    return [...(this.stores.get(name)?.entries.keys() ?? [])].sort();
  }
}
