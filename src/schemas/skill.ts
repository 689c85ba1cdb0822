import { z } from 'astro/zod';

/**
 * What a question asks the learner to do. Every quiz question and knowledge check names one, so
 * the build can say how much of a module's pool tests a skill an agent uses, and how much only
 * recalls a fact (a date or a figure no agent acts on), which is capped per module.
 */
export const SKILLS = [
  'reading-markings',
  'entering-serial',
  'request-fields',
  'priority',
  'reading-results',
  'time-to-crime',
  'leads',
  'sharing-limits',
  'procedure',
  'legal-context',
  'fact-recall',
] as const;
export type Skill = (typeof SKILLS)[number];

export const skill = z
  .enum(SKILLS)
  .describe(
    'The skill the item tests: reading-markings (which mark is which on a gun), entering-serial (copying a serial as marked), ' +
      'request-fields (what goes in each field of the request), priority (routine or urgent and the justification), ' +
      'reading-results (what a result says and does not say), time-to-crime (computing and reading TTC), leads (turning a ' +
      'result into next steps), sharing-limits (who may see trace data), procedure (Mexican criminal procedure: the MP, the ' +
      'carpeta, chain of custody), legal-context (the law and institutions behind tracing), fact-recall (a date or figure ' +
      'no agent acts on; at most 10% of a module pool)',
  );
