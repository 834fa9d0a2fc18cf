// The page's offline script, a file every page loads once it is read
// (`offline-<hash>.js`; src/site_files/pages.rs links it, and the build fills in
// the names it shares, src/names.rs). It owns the offline copy on the page
// side, in every state: before the app runs, without WebAssembly, and if the
// app fails.
// - It registers the service worker (public/sw.js) once the page has loaded,
//   so one visit saves the copy, and the copy's downloads do not slow the
//   page or the app.
// - A new version: when one is installed and waits, it marks <html> with
//   data-update="ready" and shows the frame's notice, with a control that
//   activates the new version and reloads; only on a page that runs a saved
//   version, never on a first visit. With or without the app, this is the
//   one notice. When the page comes to the front again, it looks for a new
//   version.
// - The copy: it asks the active worker whether its copy is complete; from
//   the home screen it asks the browser to keep the copy when space runs
//   short (there the browser asks the person nothing; elsewhere it only
//   reads the answer, since asking could show a question, itself a trace).
//   It marks <html> with data-copy (a copy state of src/names.rs), sends
//   NAMES.copyKnown, and writes the words for that
//   state into each element with the words as data (`data-copy-saved`, …
//   from site.toml). In Safari on iPhone or iPad, outside the Home Screen,
//   the words say that Safari clears the copy after 7 days without a visit.
// - "Clear this app's data" (the safety page's button): it removes the
//   storage, the copy and the worker, and nothing is saved again while the
//   person stays in this tab (the tab's window name, which is neither
//   storage nor kept when the tab goes to another site, remembers it).
(() => {
  // The names this script shares with the worker and the app (src/names.rs).
  const NAMES = {};
  const root = document.documentElement;
  const workers = navigator.serviceWorker;
  const cleared = () => window.name === NAMES.clearedTab;

  // Safari on iPhone and iPad, in a tab: `navigator.standalone` exists there
  // only, and is false outside the Home Screen.
  const safariTab = 'standalone' in navigator && navigator.standalone === false;

  /** Writes the words for the copy's state into each element that shows it. */
  const show = () => {
    const state = root.dataset.copy;
    if (!state) return;
    for (const element of document.querySelectorAll('[data-copy-saved]')) {
      const words = element.dataset;
      const text = {
        [NAMES.copy.unsupported]: words.copyUnsupported,
        [NAMES.copy.notSaved]: words.copyNotSaved,
        [NAMES.copy.saved]: `${words.copySaved} ${safariTab ? words.copySevenDays : words.copyMayClear}`,
        [NAMES.copy.kept]: `${words.copySaved} ${safariTab ? words.copySevenDays : words.copyKept}`,
        [NAMES.copy.cleared]: words.copyCleared,
      }[state];
      if (element.textContent !== text) element.textContent = text;
    }
  };
  const tell = (state) => {
    if (root.dataset.copy === state || (cleared() && state !== NAMES.copy.cleared)) return;
    root.dataset.copy = state;
    show();
    dispatchEvent(new Event(NAMES.copyKnown));
  };

  /** The frame's notice of a new version, and its two controls. */
  const notice = () => document.querySelector('#frame-notices .update');
  let dismissed = false;
  const showNotice = () => {
    const update = notice();
    if (update && root.dataset.update === 'ready' && !dismissed) update.hidden = false;
  };

  // The app renders its views anew: show the state in them too.
  const watchPage = () => {
    show();
    showNotice();
    new MutationObserver(show).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchPage, { once: true });
  else watchPage();

  /** Removes the copy and the worker: every cache and registration of this site. */
  const wipe = async () => {
    try {
      for (const name of await caches.keys()) await caches.delete(name);
    } catch (_) { /* no caches here */ }
    try {
      if (workers) for (const registration of await workers.getRegistrations()) await registration.unregister();
    } catch (_) { /* no workers here */ }
  };

  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (!button) return;
    if (button.matches('button.clear')) {
      window.name = NAMES.clearedTab;
      tell(NAMES.copy.cleared);
      try {
        localStorage.clear();
        sessionStorage.clear();
      } catch (_) { /* storage refused: nothing kept */ }
      wipe().then(() => {
        const said = button.parentElement && button.parentElement.querySelector('[role="status"]');
        if (said) said.textContent = button.dataset.done;
      });
    } else if (button.matches('#frame-notices .reload')) {
      activate();
    } else if (button.matches('#frame-notices .later')) {
      dismissed = true;
      notice().hidden = true;
    }
  });

  if (cleared()) {
    // Cleared in this tab: nothing is saved again, and anything left (a
    // worker that was still finishing) goes too.
    tell(NAMES.copy.cleared);
    wipe();
    return;
  }
  if (!workers) return tell(NAMES.copy.unsupported);

  // Whether this page runs a saved version: then a worker that installs is a
  // new version. Decided now, before any worker can take over, and true once
  // the first worker takes this page over.
  let saved = workers.controller !== null;
  const ready = () => {
    if (!saved || root.dataset.update === 'ready') return;
    root.dataset.update = 'ready';
    showNotice();
  };
  const watch = (worker) => {
    if (!worker) return;
    const check = () => { if (worker.state === 'installed') ready(); };
    worker.addEventListener('statechange', check);
    check();
  };

  /** The person chose the new version: it takes over, then the page reloads into it. */
  let reloading = false;
  const activate = async () => {
    const registration = await workers.getRegistration();
    const waiting = registration && registration.waiting;
    reloading = true;
    if (!waiting) return location.reload();
    waiting.postMessage(NAMES.skipWaiting);
  };

  /** Asks the active worker whether its copy is complete, and the browser whether it keeps it. */
  const ask = async (registration) => {
    const worker = registration.active;
    const complete = worker && await new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (e) => resolve(Boolean(e.data && e.data.complete));
      worker.postMessage(NAMES.copyQuestion, [channel.port2]);
      // A worker that does not answer (an older version) vouches for nothing.
      setTimeout(() => resolve(false), 3000);
    });
    if (!complete) return tell(NAMES.copy.notSaved);
    const standalone = matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;
    let kept = false;
    try {
      kept = Boolean(navigator.storage && await (standalone ? navigator.storage.persist() : navigator.storage.persisted()));
    } catch (_) { /* refused: not kept */ }
    tell(kept ? NAMES.copy.kept : NAMES.copy.saved);
  };

  const register = () => {
    if (cleared()) return;
    workers.register(`${location.origin}/sw.js`).then((registration) => {
      // A version that installed, or began to, before this page asked.
      if (registration.waiting) ready();
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
      ask(registration);
      workers.addEventListener('controllerchange', () => {
        if (reloading) return location.reload();
        saved = true;
        ask(registration);
      });
      // Home-screen apps on iPhone rarely look for a new version by themselves.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState !== 'visible' || cleared()) return;
        registration.update().catch(() => { /* offline: next time */ });
        ask(registration);
      });
    }, () => tell(NAMES.copy.unsupported));
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
})();
