import type { Assignment } from '../../lib/assignment';
import { assignmentItems } from '../../lib/assignment';
import { formatDate } from '../../lib/format-date';
import QrCode from '../shared/QrCode';
import type { HandoutStrings } from '../shared/strings';
import css from './trainer.module.css';

export interface HandoutLanguage {
  s: HandoutStrings;
  /** Module id (and `assessment`) → title in this language. */
  titles: Record<string, string>;
}

interface Props {
  assignment: Assignment;
  link: string;
  qrLabel: string;
  texts: Record<'en' | 'es', HandoutLanguage>;
}

/**
 * The printed sheet: the same assignment in English and in Spanish, with the link and its QR
 * code once. Everything the trainer typed is rendered as text.
 */
export default function Handout({ assignment: a, link, qrLabel, texts }: Props) {
  const langs = a.lang === 'es' ? (['es', 'en'] as const) : (['en', 'es'] as const);
  return (
    <div class={css.handout} data-handout>
      <div class={css.languages}>
        {langs.map((lang) => {
          const { s, titles } = texts[lang];
          return (
            <section lang={lang} key={lang} class={css.language} aria-labelledby={`handout-${lang}`}>
              <h3 id={`handout-${lang}`}>
                {s['handout.title']}: {a.cohort}
              </h3>
              <dl class={css.facts}>
                <dt>{s['handout.trainer']}</dt>
                <dd>{a.trainer}</dd>
                {a.contact && (
                  <>
                    <dt>{s['handout.contact']}</dt>
                    <dd>{a.contact}</dd>
                  </>
                )}
                <dt>{s['handout.due']}</dt>
                <dd>{formatDate(a.due, lang)}</dd>
                <dt>{s['handout.passMark']}</dt>
                <dd>{a.passMark}%</dd>
              </dl>
              <h4>{s['handout.complete']}</h4>
              <ul>
                {assignmentItems(a).map((id) => (
                  <li key={id}>{titles[id] ?? id}</li>
                ))}
              </ul>
              <h4>{s['handout.steps']}</h4>
              <ol>
                <li>{s['handout.step1']}</li>
                <li>{s['handout.step2']}</li>
                <li>{s['handout.step3']}</li>
              </ol>
              <p class={css.small}>{s['handout.note']}</p>
            </section>
          );
        })}
      </div>
      <div class={css.linkRow}>
        <QrCode text={link} label={qrLabel} />
        <p>
          <span lang={langs[0]}>{texts[langs[0]].s['handout.link']}</span> /{' '}
          <span lang={langs[1]}>{texts[langs[1]].s['handout.link']}</span>: <span class={css.url}>{link}</span>
        </p>
      </div>
    </div>
  );
}
