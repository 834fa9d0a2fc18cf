// The page's safety script, in the <head> of every page, inline (its hash is
// in the page's Content-Security-Policy; src/site_files/pages.rs puts it there). It
// runs before anything is painted, needs neither WebAssembly nor the app, and
// the app never handles the exit. Its listeners are on the document, so they
// work as soon as the call bar is on screen, however slowly the rest arrives.
// Its words are the exit links' data-* attributes ([exit] in site.toml).
// - The quick exit: an exit link, or Shift pressed three times (each press
//   within five seconds, no other key between), stops the page loading,
//   empties it and says the exit's "leaving" words in the same task, forgets
//   what the site stored (local and session storage), notes that this tab
//   left, and replaces this page in history with the neutral site. The
//   Shift presses are counted out loud and shown as marks in the bar's exit
//   link; their expiry is said too.
// - The guard: if this tab left and the browser shows a page of the site
//   again by Back, Forward or Reload (WebKit keeps the page's history entry
//   when the neutral site cannot load), the page is hidden before it paints
//   and leaves again. A page opened anew, by its address or a link, shows.
//   A page shown again from the back-forward cache was hidden as it went
//   into it, and is loaded afresh, so the guard decides.
// - No trail: until the app runs (and always without WebAssembly), a link to
//   another page of the site replaces this page in history instead of adding
//   one. The app's own links do the same without a page load; this script
//   leaves alone any click the app has handled.
// - "Skip to content" moves focus to the view's heading without a history entry.
// - The bar's height is kept in `--bar-height`, so what scrolling brings into
//   view (a focused link, say) stays clear of it in every language.
// - The stand-in: a host may answer an address it does not have with another
//   page (a common setting sends every unknown address to the first
//   language's home page). The page knows what it stands for (`data-address`,
//   `data-base`: src/site_files/pages.rs, `Place`); if it is not the page asked
//   for, the not-found page of the address's language is fetched (from the
//   offline copy, once the service worker runs), checked and put in its
//   place, and the app is not started. Meanwhile the view is hidden, the
//   call bar is not; after STAND_IN_PATIENCE_MS, or on any failure, the page
//   shows as it came and the app starts (NAMES.standIn.gaveUp).
(() => {
  // The names this script shares with the other programs (src/names.rs).
  const NAMES = {};
  // The note that this tab left, in session storage: where to, and the title.
  const NOTE = NAMES.awayNote;
  const root = document.documentElement;
  const noted = () => {
    try {
      const note = JSON.parse(sessionStorage.getItem(NOTE));
      return note && typeof note.url === 'string' ? note : null;
    } catch (_) {
      return null; // storage refused, or no note
    }
  };
  // Whether this page was shown by Back, Forward or Reload (the older API
  // too: some WebKit versions call a Back "navigate" in the newer one).
  const returned = () => {
    const entry = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
    const old = performance.navigation ? performance.navigation.type : 0;
    return (entry && (entry.type === 'back_forward' || entry.type === 'reload')) || old === 1 || old === 2;
  };

  // Where this page left for, once it has; and the Shift presses so far.
  let went = null, count = 0, last = 0, clean = false, timer = 0;
  const leave = (away) => {
    went = away;
    window.stop();
    document.title = away.title;
    if (document.body) {
      document.body.textContent = '';
      if (away.leaving) {
        const said = document.createElement('p');
        said.setAttribute('role', 'alert');
        said.textContent = away.leaving;
        document.body.append(said);
      }
    } else {
      root.hidden = true;
    }
    // Everything the site stored goes (the area chosen, say); only the note
    // that this tab left is written again.
    try { localStorage.clear(); } catch (_) { /* storage refused: nothing to forget */ }
    try {
      sessionStorage.clear();
      sessionStorage.setItem(NOTE, JSON.stringify({ url: away.url, title: away.title }));
    } catch (_) { /* as above */ }
    location.replace(away.url);
  };

  const gone = noted();
  if (gone && returned()) return leave(gone);
  if (gone) {
    try { sessionStorage.removeItem(NOTE); } catch (_) { /* as above */ }
  }

  /** The exit's address and words, from an exit link (the first, by default). */
  const exitBy = (link = document.querySelector('a.exit')) => link && {
    url: link.href,
    title: link.dataset.title,
    leaving: link.dataset.leaving,
    // What is said with one and with two presses left, written by the build.
    left: [null, link.dataset.oneLeft, link.dataset.twoLeft],
    expired: link.dataset.expired,
  };
  const say = (text) => {
    const status = document.querySelector('#frame [role="status"]');
    if (status) status.textContent = text;
  };
  const mark = (presses) => {
    const link = document.querySelector('#frame a.exit');
    if (!link) return;
    if (presses) link.dataset.presses = presses;
    else delete link.dataset.presses;
  };
  const closest = (event, selector) => event.target instanceof Element ? event.target.closest(selector) : null;

  document.addEventListener('click', (e) => {
    const exit = closest(e, 'a.exit');
    if (exit) {
      e.preventDefault();
      return leave(exitBy(exit));
    }
    if (closest(e, 'a.skip')) {
      const heading = document.querySelector('main h1');
      if (!heading) return;
      e.preventDefault();
      heading.setAttribute('tabindex', '-1');
      return heading.focus();
    }
  }, true);
  // After the app's own handlers (bubbling), so a click it has handled is left alone.
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = closest(e, 'a[href]');
    if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
    const to = new URL(link.href, location.href);
    if (to.origin !== location.origin) return;
    e.preventDefault();
    location.replace(to.href);
  });
  // A page kept in the back-forward cache is hidden as it goes, and loaded
  // afresh if it is shown again, so the guard above decides what shows: the
  // kept page's session storage can be a stale copy (Firefox).
  addEventListener('pagehide', (e) => {
    if (e.persisted) root.hidden = true;
  });
  addEventListener('pageshow', (e) => {
    if (went) return leave(went);
    if (e.persisted) location.reload();
  });
  // The bar's height, for the styles to keep what scrolling brings into
  // view clear of it (`--bar-height`): a language's words can make it taller.
  const measureBar = () => {
    const bar = document.getElementById('frame');
    if (bar) root.style.setProperty('--bar-height', `${bar.offsetHeight}px`);
  };
  document.addEventListener('DOMContentLoaded', () => {
    measureBar();
    addEventListener('resize', measureBar);
  });
  // Capture, so that nothing in a view can hide a key from the shortcut.
  document.addEventListener('keydown', (e) => {
    // Enter would click a moment later; leaving now keeps it in this task.
    const exit = (e.key === 'Enter' || e.key === ' ') && closest(e, 'a.exit');
    if (exit) {
      e.preventDefault();
      return leave(exitBy(exit));
    }
    if (e.repeat) return;
    if (e.key === 'Shift') { clean = true; return; }
    clean = false;
    if (count) { count = 0; clearTimeout(timer); mark(0); say(''); }
  }, true);
  document.addEventListener('keyup', (e) => {
    if (e.key !== 'Shift' || !clean) return;
    clean = false;
    const exit = exitBy();
    if (!exit) return;
    const now = performance.now();
    if (now - last > 5000) count = 0;
    count += 1;
    last = now;
    clearTimeout(timer);
    if (count >= 3) return leave(exit);
    mark(count);
    const more = 3 - count;
    say(exit.left[more]);
    timer = setTimeout(() => { count = 0; mark(0); say(exit.expired); }, 5000);
  }, true);
  try {
    const data = root.dataset;
    const path = location.pathname;
    // An address in the forms a host may serve it at: `/signs`, `/signs/`, `/signs.html`.
    const plain = (address) => {
      let decoded = address;
      try {
        decoded = decodeURIComponent(address);
      } catch (_) {
        // not an address this site has: compared as it is
      }
      return decoded.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '').replace(/(.)\/$/, '$1');
    };
    const wanted = (data.bases || '')
      .split(' ')
      .filter((base) => base && (path === base || path.startsWith(`${base}/`)))
      .sort((a, b) => b.length - a.length)[0] || '';
    const elsewhere = 'address' in data ? plain(data.address) !== plain(path) : wanted !== data.base;
    if ('base' in data && elsewhere && window.fetch && window.DOMParser && window.AbortController) {
      const STAND_IN_PATIENCE_MS = 3000;
      const stop = new AbortController();
      const patience = setTimeout(() => stop.abort(), STAND_IN_PATIENCE_MS);
      data.standIn = NAMES.standIn.waiting;
      const ready = new Promise((resolve) => {
        if (document.readyState !== 'loading') resolve();
        else document.addEventListener('DOMContentLoaded', resolve, { once: true });
      });
      // The language's not-found page, by its address, else by its file.
      const notFound = async () => {
        for (const address of [`${wanted}/404`, `${wanted}/404.html`]) {
          const response = await fetch(address, { signal: stop.signal });
          const page = new DOMParser().parseFromString(await response.text(), 'text/html');
          const theirs = page.documentElement.dataset;
          if (theirs.base === wanted && !('address' in theirs) && page.getElementById('frame')) return page;
        }
        throw new Error('no not-found page');
      };
      Promise.all([notFound(), ready])
        .then(([page]) => {
          if (went) return;
          const theirs = page.documentElement;
          root.lang = theirs.lang;
          root.dir = theirs.dir;
          document.title = page.title;
          const manifest = document.querySelector('link[rel="manifest"]');
          const manifestThere = page.querySelector('link[rel="manifest"]');
          if (manifest && manifestThere) manifest.setAttribute('href', manifestThere.getAttribute('href'));
          document.body.replaceWith(document.adoptNode(page.body));
          data.standIn = NAMES.standIn.done;
          measureBar();
        })
        .catch(() => {
          delete data.standIn;
          dispatchEvent(new Event(NAMES.standIn.gaveUp));
        })
        .finally(() => clearTimeout(patience));
    }
  } catch (_) {
    delete root.dataset.standIn;
    dispatchEvent(new Event(NAMES.standIn.gaveUp));
  }
})();
