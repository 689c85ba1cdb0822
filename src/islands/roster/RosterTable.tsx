import { useRef, useState } from 'preact/hooks';
import type { Assignment } from '../../lib/assignment';
import { assignmentItems } from '../../lib/assignment';
import {
  filterRows,
  rosterCsvRows,
  rosterRows,
  sortRows,
  type CellState,
  type RosterEntry,
  type SortKey,
  type StatusFilter,
} from '../../lib/roster';
import type { ReceiptItem } from '../../lib/receipt';
import { localDay } from '../../lib/progress/summary';
import { toCsv } from '../../lib/csv';
import { fillTemplate, localeOf } from '../../lib/quiz/format';
import { formatDate } from '../../lib/format-date';
import { downloadText, fileDay } from '../shared/files';
import { statusKey, type RosterStrings } from '../shared/strings';
import ui from '../shared/ui.module.css';
import css from './roster.module.css';

interface Props {
  assignment: Assignment;
  entries: RosterEntry[];
  lang: 'en' | 'es';
  titleOf: (id: string) => string;
  certificateHref: string;
  onDelete: (entry: RosterEntry) => void;
  s: RosterStrings;
}

const dayOf = (stamp: string) => localDay(new Date(stamp));

/** The roster itself: learners × items, sortable and filterable, with CSV export and deletion. */
export default function RosterTable({ assignment: a, entries, lang, titleOf, certificateHref, onDelete, s }: Props) {
  const [query, setQuery] = useState('');
  const [show, setShow] = useState<StatusFilter>('all');
  const [sort, setSort] = useState<{ key: SortKey; direction: 'ascending' | 'descending' }>({
    key: 'name',
    direction: 'ascending',
  });
  const [deleting, setDeleting] = useState<RosterEntry>();
  const confirmRef = useRef<HTMLDivElement>(null);
  const today = localDay(new Date());
  const all = rosterRows(entries, a, today, dayOf);
  const rows = sortRows(filterRows(all, query, show), sort.key, sort.direction, localeOf(lang));
  const items = assignmentItems(a);

  const stateText = (state: CellState, item?: ReceiptItem) =>
    state === 'ok'
      ? s['status.passed']
      : state === 'late'
        ? s['roster.stateLate']
        : state === 'overdue'
          ? s['roster.stateOverdue']
          : s[statusKey[item?.status ?? 'not-started']];

  function exportCsv() {
    const csv = toCsv(
      rosterCsvRows(sortRows(all, sort.key, sort.direction, localeOf(lang)), a, {
        name: s['roster.csvName'],
        agency: s['roster.csvAgency'],
        badge: s['roster.csvBadge'],
        status: s['roster.csvStatus'],
        score: s['roster.csvScore'],
        date: s['roster.csvDate'],
        complete: s['roster.csvComplete'],
        receiptDate: s['roster.colReceipt'],
        yes: s['roster.csvYes'],
        no: s['roster.csvNo'],
        itemTitle: titleOf,
        statusText: stateText,
        day: dayOf,
      }),
    );
    const slug = a.cohort
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40);
    downloadText(`traza-roster-${slug || a.id}-${fileDay()}.csv`, csv, 'text/csv;charset=utf-8');
  }

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? sort.direction : undefined}>
        <button
          type="button"
          class={css.sort}
          onClick={() =>
            setSort({ key, direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending' })
          }
        >
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  if (entries.length === 0) return <p>{s['roster.empty']}</p>;

  return (
    <div class={ui.stack}>
      <div class={css.filters}>
        <div class={ui.field}>
          <label for="roster-filter">{s['roster.filter']}</label>
          <input
            id="roster-filter"
            type="search"
            class={ui.input}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        <div class={ui.field}>
          <label for="roster-show">{s['roster.show']}</label>
          <select
            id="roster-show"
            class={ui.input}
            value={show}
            onChange={(e) => setShow(e.currentTarget.value as StatusFilter)}
          >
            <option value="all">{s['roster.showAll']}</option>
            <option value="complete">{s['roster.showComplete']}</option>
            <option value="incomplete">{s['roster.showIncomplete']}</option>
            <option value="overdue">{s['roster.showOverdue']}</option>
          </select>
        </div>
      </div>
      <p role="status" class="muted">
        {fillTemplate(s['roster.shown'], { shown: rows.length, total: all.length })}
      </p>
      {deleting && (
        <div
          class={`${ui.confirm} ${ui.focusable}`}
          ref={confirmRef}
          tabIndex={-1}
          role="group"
          aria-label={s['roster.delete']}
        >
          <p>{fillTemplate(s['roster.deleteConfirm'], { name: deleting.receipt.learner.name })}</p>
          <div class={ui.actions}>
            <button
              type="button"
              class={`button ${ui.danger}`}
              onClick={() => {
                onDelete(deleting);
                setDeleting(undefined);
              }}
            >
              {s['roster.deleteYes']}
            </button>
            <button type="button" class="button secondary" onClick={() => setDeleting(undefined)}>
              {s['common.cancel']}
            </button>
          </div>
        </div>
      )}
      <div class={ui.tableWrap}>
        <table class={css.table} data-roster>
          <caption class="visually-hidden">{s['roster.tableTitle']}</caption>
          <thead>
            <tr>
              {header('name', s['roster.colLearner'])}
              {items.map((id) => (
                <th scope="col" key={id}>
                  {titleOf(id)}
                </th>
              ))}
              {header('passed', s['roster.colPassed'])}
              {header('createdAt', s['roster.colReceipt'])}
              <th scope="col">{s['roster.colActions']}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const { name, agency, badge } = r.entry.receipt.learner;
              return (
                <tr key={r.entry.code} data-learner={name} class={r.overdue ? css.overdueRow : undefined}>
                  <th scope="row">
                    <span class={css.name}>{name}</span>
                    {(agency || badge) && <span class={css.agency}>{[agency, badge].filter(Boolean).join(' · ')}</span>}
                  </th>
                  {r.cells.map((c) => (
                    <td key={c.id} data-item={c.id} data-state={c.state}>
                      <span
                        class={ui.pill}
                        data-status={c.state === 'pending' ? (c.item?.status ?? 'not-started') : c.state}
                      >
                        {stateText(c.state, c.item)}
                      </span>
                      {c.item?.best !== undefined && <span class={css.score}>{c.item.best}%</span>}
                      {(c.item?.passedAt ?? c.item?.bestAt) && (
                        <span class={css.date}>{formatDate((c.item.passedAt ?? c.item.bestAt)!, lang)}</span>
                      )}
                    </td>
                  ))}
                  <td>
                    {r.passed} / {items.length}
                  </td>
                  <td>{formatDate(r.entry.receipt.createdAt, lang)}</td>
                  <td>
                    <div class={css.rowActions}>
                      <a
                        href={`${certificateHref}#${r.entry.code}`}
                        aria-label={fillTemplate(s['roster.certificateFor'], { name })}
                      >
                        {s['roster.certificate']}
                      </a>
                      <button
                        type="button"
                        class={ui.linkButton}
                        aria-label={fillTemplate(s['roster.deleteFor'], { name })}
                        onClick={() => {
                          setDeleting(r.entry);
                          requestAnimationFrame(() => confirmRef.current?.focus());
                        }}
                      >
                        {s['roster.delete']}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div class={ui.actions}>
        <button type="button" class="button" onClick={exportCsv}>
          {s['roster.csv']}
        </button>
      </div>
    </div>
  );
}
