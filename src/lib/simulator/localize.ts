import type { Scenario } from '../../schemas/scenario';

export type Lang = 'en' | 'es';

/** A value with every `{ en, es }` pair replaced by the text of one language. */
export type Local<T> = T extends { en: string; es: string }
  ? string
  : T extends readonly (infer U)[]
    ? Local<U>[]
    : T extends object
      ? { [K in keyof T]: Local<T[K]> }
      : T;

/** A scenario in one language: what the page hands the island, so only its language ships. */
export type LocalScenario = Local<Scenario>;

const isPair = (v: object): v is { en: string; es: string } => {
  const keys = Object.keys(v);
  return (
    keys.length === 2 &&
    typeof (v as Record<string, unknown>).en === 'string' &&
    typeof (v as Record<string, unknown>).es === 'string'
  );
};

/** Replaces every `{ en, es }` text in a value by its `lang` text; everything else is copied. */
export function localize<T>(value: T, lang: Lang): Local<T> {
  if (Array.isArray(value)) return value.map((v) => localize(v, lang)) as Local<T>;
  if (value && typeof value === 'object') {
    if (isPair(value)) return value[lang] as Local<T>;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v, lang)])) as Local<T>;
  }
  return value as Local<T>;
}

export function localizeScenario(scenario: Scenario, lang: Lang): LocalScenario {
  return localize(scenario, lang);
}
