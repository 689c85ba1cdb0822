/**
 * Fills `{{name}}` placeholders in a UI string an island received as a prop (i18next stays on the
 * server, so islands get the raw template). An unknown name is left visible rather than blanked,
 * so a missing value shows up in review instead of producing a sentence with a hole in it.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The locale for numbers and dates: the course's Spanish readers are in Mexico. */
export function localeOf(lang: 'en' | 'es'): string {
  return lang === 'es' ? 'es-MX' : 'en-US';
}
