import { withFresh, ready, controlled } from './harness.mjs';
const out = process.argv[2] || '/tmp/try';
await withFresh(async ({ server, browser }) => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + '/es/');
  await ready(page);
  await controlled(page);
  await page.screenshot({ path: `${out}/es-home.png`, fullPage: true });
  await browser.context.setOffline(true);
  for (const path of ['/es/contacts', '/es/local/maine', '/es/signs', '/es/find', '/es/install', '/es/privacy', '/es/nada/aqui']) {
    await page.goto(server.url + path);
    await ready(page);
    const name = path.replaceAll('/', '_');
    await page.screenshot({ path: `${out}/es${name}.png`, fullPage: path !== '/es/contacts' });
    console.log(path, await page.title(), await page.locator('main h1').innerText(), await page.evaluate(() => history.length));
  }
  await page.goto(server.url + '/es/find');
  await ready(page);
  for (const q of ['linea', 'LÍNEA', 'nino', '¿ayuda?']) {
    await page.fill('#q', q);
    console.log(q, '->', await page.locator('.result-count').innerText());
  }
  await page.screenshot({ path: `${out}/es-find-q.png` });
  console.log('errors', errors);
});
