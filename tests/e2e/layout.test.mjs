// Layout for everyone (WCAG 2.2): every view reflows to 320 CSS px and to
// 200 % zoom without sideways scrolling or cut-off text, keeps its controls
// and focus ring visible in forced colours, never hides the focused element
// under the sticky call bar or tally (2.4.11), and does not move when asked
// not to.
import assert from 'node:assert/strict';
import { LANGUAGES, ONE_PER_DIRECTION, pseudoSite, ready, sharedApp, test, twin, viewsIn } from './harness.mjs';

// Every view in every language Harbor speaks; and for the reflow at 320
// and 390 px, the bar's place and the Shift count, also in the two
// pseudo-languages: one accented and 40 % longer, one mirrored and right to
// left (served, like the rest, from the site with them added).
const PSEUDO = pseudoSite();
const VIEWS = viewsIn(LANGUAGES);
const EVERY = viewsIn([...LANGUAGES, ...PSEUDO.languages]);
// For the styles the words do not change (forced colours, focus outlines,
// motion): one language of each direction.
const STYLED = viewsIn(ONE_PER_DIRECTION);

// WCAG 1.4.10 Reflow: 320 CSS px wide, which is 1280 px at 400 % zoom.
const NARROW = { width: 320, height: 640 };
// Browser zoom divides the window's size in CSS px by the zoom factor, and
// that is all layout sees: a 1280×800 window at 200 % zoom has a 640×400 CSS
// px viewport, and its media queries, rem and percentages are those of a
// 640×400 window at 100 %. Text keeps its CSS size and is drawn twice as
// large. So a 640×400 viewport is 200 % zoom for layout, provided the page
// does not shrink its text when the window is narrower (checked below), which
// would undo the zoom (WCAG 1.4.4 Resize Text).
const NORMAL = { width: 1280, height: 800 };
const ZOOMED = { width: NORMAL.width / 2, height: NORMAL.height / 2 };

const app = sharedApp(PSEUDO.dir);

async function open(page, path) {
  await page.goto(app.server.url + path);
  await ready(page);
  // Without its stylesheet the page would pass most of these checks.
  assert.ok(
    await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.cssRules.length > 0)),
    `${path}: the stylesheet is applied`,
  );
}

/** In the page: elements that push the page sideways, and clipped text. */
function measure() {
  const describe = (e) => {
    const cls = typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
    const text = (e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${e.tagName.toLowerCase()}${cls}${text ? ` "${text}"` : ''}`;
  };
  // Deliberately hidden, such as .visually-hidden: clipped by design.
  const hidden = (e) => {
    for (let a = e; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.clip !== 'auto' || style.clipPath !== 'none') return true;
    }
    return false;
  };
  const all = [...document.body.querySelectorAll('*')];
  const sticking = all
    .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !hidden(e))
    .map((e) => `${describe(e)} ends at ${Math.round(e.getBoundingClientRect().right)} px`);
  const clipped = all
    .filter((e) => {
      const style = getComputedStyle(e);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') return false;
      if (!(e.textContent || '').trim() || hidden(e)) return false;
      return e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight;
    })
    .map((e) => `${describe(e)} shows ${e.clientWidth}×${e.clientHeight} of ${e.scrollWidth}×${e.scrollHeight} px`);
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    sticking,
    clipped,
  };
}

/** What `measure` found pushing the page at `path` sideways. */
function sideways(path, m) {
  const found = m.sticking.map((s) => `${path}: ${s}`);
  if (m.scrollWidth > m.innerWidth) found.unshift(`${path}: scrolls to ${m.scrollWidth} px in ${m.innerWidth} px`);
  return found;
}

test('at 320 CSS px wide, no view in any language or pseudo-language scrolls sideways and nothing sticks out', async () => {
  const page = await app.browser.context.newPage();
  await page.setViewportSize(NARROW);
  const found = [];
  for (const path of EVERY) {
    await open(page, path);
    found.push(...sideways(path, await page.evaluate(measure)));
  }
  assert.deepEqual(found, []);
  await page.close();
});

test('at 200 % zoom (640×400 CSS px), no view scrolls sideways, and no text is smaller than at 100 %', async () => {
  const page = await app.browser.context.newPage();
  const found = [];
  // In the page: the font size of every element that holds text of its own.
  const sizes = () =>
    [...document.body.querySelectorAll('*')].map((e) =>
      [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim())
        ? parseFloat(getComputedStyle(e).fontSize)
        : null,
    );
  for (const path of VIEWS) {
    await page.setViewportSize(NORMAL);
    await open(page, path);
    const normal = await page.evaluate(sizes);
    // Resized, not reloaded: the same elements, laid out at the zoomed size.
    await page.setViewportSize(ZOOMED);
    await page.waitForFunction((width) => window.innerWidth === width, ZOOMED.width);
    const zoomed = await page.evaluate(sizes);
    assert.equal(zoomed.length, normal.length, `${path}: the view changed while resized`);
    const smaller = zoomed.filter((size, i) => size !== null && size < normal[i]).length;
    if (smaller) found.push(`${path}: ${smaller} elements have smaller text at 640 px than at 1280 px`);
    found.push(...sideways(path, await page.evaluate(measure)));
  }
  assert.deepEqual(found, []);
  await page.close();
});

test('at 320 CSS px and at 200 % zoom, no box cuts off its text', async () => {
  const page = await app.browser.context.newPage();
  const found = [];
  for (const size of [NARROW, ZOOMED]) {
    await page.setViewportSize(size);
    for (const path of VIEWS) {
      await open(page, path);
      const { clipped } = await page.evaluate(measure);
      for (const c of clipped) found.push(`${size.width} px, ${path}: ${c}`);
    }
  }
  assert.deepEqual(found, []);
  await page.close();
});

test('in forced colours, the quick exit, the call bar and the other buttons keep a visible border', async () => {
  const page = await app.browser.context.newPage();
  await page.emulateMedia({ forcedColors: 'active' });
  const found = [];
  for (const path of STYLED) {
    await open(page, path);
    assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours are on');
    const result = await page.evaluate(() => {
      const alpha = (color) => {
        const m = color.match(/rgba?\(([^)]*)\)/);
        const parts = m ? m[1].split(/[\s,/]+/).filter(Boolean) : [];
        return parts.length === 4 ? parseFloat(parts[3]) : 1;
      };
      const controls = [...document.querySelectorAll('.callbar a, .exit, .phone, .door, .back')].filter(
        (e) => e.getClientRects().length > 0,
      );
      const bad = controls
        .filter((e) => {
          const style = getComputedStyle(e);
          return ['Top', 'Right', 'Bottom', 'Left'].some(
            (side) =>
              ['none', 'hidden'].includes(style[`border${side}Style`]) ||
              parseFloat(style[`border${side}Width`]) < 1 ||
              alpha(style[`border${side}Color`]) === 0 ||
              style[`border${side}Color`] === style.backgroundColor,
          );
        })
        .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${e.className}` : ''} "${e.textContent.trim().slice(0, 40)}"`);
      return { exit: document.querySelectorAll('header .exit').length, calls: document.querySelectorAll('.callbar a').length, bad };
    });
    if (result.exit !== 1 || result.calls === 0) found.push(`${path}: no quick exit or call bar`);
    for (const b of result.bad) found.push(`${path}: ${b} has no visible border`);
  }
  assert.deepEqual(found, []);
  await page.close();
});

/**
 * Presses `key` until focus has visited every element in the tab order once,
 * and after each press runs `check`, a function evaluated in the page that
 * returns null or a problem with the focused element. Returns the problems.
 */
async function walk(page, key, check) {
  // One round trip per press: where focus is (its place in the document,
  // which Tab does not change) and, unless it is on no element, the check.
  const step = `(() => {
    const at = [...document.querySelectorAll('*')].indexOf(document.activeElement);
    const nowhere = !document.activeElement || document.activeElement === document.body;
    return { at, problem: nowhere ? null : (${check})() };
  })()`;
  const problems = [];
  const seen = new Set();
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press(key);
    const { at, problem } = await page.evaluate(step);
    if (seen.has(at)) return problems;
    seen.add(at);
    if (problem) problems.push(problem);
  }
  throw new Error('the tab order never came back to its start');
}

/** In the page: null if the focused element shows an outline of 2 px or more. */
function outlined() {
  const e = document.activeElement;
  const style = getComputedStyle(e);
  const color = style.outlineColor;
  const transparent = color === 'transparent' || /rgba\([^)]*[,/]\s*0\)$/.test(color);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !transparent) return null;
  return `${e.tagName.toLowerCase()} "${(e.textContent || '').trim().slice(0, 40)}" has outline ${style.outlineStyle} ${style.outlineWidth} ${color}`;
}

for (const forcedColors of ['none', 'active']) {
  test(`every element the keyboard reaches shows a focus outline of at least 2 px, forced colours ${forcedColors}`, async () => {
    const page = await app.browser.context.newPage();
    await page.emulateMedia({ forcedColors });
    const found = [];
    for (const path of STYLED) {
      await open(page, path);
      const problems = await walk(page, 'Tab', outlined);
      for (const p of problems) found.push(`${path}: ${p}`);
    }
    assert.deepEqual(found, []);
    await page.close();
  });
}

/** In the page: null if some of the focused element can be seen, else why not. */
function focusShown() {
  const e = document.activeElement;
  const r = e.getBoundingClientRect();
  const left = Math.max(r.left, 0);
  const right = Math.min(r.right, window.innerWidth);
  const top = Math.max(r.top, 0);
  const bottom = Math.min(r.bottom, window.innerHeight);
  const describe = (el) => {
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${el.tagName.toLowerCase()}${cls}${text ? ` "${text}"` : ''}`;
  };
  const name = describe(e);
  if (right <= left || bottom <= top) return `${name} is off screen`;
  // Hit-test a grid over its part of the viewport: someone else on top of
  // every point means it is hidden.
  for (let x = 0; x <= 4; x++) {
    for (let y = 0; y <= 4; y++) {
      const hit = document.elementFromPoint(left + 0.5 + ((right - left - 1) * x) / 4, top + 0.5 + ((bottom - top - 1) * y) / 4);
      if (hit && (e === hit || e.contains(hit))) return null;
    }
  }
  const cover = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
  return `${name} is hidden under ${cover ? describe(cover) : 'nothing'}`;
}

test('the focused element is never hidden under the sticky call bar or tally (WCAG 2.4.11), at 320 px and 200 % zoom', async () => {
  const page = await app.browser.context.newPage();
  const found = [];
  for (const size of [NARROW, ZOOMED]) {
    await page.setViewportSize(size);
    for (const path of VIEWS) {
      await open(page, path);
      if (path === '/signs') {
        // The tally sticks to the bottom once a sign is ticked.
        await page.locator('.checklist input').first().check();
        await page.locator('.tally:not(:empty)').waitFor();
      }
      for (const key of ['Tab', 'Shift+Tab']) {
        const problems = await walk(page, key, focusShown);
        for (const p of problems) found.push(`${size.width} px, ${path}, ${key}: ${p}`);
      }
    }
    // A link to a section (here a search result) scrolls to it and focuses
    // its heading.
    await open(page, '/find');
    await page.getByLabel('Search every page').fill('eye contact');
    await page.locator('.results a', { hasText: 'Warning signs: Health and behaviour' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Health and behaviour');
    const problem = await page.evaluate(focusShown);
    if (problem) found.push(`${size.width} px, /signs#health: ${problem}`);
  }
  assert.deepEqual(found, []);
  await page.close();
});

test('with reduced motion asked for, nothing on any view moves', async () => {
  const page = await app.browser.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const found = [];
  for (const path of STYLED) {
    await open(page, path);
    const moving = await page.evaluate(() => {
      const seconds = (list) => Math.max(...list.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t))));
      const out = [];
      if (!matchMedia('(prefers-reduced-motion: reduce)').matches) out.push('reduced motion is not on');
      for (const e of [document.documentElement, ...document.documentElement.querySelectorAll('*')]) {
        const style = getComputedStyle(e);
        const name = `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className}` : ''}`;
        if (seconds(style.transitionDuration) > 0.01) out.push(`${name} has a ${style.transitionDuration} transition`);
        if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) out.push(`${name} has a ${style.animationDuration} animation`);
        if (style.scrollBehavior !== 'auto') out.push(`${name} scrolls ${style.scrollBehavior}`);
      }
      for (const a of document.getAnimations()) out.push(`a running ${a.constructor.name}`);
      return out;
    });
    for (const m of moving) found.push(`${path}: ${m}`);
  }
  assert.deepEqual(found, []);
  await page.close();
});

for (const width of [320, 390]) {
  test(`at ${width} CSS px, in every language and both directions, the call bar and the exit are on screen where a reader of that direction looks, so is Back, and the Shift count shows`, async () => {
    const page = await app.browser.context.newPage();
    await page.setViewportSize({ width, height: 700 });
    const found = [];
    for (const path of EVERY.filter((view) => /\/signs$/.test(view))) {
      await open(page, path);
      // Into another view in the app, so that Back shows.
      await page.locator('main a[href$="/contacts"], footer a[href$="/contacts"]').first().click();
      await page.locator('button.back').waitFor();
      await page.keyboard.press('Shift');
      const seen = await page.evaluate(() => {
        const box = (e) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        };
        const exit = document.querySelector('header a.exit');
        return {
          dir: getComputedStyle(document.documentElement).direction,
          width: innerWidth,
          height: innerHeight,
          exit: box(exit),
          calls: [...document.querySelectorAll('header .callbar a')].map(box),
          back: box(document.querySelector('button.back')),
          safety: box(document.querySelector('.ways .safety')),
          marks: box(exit.querySelector('.presses')),
          marksShown: getComputedStyle(exit.querySelector('.presses')).visibility === 'visible',
        };
      });
      const onScreen = (name, b) => {
        if (b.left < 0 || b.right > seen.width + 0.5 || b.top < 0 || b.bottom > seen.height) found.push(`${path}: ${name} is off screen (${JSON.stringify(b)})`);
      };
      onScreen('the exit', seen.exit);
      seen.calls.forEach((b, i) => onScreen(`call link ${i + 1}`, b));
      // The exit at the end of the line, by the screen's edge, the call links before it; Back at its start.
      const rtl = seen.dir === 'rtl';
      const exitAtEnd = rtl
        ? seen.exit.left <= 16 && seen.calls.every((c) => seen.exit.left <= c.left)
        : seen.exit.right >= seen.width - 16 && seen.calls.every((c) => seen.exit.right >= c.right);
      if (!exitAtEnd) found.push(`${path}: the exit is not at the ${rtl ? 'left' : 'right'} end of the bar`);
      const backAtStart = rtl ? seen.back.right > seen.safety.right : seen.back.left < seen.safety.left;
      if (!backAtStart) found.push(`${path}: Back is not at the ${rtl ? 'right' : 'left'} start of its row`);
      if (!seen.marksShown) found.push(`${path}: the Shift count's marks do not show`);
      const inside = seen.marks.left >= seen.exit.left - 0.5 && seen.marks.right <= seen.exit.right + 0.5;
      if (!inside) found.push(`${path}: the Shift count's marks stick out of the exit`);
      await page.keyboard.press('Escape');
    }
    assert.deepEqual(found, []);
    await page.close();
  });
}

/**
 * In the page: the characters of each element `selector` matches (each
 * block of help in other languages; the frame and the view) that draw as
 * the empty box of a missing glyph, by the element's language. Each
 * character is drawn on a canvas placed in the element (so it takes its
 * language and font) and compared with characters no font has (private
 * use): the same pixels mean no font drew it. Also whether the check sees
 * such a box at all, and how many elements it read.
 */
function missingGlyphs(selector) {
  const SIZE = 48;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE;
  canvas.style.position = 'absolute';
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const draw = (character) => {
    context.clearRect(0, 0, SIZE, SIZE);
    context.fillText(character, 4, SIZE - 12);
    return context.getImageData(0, 0, SIZE, SIZE).data;
  };
  const same = (a, b) => a.every((value, i) => value === b[i]);
  const found = {};
  let seesABox = false;
  const elements = document.querySelectorAll(selector);
  for (const element of elements) {
    element.append(canvas);
    context.font = `32px ${getComputedStyle(element).fontFamily}`;
    const box = draw('\uE000');
    seesABox ||= same(draw('\uE001'), box) && !same(draw('A'), box);
    const characters = new Set([...element.innerText].filter((c) => c > '\u007f' && c.trim() !== ''));
    const missing = [...characters].filter((c) => same(draw(c), box));
    const lang = element.closest('[lang]').lang;
    if (missing.length) found[lang] = (found[lang] ?? '') + missing.join('');
    canvas.remove();
  }
  return { found, seesABox, count: elements.length };
}

/**
 * In the page: the phone numbers written in the view's call links whose
 * digits do not read left to right (the first digit drawn right of the
 * last), as drawn; and how many numbers it read.
 */
function numbersOutOfOrder() {
  const wrong = [];
  let read = 0;
  for (const link of document.querySelectorAll('main a[href^="tel:+1"]')) {
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const found = /\d[\d-]*-[\d-]*\d/.exec(node.textContent);
      if (!found) continue;
      const at = (index) => {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return range.getBoundingClientRect().left;
      };
      read += 1;
      if (at(found.index) >= at(found.index + found[0].length - 1)) wrong.push(found[0]);
    }
  }
  return { wrong, read };
}

test('at 390 CSS px, every language\'s pages draw every character in a font the phone has (no empty boxes), and its phone numbers read left to right', async () => {
  const page = await app.browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  for (const language of LANGUAGES) {
    for (const path of ['/', '/signs', '/contacts', '/find'].map((p) => twin(p, language))) {
      await open(page, path);
      const glyphs = await page.evaluate(missingGlyphs, '#frame, main');
      assert.equal(glyphs.count, 2, `${path}: the frame and the view`);
      assert.ok(glyphs.seesABox, `${path}: the check tells a missing glyph from a drawn one`);
      assert.deepEqual(glyphs.found, {}, `${path}: characters drawn as empty boxes`);
    }
    const path = twin('/contacts', language);
    await open(page, path);
    const numbers = await page.evaluate(numbersOutOfOrder);
    assert.ok(numbers.read >= 3, `${path}: the numbers were read (${numbers.read})`);
    assert.deepEqual(numbers.wrong, [], `${path}: numbers drawn out of order`);
  }
  await page.close();
});

test('at 390 CSS px, each block of help in other languages draws every character in a font the phone has (no empty boxes), the Arabic block runs right to left with its numbers left to right, and the frame stays in the page\'s direction', async () => {
  const page = await app.browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  for (const language of LANGUAGES) {
    const path = `${language.base}/languages`;
    await open(page, path);
    const glyphs = await page.evaluate(missingGlyphs, 'section.interpreted');
    assert.equal(glyphs.count, 14, `${path}: the blocks`);
    assert.ok(glyphs.seesABox, `${path}: the check tells a missing glyph from a drawn one`);
    assert.deepEqual(glyphs.found, {}, `${path}: characters drawn as empty boxes, by block`);
    const seen = await page.evaluate(() => {
      const block = document.getElementById('ar');
      const heading = block.querySelector('h2');
      const words = document.createRange();
      words.selectNodeContents(heading);
      const number = block.querySelector('a[href="tel:+18883737888"]');
      const at = (node, index) => {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return range.getBoundingClientRect().left;
      };
      const digits = number.firstChild;
      const text = digits.textContent;
      return {
        page: getComputedStyle(document.documentElement).direction,
        main: getComputedStyle(document.querySelector('main')).direction,
        block: getComputedStyle(block).direction,
        headingRight: words.getBoundingClientRect().right,
        headingLeft: words.getBoundingClientRect().left,
        blockRight: block.getBoundingClientRect().right,
        blockLeft: block.getBoundingClientRect().left,
        // Where the number's first digit, its first dash and its last digit are drawn.
        order: [0, text.indexOf('-'), text.length - 1].map((i) => at(digits, i)),
        exit: document.querySelector('header a.exit').getBoundingClientRect(),
        width: innerWidth,
      };
    });
    assert.deepEqual([seen.page, seen.main, seen.block], [language.dir, language.dir, 'rtl'], `${path}: the Arabic block runs right to left, the page as its language does`);
    assert.ok(Math.abs(seen.headingRight - seen.blockRight) < 2, `${path}: the Arabic heading starts at the right (${seen.headingRight} of ${seen.blockRight})`);
    assert.ok(seen.headingLeft - seen.blockLeft > 40, `${path}: and does not fill the line from the left`);
    assert.ok(seen.order[0] < seen.order[1] && seen.order[1] < seen.order[2], `${path}: 1-888-373-7888 reads left to right in the Arabic text (${seen.order})`);
    const end = language.dir === 'rtl' ? seen.exit.left < 40 : seen.exit.right > seen.width - 40;
    assert.ok(end, `${path}: the exit stays at the end of the bar`);
  }
  await page.close();
});
