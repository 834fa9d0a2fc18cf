// The page's offline script, inline at the end of every page's <head> (its
// hash is in the page's Content-Security-Policy; src/prerender.rs puts it
// there). It owns the offline copy on the page side, in every state: before
// the app runs, without WebAssembly, and if the app fails.
// - It registers the service worker (public/sw.js) once the page has loaded,
//   so one visit saves the copy, and the copy's downloads do not slow the
//   page or the app.
// - A new version: when one is installed and waits, it marks <html> with
//   data-update="ready" and sends "update-ready" (the app shows the notice);
//   only on a page that runs a saved version, never on a first visit.
//   When the page comes to the front again, it looks for a new version.
// - The copy: it asks the active worker whether its copy is complete; from
//   the home screen it asks the browser to keep the copy when space runs
//   short (there the browser asks the person nothing; elsewhere it only
//   reads the answer, since asking could show a question, itself a trace).
//   It marks <html> with data-copy ("unsupported", "not-saved", "saved",
//   "kept"), sends "copy-known", and writes the words for that state into
//   each element with the words as data (`data-saved`, … from site.toml).
(() => {
  const root = document.documentElement;
  const workers = navigator.serviceWorker;

  /** Writes the words for the copy's state into each element that shows it. */
  const show = () => {
    const state = root.dataset.copy;
    if (!state) return;
    for (const element of document.querySelectorAll('[data-copy-saved]')) {
      const words = element.dataset;
      const text = {
        unsupported: words.copyUnsupported,
        'not-saved': words.copyNotSaved,
        saved: `${words.copySaved} ${words.copyMayClear}`,
        kept: `${words.copySaved} ${words.copyKept}`,
      }[state];
      if (element.textContent !== text) element.textContent = text;
    }
  };
  const tell = (state) => {
    if (root.dataset.copy === state) return;
    root.dataset.copy = state;
    show();
    dispatchEvent(new Event('copy-known'));
  };
  // The app renders its views anew: show the state in them too.
  const watchPage = () => {
    show();
    new MutationObserver(show).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchPage, { once: true });
  else watchPage();

  if (!workers) return tell('unsupported');

  // Whether this page runs a saved version: then a worker that installs is a
  // new version. Decided now, before any worker can take over, and true once
  // the first worker takes this page over.
  let saved = workers.controller !== null;
  const ready = () => {
    if (!saved || root.dataset.update === 'ready') return;
    root.dataset.update = 'ready';
    dispatchEvent(new Event('update-ready'));
  };
  const watch = (worker) => {
    if (!worker) return;
    const check = () => { if (worker.state === 'installed') ready(); };
    worker.addEventListener('statechange', check);
    check();
  };

  /** Asks the active worker whether its copy is complete, and the browser whether it keeps it. */
  const ask = async (registration) => {
    const worker = registration.active;
    const complete = worker && await new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (e) => resolve(Boolean(e.data && e.data.complete));
      worker.postMessage('copy?', [channel.port2]);
      // A worker that does not answer (an older version) vouches for nothing.
      setTimeout(() => resolve(false), 3000);
    });
    if (!complete) return tell('not-saved');
    const standalone = matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;
    let kept = false;
    try {
      kept = Boolean(navigator.storage && await (standalone ? navigator.storage.persist() : navigator.storage.persisted()));
    } catch (_) { /* refused: not kept */ }
    tell(kept ? 'kept' : 'saved');
  };

  const register = () => {
    workers.register(`${location.origin}/sw.js`).then((registration) => {
      // A version that installed, or began to, before this page asked.
      if (registration.waiting) ready();
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
      ask(registration);
      workers.addEventListener('controllerchange', () => {
        saved = true;
        ask(registration);
      });
      // Home-screen apps on iPhone rarely look for a new version by themselves.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState !== 'visible') return;
        registration.update().catch(() => { /* offline: next time */ });
        ask(registration);
      });
    }, () => tell('unsupported'));
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
})();
