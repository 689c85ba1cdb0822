export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** True when the key went to a text field, where "/" must type a slash. */
  inTextField: boolean;
}

/** "/" (outside text fields) and Ctrl+K / ⌘K open the search. */
export function isSearchShortcut(e: KeyLike): boolean {
  if (e.altKey) return false;
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') return true;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !e.inTextField;
}
