import { cacheFor, isOfflineList, megabytes, offlineState, parseOfflineRecord, type OfflineList } from '../lib/offline';

const control = document.querySelector<HTMLElement>('[data-offline]');
const labels = JSON.parse(control?.dataset.labels ?? '{}') as Record<string, string>;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

const lang = control?.dataset.lang === 'es' ? 'es' : 'en';
const recordKey = `traza-offline-${lang}`;

function readRecord() {
  try {
    return parseOfflineRecord(localStorage.getItem(recordKey));
  } catch {
    return undefined;
  }
}
function writeRecord(version: string, complete: boolean) {
  try {
    localStorage.setItem(recordKey, JSON.stringify({ version, at: new Date().toISOString(), complete }));
  } catch {
    // Without storage the caches still hold the files; only the "available offline" note is lost.
  }
}

async function fetchList(): Promise<OfflineList | undefined> {
  try {
    const res = await fetch(`/offline/${lang}.json`, { cache: 'no-store' });
    const data: unknown = res.ok ? await res.json() : undefined;
    return isOfflineList(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

async function render(list?: OfflineList) {
  if (!control) return;
  const status = control.querySelector<HTMLElement>('[data-offline-status]')!;
  const button = control.querySelector<HTMLButtonElement>('[data-offline-download]')!;
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    status.textContent = labels.unsupported!;
    return;
  }
  const state = offlineState(readRecord(), list?.version);
  control.dataset.state = state;
  status.textContent = state === 'ready' ? labels.ready! : state === 'partial' ? labels.partial! : '';
  button.hidden = state === 'ready' || !list;
  if (list) button.textContent = `${labels.download} (${fill(labels.size!, { size: megabytes(list.bytes) })})`;
}

async function download() {
  if (!control) return;
  const status = control.querySelector<HTMLElement>('[data-offline-status]')!;
  const button = control.querySelector<HTMLButtonElement>('[data-offline-download]')!;
  const bar = control.querySelector<HTMLProgressElement>('progress')!;
  const list = await fetchList();
  if (!list) {
    status.textContent = fill(labels.failed!, { count: 1 });
    return;
  }
  button.disabled = true;
  bar.hidden = false;
  bar.max = list.urls.length;
  let done = 0;
  let failed = 0;
  const caches_ = new Map<string, Cache>();
  const queue = [...list.urls];
  // Four at a time: fast on a good line, gentle on a poor one.
  const worker = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      const name = cacheFor(url);
      if (!caches_.has(name)) caches_.set(name, await caches.open(name));
      try {
        await caches_.get(name)!.add(url);
      } catch {
        failed += 1;
      }
      done += 1;
      bar.value = done;
      // Announce every tenth file and the last, so a screen reader is not flooded.
      if (done % 10 === 0 || done === list.urls.length) {
        status.textContent = fill(labels.downloading!, { done, total: list.urls.length });
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  bar.hidden = true;
  button.disabled = false;
  writeRecord(list.version, failed === 0);
  if (failed) status.textContent = fill(labels.failed!, { count: failed });
  else await render(list);
}

async function start() {
  if (!('serviceWorker' in navigator)) {
    await render();
    return;
  }
  const registration = await navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  const notice = document.querySelector<HTMLElement>('[data-sw-update]');
  const showUpdate = (worker: ServiceWorker) => {
    if (!notice || !navigator.serviceWorker.controller) return;
    notice.hidden = false;
    notice.querySelector('button')?.addEventListener('click', () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  if (registration?.waiting) showUpdate(registration.waiting);
  registration?.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed') showUpdate(incoming);
    });
  });
  control?.querySelector('[data-offline-download]')?.addEventListener('click', () => void download());
  await render(await fetchList());
}

void start();
