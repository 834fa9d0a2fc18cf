// The page's looks script, inline in every page's <head> right after the
// home-screen links (src/prerender.rs; its hash is in the page's policy).
// On the install view the person can pick how the app will look on the home
// screen (src/looks.rs): each choice is a radio button that carries its
// look's manifest, icon and name in data-* attributes. Picking one gives the
// page those links, which Chromium reads when it installs the app and Safari
// when it adds it to the home screen. It works without WebAssembly, and
// stores nothing: once the choice is gone from the page (the app shows
// another view), the page gets the usual look back.
(() => {
  const parts = [
    ['link[rel="manifest"]', 'href', 'manifest'],
    ['link[rel="apple-touch-icon"]', 'href', 'icon'],
    ['meta[name="apple-mobile-web-app-title"]', 'content', 'name'],
  ];
  let usual = null;
  const show = (look) => {
    for (const [selector, attribute, key] of parts) {
      const element = document.querySelector(selector);
      if (element && look[key]) element.setAttribute(attribute, look[key]);
    }
  };
  document.addEventListener('change', (e) => {
    const choice = e.target;
    if (!(choice instanceof HTMLInputElement) || choice.name !== 'look') return;
    if (!usual) {
      usual = {};
      for (const [selector, attribute, key] of parts) {
        const element = document.querySelector(selector);
        if (element) usual[key] = element.getAttribute(attribute);
      }
    }
    show(choice.dataset);
  });
  new MutationObserver(() => {
    if (usual && !document.querySelector('input[name="look"]')) show(usual);
  }).observe(document, { childList: true, subtree: true });
})();
