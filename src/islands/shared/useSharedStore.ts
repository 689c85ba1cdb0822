import { useEffect, useState } from 'preact/hooks';
import type { SharedStore } from '../../lib/browser-store';

/**
 * A record kept in the browser (progress, rosters), kept current: a change made on this page or in
 * another tab re-renders. Both are undefined until the island runs in the browser (the server has
 * no record to show), so an island renders its loading state first.
 */
export function useSharedStore<T>(getStore: () => SharedStore<T>): { value?: T; store?: SharedStore<T> } {
  const [state, setState] = useState<{ value?: T; store?: SharedStore<T> }>({});
  useEffect(() => {
    const store = getStore();
    setState({ value: store.get(), store });
    return store.subscribe((value) => setState({ value, store }));
  }, [getStore]);
  return state;
}
