import { z } from 'astro/zod';
import { localizedText, slug } from './localized';
import {
  CRIME_IDS,
  DIFFICULTIES,
  FIELDS,
  FIREARM_TYPES,
  IDENTIFY_FIELDS,
  LAB_STATUSES,
  LOCATIONS,
  MULTIPLE_SALE_FORMS,
  PRIORITIES,
  REASONS,
  ROLES,
  SEXES,
  SIDES,
  STATE_IDS,
} from '../lib/simulator/fields';

/**
 * A simulator scenario: `content/scenarios/<id>.yaml`, both languages side by side. Cross-checks
 * that need the whole file (expected values appear in the markings, the chain runs forward in
 * time, the scenario is solvable) live in src/lib/simulator/check.ts and run when the course loads.
 */

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day, `YYYY-MM-DD`. The build's YAML parser turns an unquoted date into a Date; the
 * tests' parser keeps it a string. Both become the same string here.
 */
export const isoDay = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(ISO_DAY, 'write a date as YYYY-MM-DD')
    .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, 'not a real calendar date'),
);

/** Text marked on the gun or written in the file: quote it in YAML so `0041773` stays a string. */
const literal = z.string({ error: 'expected text: quote values YAML would read as a number or a date' }).trim().min(1);

/** An expected answer: the value as marked, plus other spellings that are also right. */
const answer = z.union([
  literal.transform((value) => ({ value, accept: [] as string[] })),
  z
    .object({
      value: literal.describe('The answer as marked on the gun or written in the file'),
      accept: z
        .array(literal)
        .default([])
        .describe('Other spellings that are also right (aliases, the other language)'),
    })
    .strict(),
]);

const panel = z
  .object({
    id: slug.describe('Unique within the scenario; expected values and traps point at it'),
    location: z.enum(LOCATIONS).describe('Where on the gun the marking is'),
    side: z.enum(SIDES).optional().describe('Which side of that part'),
    lines: z.array(literal).min(1).max(5).describe('The marking exactly as stamped, one string per line'),
    note: localizedText
      .optional()
      .describe('What the marking looks like, for a reader who cannot see the panel (e.g. ground-off characters)'),
    damaged: z.boolean().default(false).describe('true when the characters are ground off or damaged'),
  })
  .strict();

const link = z
  .object({
    role: z.enum(ROLES).describe('Link in the chain: manufacturer or importer first, purchaser last'),
    name: literal.describe('Fictional licensee or person'),
    place: literal.describe('City and state, e.g. "El Paso, TX"'),
    date: isoDay.describe('When this link sold or shipped the gun on; for the purchaser, the retail sale'),
  })
  .strict();

const related = z
  .object({
    serial: literal.describe('Serial number of the other traced gun'),
    description: localizedText.describe('Type, maker and model of the other gun'),
    recovered: isoDay.describe('When that gun was recovered'),
    place: literal.describe('Fictional municipality and state of that recovery'),
    purchaser: literal.describe('First retail purchaser in that result'),
    dealer: literal.describe('Retail dealer in that result, with city and state'),
    sold: isoDay.describe('Retail sale date in that result'),
  })
  .strict();

const question = z
  .object({
    id: slug.describe('Unique within the scenario'),
    prompt: localizedText.describe('The question'),
    options: z
      .array(
        z
          .object({
            id: slug.describe('Unique within the question'),
            text: localizedText.describe('The answer as the learner reads it'),
            correct: z.boolean().default(false).describe('Exactly one option per question is correct'),
          })
          .strict(),
      )
      .min(2)
      .max(5)
      .describe('Single choice: two to five options'),
    explanation: localizedText.describe('Shown after answering: why the right answer is right'),
  })
  .strict()
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: 'a debrief question needs exactly one option with correct: true',
    path: ['options'],
  });

const gradedField = z.enum(FIELDS);

export const scenarioSchema = z
  .object({
    id: slug.describe('Same as the file name'),
    order: z.number().int().min(1).describe('Position in the practice list, unique'),
    difficulty: z.enum(DIFFICULTIES).describe('basic, intermediate or advanced, shown in the practice list'),
    module: slug.describe('The course module this scenario practises (a file name in content/modules/)'),
    minutes: z.number().int().min(3).max(40).describe('Time estimate'),
    title: localizedText.describe('Scenario title: the page heading and the practice-list link'),
    summary: localizedText.describe('One or two sentences for the practice list'),
    brief: localizedText.describe('The case as the learner first reads it; blank lines separate paragraphs'),
    case: z
      .object({
        agency: literal.describe("The learner's agency code (Traza's fictional format: MX, five digits, two letters)"),
        unit: localizedText.describe('Fictional unit name'),
        officer: literal.describe('Fictional officer: the learner plays this person'),
        badge: literal.optional().describe("The officer's badge number, if the file gives one"),
        caseNumber: literal.describe('Investigation file number'),
        requestDate: isoDay.describe(
          "The case's own today: the date the learner sends the request (the request date is never the learner's calendar)",
        ),
        recovery: z
          .object({
            date: isoDay.describe('Date of the seizure (aseguramiento)'),
            state: z.enum(STATE_IDS).describe('Mexican state, by its short id (src/lib/simulator/fields.ts)'),
            municipality: literal.describe('Fictional municipality'),
            place: localizedText.describe('Where exactly, in words'),
          })
          .strict(),
        possessor: z
          .object({
            name: literal.describe('Full name as on an official ID, without nicknames'),
            alias: literal.optional().describe('Nickname, which belongs in the alias field'),
            dob: isoDay.optional().describe('Date of birth'),
            sex: z.enum(SEXES).optional().describe('female, male or unknown'),
            address: literal.optional().describe("The possessor's address as the file gives it"),
          })
          .strict()
          .optional()
          .describe('The person found with the gun; absent when nobody was'),
        associates: z
          .array(
            z
              .object({
                name: literal.describe('Full name, as on an official ID'),
                address: literal.optional().describe('Address as the file gives it'),
                role: localizedText.describe(
                  'How the person is linked to the recovery, e.g. a passenger in the vehicle',
                ),
              })
              .strict(),
          )
          .max(2)
          .default([])
          .describe('Other people linked to the recovery (the request has room for two)'),
      })
      .strict()
      .describe('The case file: expected requester, recovery and possessor data'),
    evidence: z
      .object({
        type: z.enum(FIREARM_TYPES).describe('Which schematic to draw: pistol, revolver, rifle or shotgun'),
        description: localizedText.describe('What the learner sees, in one or two sentences'),
        panels: z.array(panel).min(1).max(8).describe('The marking panels, numbered in this order on the schematic'),
      })
      .strict()
      .describe('What the learner sees of the gun'),
    identification: z
      .object({
        type: z.enum(FIREARM_TYPES).describe('The right type; equals evidence.type'),
        manufacturer: answer.describe('The maker as marked (the foreign maker for an import)'),
        country: answer.describe('Country of manufacture as marked'),
        importer: answer.optional().describe('Required when the gun was made outside the U.S. and imported'),
        noImporter: z.boolean().default(false).describe('true for a foreign-made gun with no U.S. importer marks'),
        model: answer.describe('Model as marked'),
        caliber: answer.describe('Caliber, or gauge for a shotgun'),
        serial: literal.optional().describe('Exactly as stamped; absent only when obliterated and not yet restored'),
        serialPanel: slug.describe('The panel that carries the serial (on the frame or receiver)'),
        obliterated: z
          .object({ labStatus: z.enum(LAB_STATUSES).describe('The right lab status at the first request') })
          .strict()
          .optional()
          .describe('Present when the serial is obliterated'),
      })
      .strict()
      .describe('The right firearm section'),
    request: z
      .object({
        priority: z.enum(PRIORITIES).describe('routine, or urgent when the case cannot wait'),
        crime: z.enum(CRIME_IDS).describe("An id from Traza's simulated crime list"),
      })
      .strict()
      .describe('The right priority and crime category (the rest of the request comes from case)'),
    traps: z
      .array(
        z
          .object({
            field: gradedField.describe('The field a learner might put this value in'),
            value: literal.describe('The wrong value'),
            feedback: localizedText.describe('What went wrong and where to look'),
          })
          .strict(),
      )
      .default([])
      .describe('Known wrong values with their own feedback'),
    hints: z.partialRecord(z.enum(FIELDS), localizedText).default({}).describe('Per-field hints for practice mode'),
    result: z
      .object({
        outcome: z.enum(['completed', 'not-completed']).describe('What the right request gets'),
        reason: z.enum(REASONS).optional().describe('Why it was not completed'),
        chain: z
          .array(link)
          .default([])
          .describe(
            'Importer or manufacturer first, dates in order; purchaser last when completed, dealer last for no-purchaser, exporter last for exported',
          ),
        note: localizedText.optional().describe('What the result says beyond the chain'),
        multipleSale: z
          .object({
            form: z
              .enum(MULTIPLE_SALE_FORMS)
              .describe('3310.4 (handguns) or 3310.12 (certain rifles, four border states)'),
            date: isoDay.describe('Date of the multiple sale'),
            firearms: z.number().int().min(2).describe('How many guns the report lists'),
            note: localizedText.describe('What the report says'),
          })
          .strict()
          .optional()
          .describe('A multiple-sale report that lists this gun'),
        related: z.array(related).default([]).describe("Earlier results in the agency's file that share a pattern"),
      })
      .strict()
      .describe('What the simulated NTC sends back for the right request'),
    restoration: z
      .object({
        date: isoDay.describe('When the laboratory reported'),
        text: localizedText.describe('The laboratory update'),
        panel: panel.describe('The restored marking, as the lab report gives it'),
        serial: literal.describe('The restored serial the corrected request must carry'),
      })
      .strict()
      .optional()
      .describe('Obliterated serials only: the laboratory restores the number after the first request'),
    correction: z
      .object({
        previous: z.partialRecord(z.enum(IDENTIFY_FIELDS), z.string()).describe("The colleague's wrong entries"),
        submitted: isoDay.describe('When that request was sent'),
        reason: z.enum(REASONS).describe('Why it came back not completed'),
      })
      .strict()
      .optional()
      .describe('A request already sent with an error: the learner corrects and resubmits it'),
    debrief: z
      .array(question)
      .min(2)
      .max(3)
      .describe('Two or three questions on what the result means and what to do next'),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
