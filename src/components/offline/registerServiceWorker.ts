/**
 * Registers the service worker that keeps the whole portal in the browser, so after one visit it
 * opens and saves without a network. Bundled by Astro (never inline), so the hash-based CSP holds.
 *
 * A new version is announced, never forced: the new worker waits until the person presses
 * "Reload", so a page in the middle of an edit keeps running the version it started with. The
 * page's own guard still asks before leaving while a change is unsaved.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function announce(waiting: ServiceWorker): void {
  if (document.getElementById('update-banner')) return;
  const banner = document.createElement('div');
  banner.id = 'update-banner';
  banner.className = 'update-banner no-print';
  banner.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = 'A new version of the portal is ready. Reload to use it; what you have saved is kept.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => {
    reloadWhenActive = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'secondary';
  later.textContent = 'Not now';
  later.addEventListener('click', () => banner.remove());
  banner.append(text, reload, later);
  document.body.append(banner);
}

let reloadWhenActive = false;

async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  // Only a worker that replaces one already in charge is news; the very first install is silent.
  const watch = (worker: ServiceWorker | null) => {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
    });
  };
  if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadWhenActive) window.location.reload();
  });
}

/**
 * How long after the page has loaded the worker is registered. On a first visit the worker
 * downloads the whole site; started with the page, that download competes with the page reading
 * the workspace and drawing its first screen, on a phone most of all. A visit that ends sooner
 * simply installs the worker next time.
 */
const SETTLE_MS = 2000;

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    // Not `whenIdle` from ../idle: that module sits in the interactive pages' shared runtime, and
    // content pages load this script alone.
    const start = () =>
      register().catch(() => {
        // Without a worker the portal still works online; nothing to tell the person.
      });
    setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 1500 }) : start()), SETTLE_MS);
  });
}
