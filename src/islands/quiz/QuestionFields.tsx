import { useEffect, useRef, useState } from 'preact/hooks';
import { fillTemplate, type AnswerValue, type LocalQuestion, type Presentation } from '../../lib/quiz';
import type { FieldStrings } from './strings';
import css from './quiz.module.css';

interface Props {
  question: LocalQuestion;
  presentation: Presentation;
  answer: AnswerValue | undefined;
  /** Prefix for element ids and radio names, unique on the page. */
  idPrefix: string;
  strings: FieldStrings;
  /** Shown under the question (the quiz explains partial credit on multiple-select questions). */
  note?: string;
  /** Absent when rendered without hydration (a knowledge check): its script reads the controls. */
  onAnswer?: (value: AnswerValue | undefined) => void;
  /** Text for the page's live region after an ordering move. */
  onAnnounce?: (message: string) => void;
}

/**
 * A question's answer controls: native inputs in a fieldset whose legend is the prompt. Markup
 * only; the quiz island hydrates it, and a knowledge check renders it statically and enhances it
 * with a small script, so behaviour hooks are data attributes (`data-item`, `data-move`,
 * `data-pair`), never class names.
 */
export default function QuestionFields({
  question: q,
  presentation,
  answer,
  idPrefix,
  strings,
  note,
  onAnswer,
  onAnnounce,
}: Props) {
  const legendId = `${idPrefix}-prompt`;
  const noteId = note ? `${idPrefix}-note` : undefined;
  return (
    <fieldset class={css.fieldset} data-question-type={q.type} aria-describedby={noteId}>
      <legend id={legendId} class={css.legend}>
        {q.prompt}
      </legend>
      {note && (
        <p id={noteId} class={css.note}>
          {note}
        </p>
      )}
      {(q.type === 'single' || q.type === 'multiple') && (
        <div class={css.choices}>
          {presentation.order.map((id) => {
            const option = q.options.find((o) => o.id === id)!;
            const chosen = q.type === 'single' ? answer === id : Array.isArray(answer) && answer.includes(id);
            const toggle = (on: boolean) => {
              if (q.type === 'single') return onAnswer?.(id);
              const rest = (Array.isArray(answer) ? answer : []).filter((x) => x !== id);
              onAnswer?.(on ? [...rest, id] : rest);
            };
            return (
              <label class={css.choice} key={id}>
                <input
                  type={q.type === 'single' ? 'radio' : 'checkbox'}
                  name={`${idPrefix}-choice`}
                  value={id}
                  checked={chosen}
                  onChange={(e) => toggle(e.currentTarget.checked)}
                />
                <span>{option.text}</span>
              </label>
            );
          })}
        </div>
      )}
      {q.type === 'truefalse' && (
        <div class={css.choices}>
          {[true, false].map((value) => (
            <label class={css.choice} key={String(value)}>
              <input
                type="radio"
                name={`${idPrefix}-choice`}
                value={String(value)}
                checked={answer === value}
                onChange={() => onAnswer?.(value)}
              />
              <span>{value ? strings['check.true'] : strings['check.false']}</span>
            </label>
          ))}
        </div>
      )}
      {q.type === 'ordering' && (
        <OrderingField
          items={q.items}
          order={Array.isArray(answer) ? answer : presentation.order}
          idPrefix={idPrefix}
          strings={strings}
          onAnswer={onAnswer}
          onAnnounce={onAnnounce}
        />
      )}
      {q.type === 'matching' && (
        <div class={css.matching}>
          {presentation.order.map((pairId) => {
            const pair = q.pairs.find((p) => p.id === pairId)!;
            const matched = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
            const selectId = `${idPrefix}-match-${pairId}`;
            const choose = (value: string) => {
              const { [pairId]: _old, ...rest } = matched;
              onAnswer?.(value ? { ...rest, [pairId]: value } : rest);
            };
            return (
              <div class={css.matchRow} key={pairId}>
                <label for={selectId}>{pair.left}</label>
                <select
                  id={selectId}
                  data-pair={pairId}
                  value={matched[pairId] ?? ''}
                  onChange={(e) => choose(e.currentTarget.value)}
                >
                  <option value="">{strings['quiz.matchChoose']}</option>
                  {(presentation.choices ?? []).map((choiceId) => (
                    <option value={choiceId} key={choiceId}>
                      {q.pairs.find((p) => p.id === choiceId)!.right}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </div>
      )}
      {q.type === 'text' && (
        <div class={css.textRow}>
          <label for={`${idPrefix}-text`}>{strings['quiz.yourAnswer']}</label>
          <input
            id={`${idPrefix}-text`}
            type="text"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            maxLength={200}
            value={typeof answer === 'string' ? answer : ''}
            onInput={(e) => onAnswer?.(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
          />
        </div>
      )}
    </fieldset>
  );
}

interface OrderingProps {
  items: { id: string; text: string }[];
  order: string[];
  idPrefix: string;
  strings: FieldStrings;
  onAnswer?: (value: string[]) => void;
  onAnnounce?: (message: string) => void;
}

/**
 * Ordering without dragging: each item has Move up and Move down buttons. The buttons at the ends
 * stay focusable (aria-disabled, not disabled) so focus never drops to the page when an item
 * reaches the top or bottom; after a move, focus follows the item and the new position is
 * announced.
 */
function OrderingField({ items, order, idPrefix, strings, onAnswer, onAnnounce }: OrderingProps) {
  const list = useRef<HTMLOListElement>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; dir: 'up' | 'down' } | null>(null);
  const text = (id: string) => items.find((i) => i.id === id)?.text ?? '';

  useEffect(() => {
    if (!focusAfterMove) return;
    list.current
      ?.querySelector<HTMLButtonElement>(
        `[data-item="${CSS.escape(focusAfterMove.id)}"] [data-move="${focusAfterMove.dir}"]`,
      )
      ?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  const move = (id: string, dir: 'up' | 'down') => {
    const from = order.indexOf(id);
    const to = dir === 'up' ? from - 1 : from + 1;
    if (!onAnswer || to < 0 || to >= order.length) return;
    const next = [...order];
    [next[from], next[to]] = [next[to]!, next[from]!];
    onAnswer(next);
    onAnnounce?.(fillTemplate(strings['quiz.moved'], { item: text(id), n: to + 1, total: order.length }));
    setFocusAfterMove({ id, dir });
  };

  return (
    <>
      <p id={`${idPrefix}-order-help`} class={css.note} data-needs-script>
        {strings['quiz.orderingHelp']}
      </p>
      <ol ref={list} class={css.order} aria-describedby={`${idPrefix}-order-help`}>
        {order.map((id, i) => (
          <li key={id} data-item={id} class={css.orderItem}>
            <div class={css.orderRow}>
              <span data-item-text>{text(id)}</span>
              <span class={css.moves} data-needs-script>
                {(['up', 'down'] as const).map((dir) => {
                  const atEnd = dir === 'up' ? i === 0 : i === order.length - 1;
                  return (
                    <button
                      key={dir}
                      type="button"
                      class={css.move}
                      data-move={dir}
                      aria-disabled={atEnd ? 'true' : undefined}
                      onClick={() => move(id, dir)}
                    >
                      <span aria-hidden="true">{dir === 'up' ? '↑' : '↓'}</span>
                      <span class="visually-hidden">
                        {fillTemplate(strings[dir === 'up' ? 'quiz.moveUp' : 'quiz.moveDown'], { item: text(id) })}
                      </span>
                    </button>
                  );
                })}
              </span>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
