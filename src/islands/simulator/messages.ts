import type { FieldVerdict } from '../../lib/simulator/grade';
import type { Issue } from '../../lib/simulator/request-validation';
import type { Params, T } from './text';

/** A field-specific message (`v.wrong.serial`) when there is one, else the general one (`v.wrong`). */
function specific(t: T, base: string, field: string, params: Params): string {
  const key = `${base}.${field}`;
  const text = t(key, params);
  return text === key ? t(base, params) : text;
}

const placeParams = (params: Record<string, string> | undefined, t: T): Params => ({
  ...params,
  ...(params?.location ? { place: t(`at.${params.location}`), location: t(`loc.${params.location}`) } : {}),
});

/** What the trainer says about one field: the scenario's own words for a known trap, else Traza's. */
export function verdictText(v: FieldVerdict, t: T): string {
  if (v.text) return v.text;
  return specific(t, `v.${v.code}`, v.field, placeParams(v.params, t));
}

/** What the simulated trace software says about an entry. */
export function issueText(issue: Issue, t: T): string {
  return t(`i.${issue.code}`, { ...placeParams(issue.params, t), field: t(`f.${issue.field}`) });
}
