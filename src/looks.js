// The page's looks script, a file every page loads once it is read
// (`looks-<hash>.js`; src/site_files/pages.rs links it).
// On the install view the person can pick how the app will look on the home
// screen (src/looks.rs): each choice is a radio button that carries its
// look's manifest, icon and name in data-* attributes. The page's head
// always carries the look of the checked choice: its manifest, which
// Chromium reads when it installs the app, and its icon and name, which
// Safari reads when it adds it to the home screen. It works without
// WebAssembly, and stores nothing.
// - The app takes the view over when it starts and renders the choices
//   anew, with the usual look checked: the person's pick, if they made one
//   before, is checked again, so the choice and the head still agree.
// - Once the choices are gone from the page (the app shows another view),
//   the pick is forgotten and the page gets the usual look back.
(() => {
  const parts = [
    ['link[rel="manifest"]', 'href', 'manifest'],
    ['link[rel="apple-touch-icon"]', 'href', 'icon'],
    ['meta[name="apple-mobile-web-app-title"]', 'content', 'name'],
  ];
  // The head's own look, read before any change; and the person's pick.
  let usual = null;
  let picked = null;
  const show = (look) => {
    if (!usual) {
      usual = {};
      for (const [selector, attribute, key] of parts) {
        const element = document.querySelector(selector);
        if (element) usual[key] = element.getAttribute(attribute);
      }
    }
    for (const [selector, attribute, key] of parts) {
      const element = document.querySelector(selector);
      if (element && look[key] && element.getAttribute(attribute) !== look[key]) element.setAttribute(attribute, look[key]);
    }
  };
  /** Gives the head the checked choice's look, or the usual one without choices. */
  const follow = () => {
    const choices = [...document.querySelectorAll('input[name="look"]')];
    if (!choices.length) {
      picked = null;
      if (usual) show(usual);
      return;
    }
    const again = picked && choices.find((choice) => choice.value === picked && !choice.checked);
    if (again) again.checked = true;
    const checked = choices.find((choice) => choice.checked);
    if (checked) show(checked.dataset);
  };
  document.addEventListener('change', (e) => {
    const choice = e.target;
    if (!(choice instanceof HTMLInputElement) || choice.name !== 'look') return;
    picked = choice.value;
    follow();
  });
  new MutationObserver(follow).observe(document, { childList: true, subtree: true });
})();
