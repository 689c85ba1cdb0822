import { describe, expect, it } from 'vitest';
import {
  checkCourse,
  componentAttributes,
  countWords,
  formatProblems,
  type CourseInput,
  type LessonInput,
} from '../../src/lib/content-checks';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

function lesson(over: Partial<LessonInput> = {}): LessonInput {
  return {
    lang: 'en',
    module: 'fundamentals',
    slug: 'what-a-trace-is',
    order: 1,
    fallback: false,
    sources: ['S1'],
    body: words(500),
    file: 'content/lessons/en/fundamentals/what-a-trace-is.mdx',
    ...over,
  };
}

function course(over: Partial<CourseInput> = {}): CourseInput {
  return {
    modules: [{ id: 'fundamentals', order: 1, file: 'content/modules/fundamentals.yaml' }],
    lessons: [lesson(), lesson({ lang: 'es', file: 'content/lessons/es/fundamentals/what-a-trace-is.mdx' })],
    glossaryIds: ['serial-number', 'frame'],
    glossaryRelated: [{ id: 'serial-number', related: ['frame'] }],
    sourceIds: ['S1', 'S2'],
    checkIds: ['fundamentals-registry'],
    questions: [],
    ...over,
  };
}

describe('countWords', () => {
  it('counts prose and skips imports, tags, expressions and code', () => {
    const body = [
      "import Chain from '../../Chain.astro';",
      '',
      '## A heading here',
      '',
      'A trace follows the <Term id="serial-number">serial number</Term> of a gun.',
      '<Chain />',
      '<Callout type="note">Two words</Callout>',
      '```',
      'code is not counted',
      '```',
      '{/* a comment */}',
      '| a | b |',
      '|---|---|',
    ].join('\n');
    // A heading here (3) + A trace follows the serial number of a gun (9) + Two words (2) + a b (2)
    expect(countWords(body)).toBe(16);
  });
  it('counts Spanish words with accents and ñ', () => {
    expect(countWords('El número de serie del armazón, año 1968.')).toBe(8);
  });
});

describe('componentAttributes', () => {
  it('finds ids in either quote style', () => {
    expect(
      componentAttributes(`<Term id="a">x</Term> and <Term id='b'>y</Term> <Terms id="no">`, 'Term', 'id'),
    ).toEqual(['a', 'b']);
  });
});

describe('checkCourse', () => {
  it('accepts a consistent course', () => {
    expect(checkCourse(course())).toEqual([]);
  });
  it('names an unknown module', () => {
    const problems = checkCourse(course({ lessons: [lesson({ module: 'nope', fallback: true })] }));
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'module', file: 'content/lessons/en/fundamentals/what-a-trace-is.mdx' }),
    );
  });
  it('requires the twin in the other language unless the lesson allows a fallback', () => {
    const missing = checkCourse(course({ lessons: [lesson()] }));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ field: 'fallback' });
    expect(missing[0]!.message).toContain('content/lessons/es/fundamentals/what-a-trace-is.mdx');
    expect(checkCourse(course({ lessons: [lesson({ fallback: true })] }))).toEqual([]);
  });
  it('rejects duplicate lesson and module orders', () => {
    const dupLesson = course({
      lessons: [
        lesson(),
        lesson({ slug: 'other', fallback: true, file: 'other.mdx' }),
        lesson({ lang: 'es', file: 'es.mdx' }),
      ],
    });
    expect(checkCourse(dupLesson)).toContainEqual(expect.objectContaining({ file: 'other.mdx', field: 'order' }));
    const dupModule = course({
      modules: [
        { id: 'fundamentals', order: 1, file: 'a.yaml' },
        { id: 'identification', order: 1, file: 'b.yaml' },
      ],
    });
    expect(checkCourse(dupModule)).toContainEqual({
      file: 'b.yaml',
      field: 'order',
      message: expect.stringContaining('fundamentals'),
    });
  });
  it('reports unknown terms, checks and sources', () => {
    const body = `${words(450)} <Term id="ghost">x</Term> <Check id="nope" />`;
    const problems = checkCourse(course({ lessons: [lesson({ body, sources: ['S9'], fallback: true })] }));
    expect(problems.map((p) => p.field).sort()).toEqual(['<Check id>', '<Term id>', 'sources']);
  });
  it('enforces the word range', () => {
    expect(checkCourse(course({ lessons: [lesson({ body: words(399), fallback: true })] }))[0]).toMatchObject({
      field: 'body',
    });
    expect(checkCourse(course({ lessons: [lesson({ body: words(1201), fallback: true })] }))[0]).toMatchObject({
      field: 'body',
    });
    expect(checkCourse(course({ lessons: [lesson({ body: words(1200), fallback: true })] }))).toEqual([]);
  });
  it('checks glossary cross-references, question ids and question lessons', () => {
    const problems = checkCourse(
      course({
        glossaryRelated: [{ id: 'frame', related: ['nowhere'] }],
        questions: [
          { file: 'q.yaml', id: 'q1', module: 'fundamentals', lesson: 'what-a-trace-is' },
          { file: 'r.yaml', id: 'q1', module: 'fundamentals' },
          { file: 'r.yaml', id: 'q2', module: 'fundamentals', lesson: 'missing-lesson' },
        ],
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/glossary.yaml', field: 'frame.related' }),
      expect.objectContaining({ file: 'r.yaml', field: 'q1.id' }),
      expect.objectContaining({ file: 'r.yaml', field: 'q2.lesson' }),
    ]);
  });
  it('formats every problem on its own line, file first', () => {
    const text = formatProblems([{ file: 'a.mdx', field: 'order', message: 'taken' }]);
    expect(text).toContain('1 content problem:');
    expect(text).toContain('a.mdx → order: taken');
  });
});
