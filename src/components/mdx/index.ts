import Callout from './Callout.astro';
import Check from './Check.astro';
import Figure from './Figure.astro';
import Term from './Term.astro';

/**
 * Components every lesson can use without importing them (passed to <Content components>). The
 * simulator is not one of them: its code does not fit a lesson page's JS budget, so a lesson links
 * to its scenario page instead (docs/content-guide.md).
 */
export const mdxComponents = { Callout, Check, Figure, Term };
