/**
 * A validator for the data Traza keeps in the browser (progress, rosters, receipts), with the
 * same `safeParse` contract as Zod. Why not Zod: every page checks saved progress on load, and
 * `zod/mini` alone weighed 8 KB gzip there, most of a reading page's 10 KB budget; these few
 * shapes need a fraction of that. Objects keep only the keys their shape names (as Zod does),
 * so a stray key in a saved record or a receipt never travels further.
 */

const FAIL = Symbol('invalid');
type Parse<T> = (value: unknown) => T | typeof FAIL;

export interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
  /** The parser itself, for composing schemas. */
  readonly parse: Parse<T>;
  /** Set on `optional(…)`: the key may be missing from its object. */
  readonly optional?: true;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function schema<T>(parse: Parse<T>): Schema<T> {
  return {
    parse,
    safeParse(value) {
      const data = parse(value);
      return data === FAIL ? { success: false } : { success: true, data };
    },
  };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function string(min = 0, max = Infinity, pattern?: RegExp): Schema<string> {
  return schema((v) =>
    typeof v === 'string' && v.length >= min && v.length <= max && (!pattern || pattern.test(v)) ? v : FAIL,
  );
}

/** A finite number in [min, max]; `integer` refuses fractions. */
export function number(min = -Infinity, max = Infinity, integer = false): Schema<number> {
  return schema((v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v)) ? v : FAIL,
  );
}

export const boolean: Schema<boolean> = schema((v) => (typeof v === 'boolean' ? v : FAIL));

/** Anything, kept as it is: for data another part of the code validates (quiz drafts, answers). */
export const unknown: Schema<unknown> = schema((v) => v);

export function literal<const T extends string | number | boolean>(value: T): Schema<T> {
  return schema((v) => (v === value ? value : FAIL));
}

export function oneOf<const T extends readonly string[]>(values: T): Schema<T[number]> {
  return schema((v) => (typeof v === 'string' && values.includes(v) ? (v as T[number]) : FAIL));
}

export function optional<T>(inner: Schema<T>): Schema<T | undefined> & { optional: true } {
  return { ...schema((v) => (v === undefined ? undefined : inner.parse(v))), optional: true };
}

export function array<T>(item: Schema<T>, max = Infinity): Schema<T[]> {
  return schema((v) => {
    if (!Array.isArray(v) || v.length > max) return FAIL;
    const out: T[] = [];
    for (const x of v) {
      const parsed = item.parse(x);
      if (parsed === FAIL) return FAIL;
      out.push(parsed);
    }
    return out;
  });
}

/** An object used as a map (string keys to one kind of value). */
export function record<T>(value: Schema<T>): Schema<Record<string, T>> {
  return schema((v) => {
    if (!isPlainObject(v)) return FAIL;
    const entries: [string, T][] = [];
    for (const [key, x] of Object.entries(v)) {
      const parsed = value.parse(x);
      if (parsed === FAIL) return FAIL;
      entries.push([key, parsed]);
    }
    // fromEntries defines own properties, so a `__proto__` key stays a plain key.
    return Object.fromEntries(entries);
  });
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined>;
  }
>;

/** An object with exactly these keys (optional ones may be missing); other keys are dropped. */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return schema((v) => {
    if (!isPlainObject(v)) return FAIL;
    const entries: [string, unknown][] = [];
    for (const [key, field] of Object.entries(shape)) {
      const parsed = field.parse(v[key]);
      if (parsed === FAIL) return FAIL;
      if (parsed !== undefined || !field.optional) entries.push([key, parsed]);
    }
    return Object.fromEntries(entries) as ObjectOf<S>;
  });
}
