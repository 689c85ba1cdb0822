import { useRef, useState } from 'preact/hooks';
import { BACKUP_PREFIX, emptyProgress, parseProgress, type Progress, type ProgressStore } from '../../lib/progress';
import { previewImport, type ImportMode } from '../../lib/progress/summary';
import { fillTemplate } from '../../lib/quiz/format';
import { formatDate } from '../../lib/format-date';
import { downloadText, fileDay, readTextFile } from '../shared/files';
import type { DashboardStrings } from '../shared/strings';
import css from '../shared/ui.module.css';

interface Props {
  progress: Progress;
  store: ProgressStore;
  lang: 'en' | 'es';
  /** Tells the page-level live region what just happened. */
  announce: (message: string) => void;
  s: DashboardStrings;
}

/** A progress file is a few hundred KB at most; anything far larger is not one. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

function backupKeys(): string[] {
  try {
    return Object.keys(localStorage)
      .filter((k) => k.startsWith(BACKUP_PREFIX))
      .sort();
  } catch {
    return [];
  }
}

/** Export, import (with a preview and a confirm step), reset, and the copies the store kept aside. */
export default function DataPanel({ progress, store, lang, announce, s }: Props) {
  const [incoming, setIncoming] = useState<Progress>();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [problem, setProblem] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  const [backups, setBackups] = useState(backupKeys);
  const previewRef = useRef<HTMLDivElement>(null);
  const resetRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);

  async function choose(file: File | undefined) {
    setProblem('');
    setIncoming(undefined);
    if (!file) return;
    const text = await readTextFile(file, MAX_IMPORT_BYTES);
    if (text === undefined) return setProblem(s['data.importTooBig']);
    const loaded = parseProgress(text.trim() || 'empty');
    if (loaded.problem)
      return setProblem(loaded.problem === 'newer-version' ? s['data.importNewer'] : s['data.importBad']);
    setIncoming(loaded.progress);
    setMode('merge');
    requestAnimationFrame(() => previewRef.current?.focus());
  }

  function finishImport(message: string) {
    setIncoming(undefined);
    if (fileRef.current) fileRef.current.value = '';
    announce(message);
    fileRef.current?.focus();
  }

  const preview = incoming && previewImport(progress, incoming, mode);
  const countRows = [
    ['lessons', s['data.lessons']],
    ['quizAttempts', s['data.quizAttempts']],
    ['scenarioResults', s['data.scenarioResults']],
    ['assignments', s['data.assignments']],
  ] as const;

  return (
    <div class={css.stack}>
      <p>{s['data.intro']}</p>
      <div class={css.actions}>
        <button
          type="button"
          class="button secondary"
          onClick={() =>
            downloadText(`traza-progress-${fileDay()}.json`, JSON.stringify(progress, null, 2), 'application/json')
          }
        >
          {s['data.export']}
        </button>
      </div>
      <div class={css.field}>
        <label for="progress-import">{s['data.import']}</label>
        <input
          id="progress-import"
          ref={fileRef}
          class={css.fileInput}
          type="file"
          accept=".json,application/json"
          onChange={(e) => choose(e.currentTarget.files?.[0])}
        />
        {problem && (
          <p class={css.error} role="alert">
            {problem}
          </p>
        )}
      </div>
      {preview && (
        <div
          class={`${css.card} ${css.focusable}`}
          ref={previewRef}
          tabIndex={-1}
          aria-labelledby="import-preview-title"
          role="group"
        >
          <h3 id="import-preview-title">{s['data.previewTitle']}</h3>
          <fieldset class={css.fieldset}>
            <legend class={css.legend}>{s['data.modeLegend']}</legend>
            {(['merge', 'replace'] as const).map((m) => (
              <label class={css.check} key={m}>
                <input type="radio" name="import-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
                <span>{m === 'merge' ? s['data.modeMerge'] : s['data.modeReplace']}</span>
              </label>
            ))}
          </fieldset>
          <div class={css.tableWrap}>
            <table data-import-preview>
              <caption>{s['data.countsCaption']}</caption>
              <thead>
                <tr>
                  <td></td>
                  <th scope="col">{s['data.now']}</th>
                  <th scope="col">{s['data.after']}</th>
                </tr>
              </thead>
              <tbody>
                {countRows.map(([key, label]) => (
                  <tr key={key}>
                    <th scope="row">{label}</th>
                    <td>{preview.before[key]}</td>
                    <td>{preview.after[key]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class={css.actions}>
            <button
              type="button"
              class="button"
              onClick={() => {
                store.replace(preview.result);
                finishImport(s['data.imported']);
              }}
            >
              {s['data.confirmImport']}
            </button>
            <button type="button" class="button secondary" onClick={() => finishImport(s['data.cancelled'])}>
              {s['common.cancel']}
            </button>
          </div>
        </div>
      )}
      {confirmReset ? (
        <div
          class={`${css.confirm} ${css.focusable}`}
          ref={resetRef}
          tabIndex={-1}
          role="group"
          aria-label={s['data.reset']}
        >
          <p>{s['data.resetConfirm']}</p>
          <div class={css.actions}>
            <button
              type="button"
              class={`button ${css.danger}`}
              onClick={() => {
                store.replace(emptyProgress());
                setConfirmReset(false);
                announce(s['data.resetDone']);
                requestAnimationFrame(() => resetButton.current?.focus());
              }}
            >
              {s['data.resetYes']}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setConfirmReset(false);
                requestAnimationFrame(() => resetButton.current?.focus());
              }}
            >
              {s['common.cancel']}
            </button>
          </div>
        </div>
      ) : (
        <div class={css.actions}>
          <button
            type="button"
            ref={resetButton}
            class="button secondary"
            onClick={() => {
              setConfirmReset(true);
              requestAnimationFrame(() => resetRef.current?.focus());
            }}
          >
            {s['data.reset']}
          </button>
        </div>
      )}
      {backups.length > 0 && (
        <section aria-labelledby="backups-title" class={css.stack}>
          <h3 id="backups-title">{s['data.backups']}</h3>
          <p>{s['data.backupsIntro']}</p>
          <ul>
            {backups.map((key) => (
              <li key={key} class={css.actions} data-backup={key}>
                <span>
                  {fillTemplate(s['data.backupFrom'], { date: formatDate(key.slice(BACKUP_PREFIX.length), lang) })}
                </span>
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => {
                    try {
                      downloadText(`${key}.json`, localStorage.getItem(key) ?? '', 'application/json');
                    } catch {
                      /* storage went away */
                    }
                  }}
                >
                  {s['data.backupDownload']}
                </button>
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => {
                    try {
                      localStorage.removeItem(key);
                    } catch {
                      /* nothing to delete */
                    }
                    setBackups(backupKeys());
                  }}
                >
                  {s['data.backupDelete']}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
