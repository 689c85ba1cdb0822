import { fillTemplate } from '../lib/quiz/format';
import type { AnswerKey, AnswerValue } from '../lib/quiz/types';

type Grader = typeof import('./check-grade');
let grader: Promise<Grader> | undefined;
/** The scoring code loads on the first touch of a check (and is in the offline shell). */
const loadGrader = () =>
  (grader ??= import('./check-grade').catch((e: unknown) => ((grader = undefined), Promise.reject(e))));

/**
 * `<traza-check>`: makes a knowledge check answerable in place (src/components/mdx/Check.astro).
 * The markup already holds the native controls, the feedback and the answer; this reads the
 * learner's answer from the controls, scores it with the quiz engine and reveals the feedback.
 * Ordering questions get working Move up / Move down buttons. Nothing is saved or scored
 * toward the module: a check is practice.
 */
class TrazaCheck extends HTMLElement {
  #key!: AnswerKey;

  connectedCallback() {
    if (this.hasAttribute('data-enhanced')) return;
    this.#key = JSON.parse(this.dataset.key ?? '{}') as AnswerKey;
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button');
      if (!button) return;
      if (button.hasAttribute('data-check-submit')) void this.#check();
      else if (button.dataset.move) this.#move(button);
    });
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.target as Element).matches('input[type="text"]')) {
        e.preventDefault();
        void this.#check();
      }
    });
    // Fetch the scoring code as soon as the learner reaches for a check, before they press Check.
    for (const type of ['focusin', 'pointerdown'])
      this.addEventListener(type, () => void loadGrader().catch(() => {}), { once: true });
    // A changed answer has not been checked yet: hide the feedback that belonged to the old one.
    this.addEventListener('change', () => this.#reset());
    this.addEventListener('input', () => this.#reset());
    this.setAttribute('data-enhanced', '');
  }

  #answer(): AnswerValue | undefined {
    const checked = [...this.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    switch (this.#key.type) {
      case 'single':
        return checked[0];
      case 'truefalse':
        return checked[0] === undefined ? undefined : checked[0] === 'true';
      case 'multiple':
        return checked;
      case 'ordering':
        return [...this.querySelectorAll<HTMLElement>('[data-item]')].map((li) => li.dataset.item!);
      case 'matching':
        return Object.fromEntries(
          [...this.querySelectorAll<HTMLSelectElement>('select[data-pair]')]
            .filter((s) => s.value)
            .map((s) => [s.dataset.pair!, s.value]),
        );
      case 'text':
        return this.querySelector<HTMLInputElement>('input[type="text"]')?.value;
    }
  }

  #status(text: string, verdict = '') {
    const status = this.querySelector<HTMLElement>('[data-check-status]')!;
    status.textContent = text;
    status.dataset.verdict = verdict;
  }

  async #check() {
    const answer = this.#answer();
    let verdict;
    try {
      verdict = (await loadGrader()).grade(this.#key, answer);
    } catch {
      // Offline before the scoring code was saved: fall back to the plain "show the answer" box.
      this.removeAttribute('data-enhanced');
      return;
    }
    if (verdict === 'empty') return this.#status(this.dataset.empty ?? '');
    this.#status(this.dataset[verdict] ?? '', verdict);
    const chosen = new Set(Array.isArray(answer) ? answer : [String(answer)]);
    for (const p of this.querySelectorAll<HTMLElement>('[data-feedback-for]'))
      p.hidden = !chosen.has(p.dataset.feedbackFor!);
    this.querySelector<HTMLElement>('[data-check-feedback]')!.hidden = false;
  }

  #reset() {
    this.querySelector<HTMLElement>('[data-check-feedback]')!.hidden = true;
    this.#status('');
  }

  #move(button: HTMLButtonElement) {
    const item = button.closest<HTMLElement>('[data-item]');
    const list = item?.parentElement;
    if (!item || !list || button.getAttribute('aria-disabled') === 'true') return;
    if (button.dataset.move === 'up' && item.previousElementSibling)
      list.insertBefore(item, item.previousElementSibling);
    if (button.dataset.move === 'down' && item.nextElementSibling) list.insertBefore(item.nextElementSibling, item);
    const items = [...list.children];
    const atEnd = (el: Element | null, end: boolean) =>
      end ? el?.setAttribute('aria-disabled', 'true') : el?.removeAttribute('aria-disabled');
    items.forEach((li, i) => {
      atEnd(li.querySelector('[data-move="up"]'), i === 0);
      atEnd(li.querySelector('[data-move="down"]'), i === items.length - 1);
    });
    button.focus();
    this.#reset();
    const text = item.querySelector('[data-item-text]')?.textContent ?? '';
    this.#status(
      fillTemplate(this.dataset.moved ?? '', { item: text, n: items.indexOf(item) + 1, total: items.length }),
    );
  }
}

customElements.define('traza-check', TrazaCheck);
