import { useEffect, useRef, useState } from 'preact/hooks';
import { ASSESSMENT_ID, decodeAssignment } from '../lib/assignment';
import { importReceipts, type LineOutcome, type RosterEntry } from '../lib/roster';
import {
  addAssignment,
  mergeRosters,
  parseRoster,
  removeEntry,
  rosterCounts,
  selectAssignment,
  setEntries,
  type RosterData,
  type RosterStore,
} from '../lib/roster-store';
import { fillTemplate } from '../lib/quiz/format';
import { formatDate } from '../lib/format-date';
import { getRosterStore } from '../scripts/roster-store';
import RosterTable from './roster/RosterTable';
import { downloadText, fileDay, readTextFile } from './shared/files';
import { RECEIPT_ERROR_KEYS, type RosterStrings } from './shared/strings';
import ui from './shared/ui.module.css';
import css from './roster/roster.module.css';

export interface Props {
  lang: 'en' | 'es';
  strings: RosterStrings;
  /** Module id (and `assessment`) → title in this language. */
  titles: Record<string, string>;
  trainerHref: string;
  certificateHref: string;
}

/** Receipt files are one line each; a file of many receipts stays far below this. */
const MAX_FILE_BYTES = 1024 * 1024;

type Reported = LineOutcome & { file?: string };

/**
 * The trainer's roster: pick an assignment, paste or open receipts (each line reported), then the
 * table. Everything lives in this browser's roster store (src/lib/roster-store.ts).
 */
export default function Roster({ lang, strings: s, titles, trainerHref, certificateHref }: Props) {
  const [store, setStore] = useState<RosterStore>();
  const [roster, setRoster] = useState<RosterData>();
  const [pasted, setPasted] = useState('');
  const [report, setReport] = useState<{ outcomes: Reported[]; summary: string }>();
  const [message, setMessage] = useState('');
  const [linkText, setLinkText] = useState('');
  const [linkError, setLinkError] = useState('');
  const [backup, setBackup] = useState<RosterData>();
  const [backupError, setBackupError] = useState('');
  const filesRef = useRef<HTMLInputElement>(null);
  const backupRef = useRef<HTMLInputElement>(null);
  const reportRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const st = getRosterStore();
    setStore(st);
    setRoster(st.get());
    return st.subscribe(setRoster);
  }, []);

  if (!store || !roster) return <p>{s['common.loading']}</p>;

  const current = roster.current ? roster.assignments[roster.current] : undefined;
  const titleOf = (id: string) => titles[id] ?? id;
  const saved = Object.values(roster.assignments).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  const lineError = (o: Extract<LineOutcome, { ok: false }>) => {
    if (o.error === 'other-assignment')
      return fillTemplate(s['roster.err.otherAssignment'], { cohort: o.cohort ?? '' });
    if (o.error === 'course-receipt') return s['roster.err.courseReceipt'];
    if (o.error === 'duplicate') return s['roster.err.duplicate'];
    if (o.error === 'older') return fillTemplate(s['roster.err.older'], { name: o.name ?? '' });
    return s[RECEIPT_ERROR_KEYS[o.error]];
  };

  async function addReceipts() {
    if (!current || !store) return;
    const files = [...(filesRef.current?.files ?? [])];
    if (!pasted.trim() && files.length === 0) {
      setReport(undefined);
      setMessage(s['roster.nothing']);
      return;
    }
    let entries = current.entries;
    const outcomes: Reported[] = [];
    const sources: { text: string; file?: string }[] = [{ text: pasted }];
    for (const file of files) {
      const text = await readTextFile(file, MAX_FILE_BYTES);
      if (text === undefined) outcomes.push({ line: 1, ok: false, error: 'too-long', file: file.name });
      else sources.push({ text, file: file.name });
    }
    for (const source of sources) {
      const result = await importReceipts(source.text, entries, current.assignment.id, new Date());
      entries = result.entries;
      outcomes.push(...result.outcomes.map((o) => ({ ...o, ...(source.file ? { file: source.file } : {}) })));
    }
    store.update((r) => setEntries(r, current.assignment.id, entries));
    const count = (f: (o: Reported) => boolean) => outcomes.filter(f).length;
    const summary = fillTemplate(s['roster.importSummary'], {
      added: count((o) => o.ok && o.action === 'added'),
      updated: count((o) => o.ok && o.action === 'updated'),
      failed: count((o) => !o.ok),
    });
    setReport({ outcomes, summary });
    setMessage('');
    // Lines that went in are cleared; the ones that did not stay, to be fixed.
    const failed = new Set(outcomes.filter((o) => !o.ok && !o.file).map((o) => o.line));
    setPasted(
      pasted
        .split(/\r\n|\r|\n/)
        .filter((_, i) => failed.has(i + 1))
        .join('\n'),
    );
    if (filesRef.current) filesRef.current.value = '';
    requestAnimationFrame(() => reportRef.current?.focus());
  }

  async function openLink(e: Event) {
    e.preventDefault();
    const result = await decodeAssignment(
      linkText.trim(),
      Object.keys(titles).filter((id) => id !== ASSESSMENT_ID),
    );
    if (!result.ok) {
      setLinkError(result.error === 'unknown-version' ? s['assignment.newer'] : s['assignment.broken']);
      return;
    }
    store!.update((r) => addAssignment(r, result.value, new Date()));
    setLinkError('');
    setLinkText('');
    setMessage(s['roster.opened']);
  }

  async function chooseBackup(file: File | undefined) {
    setBackupError('');
    setBackup(undefined);
    if (!file) return;
    const text = await readTextFile(file, 20 * 1024 * 1024);
    const parsed = parseRoster(text?.trim() || 'empty');
    if (parsed.problem)
      return setBackupError(parsed.problem === 'newer-version' ? s['roster.backupNewer'] : s['roster.backupBad']);
    setBackup(parsed.roster);
  }

  const notices = store.notices();
  const merged = backup && mergeRosters(roster, backup);
  const where = (o: Reported) =>
    o.file
      ? fillTemplate(s['roster.fileLine'], { file: o.file, line: o.line })
      : fillTemplate(s['roster.line'], { line: o.line });

  return (
    <div class={ui.stack} data-roster-ready>
      {notices.map((n) => (
        <p class={ui.note} key={n.kind} role="status">
          {s[`roster.notice.${n.kind}`]}
        </p>
      ))}
      <p class={ui.live} role="status">
        {message}
      </p>

      <section class={`${ui.section} ${ui.stack}`} aria-labelledby="roster-assignment-title">
        <h2 id="roster-assignment-title">{s['roster.assignment']}</h2>
        {saved.length === 0 ? (
          <p>
            {s['roster.noAssignment']} <a href={trainerHref}>{s['roster.create']}</a>
          </p>
        ) : (
          <div class={ui.field}>
            <label for="roster-assignment">{s['roster.choose']}</label>
            <select
              id="roster-assignment"
              class={ui.input}
              value={roster.current ?? ''}
              onChange={(e) => store.update((r) => selectAssignment(r, e.currentTarget.value))}
            >
              {!roster.current && <option value="">—</option>}
              {saved.map(({ assignment: a }) => (
                <option value={a.id} key={a.id}>
                  {a.cohort} ({formatDate(a.due, lang)})
                </option>
              ))}
            </select>
          </div>
        )}
        {current && (
          <p class={ui.facts}>
            {fillTemplate(s['roster.facts'], {
              due: formatDate(current.assignment.due, lang),
              mark: current.assignment.passMark,
              count: current.entries.length,
            })}
          </p>
        )}
        <form class={ui.field} onSubmit={openLink}>
          <label for="roster-link">{s['roster.openLink']}</label>
          <p class={ui.hint} id="roster-link-hint">
            {s['roster.openLinkHint']}
          </p>
          <div class={ui.actions}>
            <input
              id="roster-link"
              class={ui.input}
              value={linkText}
              aria-describedby={`roster-link-hint${linkError ? ' roster-link-error' : ''}`}
              aria-invalid={linkError ? 'true' : undefined}
              onInput={(e) => setLinkText(e.currentTarget.value)}
            />
            <button type="submit" class="button secondary">
              {s['roster.open']}
            </button>
          </div>
          {linkError && (
            <p class={ui.error} id="roster-link-error">
              {linkError}
            </p>
          )}
        </form>
      </section>

      {current && (
        <section class={`${ui.section} ${ui.stack}`} aria-labelledby="roster-add-title">
          <h2 id="roster-add-title">{s['roster.add']}</h2>
          <div class={ui.field}>
            <label for="roster-paste">{s['roster.paste']}</label>
            <textarea
              id="roster-paste"
              class={`${ui.input} ${ui.code}`}
              rows={5}
              value={pasted}
              spellcheck={false}
              onInput={(e) => setPasted(e.currentTarget.value)}
            />
          </div>
          <div class={ui.field}>
            <label for="roster-files">{s['roster.files']}</label>
            <input
              id="roster-files"
              ref={filesRef}
              type="file"
              multiple
              accept=".txt,text/plain"
              class={ui.fileInput}
            />
          </div>
          <div class={ui.actions}>
            <button type="button" class="button" onClick={addReceipts}>
              {s['roster.addButton']}
            </button>
          </div>
          {report && report.outcomes.length > 0 && (
            <div
              ref={reportRef}
              tabIndex={-1}
              class={`${ui.focusable} ${ui.stack}`}
              role="group"
              aria-labelledby="roster-report-summary"
            >
              <p id="roster-report-summary" role="status">
                <strong>{report.summary}</strong>
              </p>
              <ul class={css.outcomes} data-outcomes>
                {report.outcomes.map((o, i) => (
                  <li key={i} data-ok={String(o.ok)}>
                    {where(o)} —{' '}
                    {o.ok
                      ? fillTemplate(s[o.action === 'added' ? 'roster.addedMsg' : 'roster.updatedMsg'], {
                          name: o.name,
                        })
                      : lineError(o)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}

      {current && (
        <section class={ui.section} aria-labelledby="roster-table-title">
          <h2 id="roster-table-title" tabIndex={-1} class={ui.focusable}>
            {s['roster.tableTitle']}
          </h2>
          <RosterTable
            assignment={current.assignment}
            entries={current.entries}
            lang={lang}
            titleOf={titleOf}
            certificateHref={certificateHref}
            onDelete={(entry: RosterEntry) => {
              store.update((r) => removeEntry(r, current.assignment.id, entry.code));
              setMessage(fillTemplate(s['roster.deleted'], { name: entry.receipt.learner.name }));
              document.getElementById('roster-table-title')?.focus();
            }}
            s={s}
          />
        </section>
      )}

      <section class={`${ui.section} ${ui.stack}`} aria-labelledby="roster-backup-title">
        <h2 id="roster-backup-title">{s['roster.backup']}</h2>
        <div class={ui.actions}>
          <button
            type="button"
            class="button secondary"
            onClick={() =>
              downloadText(`traza-roster-backup-${fileDay()}.json`, JSON.stringify(roster, null, 2), 'application/json')
            }
          >
            {s['roster.backupExport']}
          </button>
        </div>
        <div class={ui.field}>
          <label for="roster-backup">{s['roster.backupImport']}</label>
          <input
            id="roster-backup"
            ref={backupRef}
            type="file"
            accept=".json,application/json"
            class={ui.fileInput}
            onChange={(e) => chooseBackup(e.currentTarget.files?.[0])}
          />
          {backupError && (
            <p class={ui.error} role="alert">
              {backupError}
            </p>
          )}
        </div>
        {merged && (
          <div class={ui.card} role="group" aria-label={s['roster.backupImport']}>
            <p>{s['roster.backupPreview']}</p>
            <table>
              <thead>
                <tr>
                  <td></td>
                  <th scope="col">{s['data.now']}</th>
                  <th scope="col">{s['data.after']}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{s['roster.backupAssignments']}</th>
                  <td>{rosterCounts(roster).assignments}</td>
                  <td>{rosterCounts(merged).assignments}</td>
                </tr>
                <tr>
                  <th scope="row">{s['roster.backupLearners']}</th>
                  <td>{rosterCounts(roster).learners}</td>
                  <td>{rosterCounts(merged).learners}</td>
                </tr>
              </tbody>
            </table>
            <div class={ui.actions}>
              <button
                type="button"
                class="button"
                onClick={() => {
                  store.update(() => merged);
                  setBackup(undefined);
                  if (backupRef.current) backupRef.current.value = '';
                  setMessage(s['roster.backupDone']);
                }}
              >
                {s['data.confirmImport']}
              </button>
              <button
                type="button"
                class="button secondary"
                onClick={() => {
                  setBackup(undefined);
                  if (backupRef.current) backupRef.current.value = '';
                  setMessage(s['data.cancelled']);
                }}
              >
                {s['common.cancel']}
              </button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
