// Launches every SCO of a SCORM package in Debian's headless Chromium against scorm-again (a real
// SCORM 1.2 / 2004 API, MIT) and checks what an LMS would see: the SCO initialises, is incomplete
// until the learner scrolls to the end of the session and completed after, suspends on leaving,
// and a response typed in one launch is back in the next one through cmi.suspend_data alone (the
// browser's storage is cleared in between), cut to fit the version's limit when it is too long.
// The same page opened with no LMS must run without errors.
// Usage: node check-scorm.mjs PACKAGE.zip
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const zip = path.resolve(process.argv[2]);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'scorm-'));
execFileSync('unzip', ['-q', zip, '-d', folder]);
const manifestText = fs.readFileSync(path.join(folder, 'imsmanifest.xml'), 'utf8');
const version = manifestText.includes('http://www.imsglobal.org/xsd/imscp_v1p1') ? '2004' : '1.2';
const require = createRequire(import.meta.url);
// the browser build that defines window.Scorm12API / Scorm2004API (not among the package's exports)
const apiSource = fs.readFileSync(path.join(path.dirname(require.resolve('scorm-again')), `${version === '1.2' ? 'scorm12' : 'scorm2004'}.js`), 'utf8');
const ORIGIN = 'http://lms.test';
const HARNESS = `<!doctype html><html lang="en"><head><title>LMS</title><script src="/lms/api.js"></script></head>
<body><iframe id="sco" title="SCO" style="width: 900px; height: 400px"></iframe></body></html>`;

const failures = [];
function check(condition, message) {
  if (!condition) { failures.push(message); console.log(`  FAIL ${message}`); }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (process.env.DEBUG) { console.log(`  console: ${m.text()}`); } });
  await page.route(`${ORIGIN}/**`, (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname).slice(1);
    if (name === 'lms/harness.html') { return route.fulfill({ contentType: 'text/html', body: HARNESS }); }
    if (name === 'lms/api.js') { return route.fulfill({ contentType: 'text/javascript', body: apiSource }); }
    const file = path.resolve(folder, name);
    if (!file.startsWith(folder + path.sep) || !fs.existsSync(file)) { return route.fulfill({ status: 404, body: '' }); }
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[path.extname(file)] || 'application/octet-stream';
    return route.fulfill({ contentType: type, body: fs.readFileSync(file) });
  });
  await page.goto(`${ORIGIN}/lms/harness.html`);

  // The SCOs in the order the organization gives them, read from the manifest as an LMS would.
  const scos = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const resources = {};
    for (const r of doc.getElementsByTagNameNS('*', 'resource')) {
      const type = r.getAttributeNS('http://www.adlnet.org/xsd/adlcp_rootv1p2', 'scormtype')
        || r.getAttributeNS('http://www.adlnet.org/xsd/adlcp_v1p3', 'scormType');
      resources[r.getAttribute('identifier')] = { href: r.getAttribute('href'), type };
    }
    return [...doc.getElementsByTagNameNS('*', 'item')]
      .map((item) => resources[item.getAttribute('identifierref')])
      .filter((r) => r && r.type === 'sco').map((r) => r.href);
  }, manifestText);
  check(scos.length > 0, 'the manifest names SCOs');

  const api = version === '1.2' ? 'API' : 'API_1484_11';
  const status = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
  const exit = version === '1.2' ? 'cmi.core.exit' : 'cmi.exit';
  const limit = version === '1.2' ? 4096 : 64000;

  // Launches a SCO in the LMS's frame with the data the LMS kept from the last launch.
  async function launch(href, kept) {
    await page.evaluate(({ api, version, kept }) => {
      const API = version === '1.2' ? window.Scorm12API : window.Scorm2004API;
      window[api] = new API({ logLevel: 5, autocommit: false });
      if (kept) { window[api].loadFromJSON(kept); }
      window.__frameLoaded = new Promise((resolve) => { document.getElementById('sco').onload = resolve; });
    }, { api, version, kept });
    await page.evaluate((href) => { document.getElementById('sco').src = '/' + href; return window.__frameLoaded; }, href);
    await page.waitForTimeout(100);
    return page.frames().find((f) => f.url().endsWith('/' + href));
  }
  // What the LMS would store: the API's CMI as JSON, write-only elements (exit, session time) included.
  const read = (element) => page.evaluate(({ api, element }) => element.split('.')
    .reduce((value, part) => (value == null ? value : value[part]), window[api].renderCMIToJSONObject()), { api, element });
  const state = () => page.evaluate((api) => ({ initialized: window[api].isInitialized(), terminated: window[api].isTerminated(),
    error: String(window[api].lastErrorCode) }), api);
  async function leave() {
    await page.evaluate(() => { document.getElementById('sco').src = 'about:blank'; });
    await page.waitForTimeout(200);
  }

  for (const href of scos) {
    console.log(`${href}`);
    let frame = await launch(href, null);
    check(frame, `${href}: the SCO loads`);
    if (!frame) { continue; }
    check((await state()).initialized, `${href}: the SCO initialises`);
    check(await read(status) === 'incomplete', `${href}: incomplete before the learner has read to the end (${await read(status)})`);
    await frame.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 3));
    await page.waitForTimeout(100);
    check(await read(status) === 'incomplete', `${href}: still incomplete a third of the way down`);
    await frame.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(200);
    check(await read(status) === 'completed', `${href}: completed at the end of the page (${await read(status)})`);

    const boxes = await frame.locator('textarea[data-storage-key]').count();
    const typed = `My answer for ${href}: "leading" <b>is</b> learning & more.`;
    if (boxes > 0) {
      await frame.locator('textarea[data-storage-key]').first().fill(typed);
      check(await frame.locator('.response-note').first().textContent() === 'What you type is kept with your course record.',
        `${href}: the response note says the LMS keeps the text`);
    }
    await leave();
    const after = await state();
    check(after.terminated, `${href}: terminated on leaving the page`);
    check(after.error === '0', `${href}: no API error (last error ${after.error})`);
    check(await read(exit) === 'suspend', `${href}: suspended, so the next launch resumes`);
    const suspendData = await read('cmi.suspend_data');
    check(suspendData.length <= limit, `${href}: suspend data within ${limit} characters`);
    if (boxes === 0) { continue; }
    check(suspendData.includes('leading'), `${href}: the response is in the suspend data`);

    // Next launch, perhaps on another device: nothing in this browser's storage, only the LMS's data.
    await page.evaluate(() => localStorage.clear());
    const kept = version === '1.2'
      ? { suspend_data: suspendData, core: { lesson_status: 'completed', entry: 'resume' } }
      : { suspend_data: suspendData, completion_status: 'completed', entry: 'resume' };
    frame = await launch(href, kept);
    check(await frame.locator('textarea[data-storage-key]').first().inputValue() === typed,
      `${href}: the response typed in the last launch is back`);

    // A response longer than the LMS keeps is cut to fit, and the learner is told so.
    await frame.locator('textarea[data-storage-key]').first().fill('x'.repeat(limit + 500));
    await frame.locator('textarea[data-storage-key]').first().blur();
    await page.waitForTimeout(100);
    const cut = await read('cmi.suspend_data');
    check(cut.length <= limit && cut.length > limit - 100, `${href}: an overlong response is cut to the limit (${cut.length})`);
    check((await frame.locator('.response-note').first().textContent()).startsWith('Longer than your course record keeps'),
      `${href}: the learner is told the end is kept in this browser only`);
    await leave();
    check((await state()).error === '0', `${href}: no API error after an overlong response`);
  }

  // Opened with no LMS (from disk, or a learner's own copy): nothing breaks, the site's note stays.
  const alone = await browser.newPage();
  const aloneErrors = [];
  alone.on('pageerror', (e) => aloneErrors.push(e.message));
  await alone.goto('file://' + path.join(folder, scos[0]));
  await alone.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  check(aloneErrors.length === 0, `no LMS: no script errors (${aloneErrors.join('; ')})`);
  if (await alone.locator('.response-note').count() > 0) {
    check(await alone.locator('.response-note').first().textContent() === 'What you type is kept in this browser only.',
      'no LMS: the response note says the text stays in this browser');
  }
  check(errors.length === 0, `no script errors in the LMS frame (${errors.join('; ')})`);
} finally {
  await browser.close();
  fs.rmSync(folder, { recursive: true, force: true });
}
console.log(`scorm ${version}: ${failures.length === 0 ? 'all checks passed' : failures.length + ' checks failed'}`);
process.exit(failures.length === 0 ? 0 : 1);
