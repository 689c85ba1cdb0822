import Callout from './Callout.astro';
import Check from './Check.astro';
import Figure from './Figure.astro';
import Term from './Term.astro';
import TraceWalkthrough from './TraceWalkthrough.astro';

/** Components every lesson can use without importing them (passed to <Content components>). */
export const mdxComponents = { Callout, Check, Figure, Term, TraceWalkthrough };
