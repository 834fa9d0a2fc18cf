// The page's safety script, in the <head> of every page, inline (its hash is
// in the page's Content-Security-Policy; src/prerender.rs puts it there). It
// runs before anything is painted, needs neither WebAssembly nor the app, and
// the app never handles the exit. Its listeners are on the document, so they
// work as soon as the call bar is on screen, however slowly the rest arrives.
// - The quick exit: the "Quick exit" link, or Shift pressed three times (each
//   press within five seconds, no other key between), clears the screen in
//   the same task, forgets session storage, notes that this tab left, and
//   replaces this page in history with the neutral site.
// - The guard: if this tab left and the browser shows a page of the site
//   again by Back, Forward or Reload (WebKit keeps the page's history entry
//   when the neutral site cannot load), the page is hidden before it paints
//   and leaves again. A page opened anew, by its address or a link, shows.
//   A page shown again from the back-forward cache leaves again too.
// - "Skip to content" moves focus to the view's heading without a history entry.
(() => {
  // The note that this tab left, in session storage: where it went.
  const LEFT = 'away';
  const root = document.documentElement;
  const noted = () => {
    try {
      return sessionStorage.getItem(LEFT);
    } catch (_) {
      return null; // storage refused: nothing was noted
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
  const leave = (event, away) => {
    if (event) event.preventDefault();
    went = away;
    root.hidden = true;
    document.title = 'Weather';
    if (document.body) document.body.textContent = '';
    try {
      sessionStorage.clear();
      sessionStorage.setItem(LEFT, away);
    } catch (_) { /* storage refused: nothing to forget */ }
    location.replace(away);
  };

  const gone = noted();
  if (gone && returned()) {
    // Nothing of this page is shown: stop loading it, and leave again.
    window.stop();
    return leave(null, gone);
  }
  if (gone) {
    try { sessionStorage.removeItem(LEFT); } catch (_) { /* as above */ }
  }

  const exitLink = () => document.querySelector('a.exit');
  const say = (text) => {
    const status = document.querySelector('#frame [role="status"]');
    if (status) status.textContent = text;
  };
  const leaveBy = (event) => {
    const link = exitLink();
    if (link) leave(event, link.href);
  };
  const onExit = (event) => event.target instanceof Element && event.target.closest('a.exit');

  document.addEventListener('click', (e) => { if (onExit(e)) leaveBy(e); }, true);
  addEventListener('pageshow', (e) => {
    const away = went || (e.persisted && noted());
    if (away) leave(null, away);
  });
  // Capture, so that nothing in a view can hide a key from the shortcut.
  addEventListener('keydown', (e) => {
    // Enter would click a moment later; leaving now keeps it in this task.
    if ((e.key === 'Enter' || e.key === ' ') && onExit(e)) return leaveBy(e);
    if (e.repeat) return;
    if (e.key === 'Shift') { clean = true; return; }
    clean = false;
    if (count) { count = 0; say(''); }
  }, true);
  addEventListener('keyup', (e) => {
    if (e.key !== 'Shift' || !clean) return;
    clean = false;
    const now = performance.now();
    if (now - last > 5000) count = 0;
    count += 1;
    last = now;
    if (count >= 3) return leaveBy();
    const more = 3 - count;
    say(`Shift, press ${more} more time${more === 1 ? '' : 's'} to exit`);
    clearTimeout(timer);
    timer = setTimeout(() => { count = 0; say(''); }, 5050);
  }, true);
  document.addEventListener('click', (e) => {
    if (!(e.target instanceof Element) || !e.target.closest('a.skip')) return;
    const heading = document.querySelector('main h1');
    if (!heading) return;
    e.preventDefault();
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  });
})();
