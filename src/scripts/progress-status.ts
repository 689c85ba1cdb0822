import {
  continueTarget,
  getProgressStore,
  lessonStatus,
  markLessonVisited,
  moduleStatus,
  type Progress,
} from '../lib/progress';

// Course pages (home, module, lesson) are static; this marks on them what the learner has done:
// a status on each module ([data-module] with its [data-lessons]), a tick on each lesson read
// ([data-lesson]), and the home page's start button turns into "continue where you left off".
// A lesson page records its own visit. Changes from other tabs re-draw the marks.

const labelsEl = document.querySelector<HTMLElement>('[data-progress-labels]');
const labels = JSON.parse(labelsEl?.dataset.progressLabels ?? '{}') as Record<string, string>;
const store = getProgressStore();

const lesson = document.querySelector<HTMLElement>('article.lesson[data-lesson-id]')?.dataset.lessonId;
if (lesson) store.update((p) => markLessonVisited(p, lesson, new Date()));

function mark(p: Progress) {
  for (const old of document.querySelectorAll('.progress-pill, .lesson-read')) old.remove();

  for (const el of document.querySelectorAll<HTMLElement>('[data-module][data-lessons]')) {
    const status = moduleStatus(p, el.dataset.module!, el.dataset.lessons!.split(' ').filter(Boolean));
    const pill = document.createElement('span');
    pill.className = 'progress-pill';
    pill.dataset.status = status;
    pill.textContent = labels[status] ?? status;
    (el.querySelector('[data-status-slot]') ?? el).append(pill);
  }

  for (const el of document.querySelectorAll<HTMLElement>('[data-lesson]')) {
    if (lessonStatus(p, el.dataset.lesson!) !== 'done') continue;
    const tick = document.createElement('span');
    tick.className = 'lesson-read';
    const icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = '✓';
    const text = document.createElement('span');
    text.className = 'visually-hidden';
    text.textContent = ` ${labels.read}`;
    tick.append(icon, text);
    (el.matches('a') ? el : (el.querySelector('a') ?? el)).append(tick);
  }

  const go = document.querySelector<HTMLAnchorElement>('a[data-continue][data-order]');
  if (go) {
    go.dataset.startHref ??= go.getAttribute('href')!;
    go.dataset.startLabel ??= go.textContent!;
    const target = continueTarget(p, go.dataset.order!.split(' '));
    go.href = target ? `${go.dataset.base}${target}/` : go.dataset.startHref;
    go.textContent = target ? go.dataset.continueLabel! : go.dataset.startLabel;
  }
}

mark(store.get());
store.subscribe(mark);
