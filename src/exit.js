// The quick exit, in every page as a small inline script (its hash is in the
// page's Content-Security-Policy). It works from the first paint, without
// WebAssembly, and even if the app stops working: the app never handles the exit.
// - The "Quick exit" link, or Shift pressed three times (each press within five
//   seconds, no other key between), clears the screen in the same task, forgets
//   session storage, and replaces this page in history with the neutral site.
// - If the browser shows this page again (back-forward cache), it leaves again.
// - "Skip to content" moves focus to the view's heading without a history entry.
(() => {
  const exit = document.querySelector('a.exit');
  if (!exit) return;
  const away = exit.href;
  const say = document.querySelector('#frame [role="status"]');
  let left = false, count = 0, last = 0, clean = false, timer = 0;
  const tell = (text) => { if (say) say.textContent = text; };
  const leave = (event) => {
    if (event) event.preventDefault();
    left = true;
    document.title = 'Weather';
    document.body.textContent = '';
    try { sessionStorage.clear(); } catch (_) { /* storage refused: nothing to forget */ }
    location.replace(away);
  };
  exit.addEventListener('click', leave);
  // Enter would click a moment later; leaving now keeps it in this task.
  exit.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') leave(e); });
  addEventListener('pageshow', () => { if (left) leave(); });
  // Capture, so that nothing in a view can hide a key from the shortcut.
  addEventListener('keydown', (e) => {
    if (e.repeat) return;
    if (e.key === 'Shift') { clean = true; return; }
    clean = false;
    if (count) { count = 0; tell(''); }
  }, true);
  addEventListener('keyup', (e) => {
    if (e.key !== 'Shift' || !clean) return;
    clean = false;
    const now = performance.now();
    if (now - last > 5000) count = 0;
    count += 1;
    last = now;
    if (count >= 3) return leave();
    const more = 3 - count;
    tell(`Shift, press ${more} more time${more === 1 ? '' : 's'} to exit`);
    clearTimeout(timer);
    timer = setTimeout(() => { count = 0; tell(''); }, 5050);
  }, true);
  const skip = document.querySelector('a.skip');
  if (skip) skip.addEventListener('click', (e) => {
    const heading = document.querySelector('main h1');
    if (!heading) return;
    e.preventDefault();
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  });
})();
