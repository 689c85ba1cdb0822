// Which practice scenarios a module overview page lists (src/lib/simulator/scenario-list.ts).
import { describe, expect, it } from 'vitest';
import { scenariosForModule } from '../../src/lib/simulator/scenario-list';

const entry = (id: string, module: string, order: number) => ({ id, data: { module, order } });
const scenarios = [
  entry('obliterated-serial', 'identification', 4),
  entry('pistol-short-ttc', 'results', 1),
  entry('imported-rifle', 'identification', 2),
  entry('revolver-numbers', 'identification', 3),
];

describe('scenariosForModule', () => {
  it("keeps only the module's scenarios, in practice-list order", () => {
    expect(scenariosForModule(scenarios, 'identification').map((s) => s.id)).toEqual([
      'imported-rifle',
      'revolver-numbers',
      'obliterated-serial',
    ]);
  });
  it('is empty for a module without scenarios', () => {
    expect(scenariosForModule(scenarios, 'fundamentals')).toEqual([]);
  });
  it('does not reorder the list it is given', () => {
    const before = scenarios.map((s) => s.id);
    scenariosForModule(scenarios, 'identification');
    expect(scenarios.map((s) => s.id)).toEqual(before);
  });
});
