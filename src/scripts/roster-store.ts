import { ROSTER_KEY, createRosterStore, type RosterStore } from '../lib/roster-store';

let store: RosterStore | undefined;

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The trainer's roster store over localStorage; another tab's changes arrive through `storage`. */
export function getRosterStore(): RosterStore {
  if (!store) {
    const s = createRosterStore(localStorageOrNull());
    window.addEventListener('storage', (e) => {
      if (e.key === ROSTER_KEY) s.reloadFrom(e.newValue);
    });
    store = s;
  }
  return store;
}
