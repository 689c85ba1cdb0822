import { useEffect, useState } from 'preact/hooks';
import type { Progress, ProgressStore } from '../../lib/progress';
import { getProgressStore } from '../../scripts/progress-store';

/**
 * The learner's progress, kept current: changes made on this page or in another tab re-render.
 * Undefined until the island runs in the browser (the server has no progress to show).
 */
export function useProgress(): { progress?: Progress; store?: ProgressStore } {
  const [state, setState] = useState<{ progress?: Progress; store?: ProgressStore }>({});
  useEffect(() => {
    const store = getProgressStore();
    setState({ progress: store.get(), store });
    return store.subscribe((progress) => setState({ progress, store }));
  }, []);
  return state;
}
