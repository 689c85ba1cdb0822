/**
 * The scenarios that practise one module, in practice-list order. The module overview page lists
 * them between its lessons and its quiz; a module with none gets an empty list, and the page then
 * shows no practice section at all. Generic over the entry shape so the page can pass content
 * collection entries and the tests plain objects.
 */
export function scenariosForModule<S extends { data: { module: string; order: number } }>(
  scenarios: readonly S[],
  module: string,
): S[] {
  return scenarios.filter((s) => s.data.module === module).sort((a, b) => a.data.order - b.data.order);
}
