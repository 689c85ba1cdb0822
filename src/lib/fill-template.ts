/**
 * Fills the `{{name}}` placeholders of a UI string (i18next stays on the server, so islands and
 * browser scripts get the raw template). A name without a value is left visible as `{{name}}`
 * rather than blanked: a sentence with a hole in it ("due in  days") reads as if it were right,
 * while a visible placeholder is caught in review and by tests. Values are inserted as they are,
 * never read as templates themselves.
 *
 * Its own module, apart from src/lib/format.ts: the scripts on every reading page use it, and a
 * shared module is one chunk, so format's month names would otherwise ride along on every page.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
