import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { glossarySchema } from './schemas/glossary';
import { lessonSchema } from './schemas/lesson';
import { moduleSchema } from './schemas/module';
import { questionListSchema, quizSchema } from './schemas/question';
import { quickrefSchema } from './schemas/quickref';
import { scenarioSchema } from './schemas/scenario';
import { sourceSchema } from './schemas/source';

// Every collection loads from `content/` at the top of the repository. Cross-references between
// collections (lesson → module, <Term> → glossary, …) are checked in src/lib/content-checks.ts.
const modules = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/modules' }),
  schema: moduleSchema,
});

const lessons = defineCollection({
  loader: glob({ pattern: '{en,es}/*/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

const glossary = defineCollection({ loader: file('content/glossary.yaml'), schema: glossarySchema });
const sources = defineCollection({ loader: file('content/sources.yaml'), schema: sourceSchema });

const checks = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/checks' }),
  schema: questionListSchema,
});

const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quizzes' }),
  schema: quizSchema,
});

const quickref = defineCollection({
  loader: glob({ pattern: 'quickref.yaml', base: './content' }),
  schema: quickrefSchema,
});

// Simulator scenarios, one file each; cross-checks (solvable, answers marked on the gun) run in
// src/content/course.ts through src/lib/simulator/check.ts.
const scenarios = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/scenarios' }),
  schema: scenarioSchema,
});

// Prose pages other than lessons (about), one MDX file per language: content/pages/<lang>/<page>.mdx.
const pages = defineCollection({
  loader: glob({ pattern: '{en,es}/*.mdx', base: './content/pages' }),
  schema: z.object({ title: z.string().min(1), description: z.string().min(1).max(200) }).strict(),
});

export const collections = { pages, modules, lessons, glossary, sources, checks, quizzes, quickref, scenarios };
