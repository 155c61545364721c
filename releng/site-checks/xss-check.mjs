// Opens every HTML page and SVG file under the given folders in Debian's headless Chromium,
// as a learner would: every disclosure opened, every button pressed, every field focused,
// the pointer moved over the page. Counts any script a module smuggled in that runs (the
// payloads call xss(N), defined here in every frame) and any dialog (alert, confirm, prompt),
// and any link or source whose address would run script when followed.
// Usage: node xss-check.mjs FOLDER...
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

function files(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return files(full);
    return /\.(html|xhtml|svg)$/.test(entry.name) ? [full] : [];
  });
}

// a page met twice (a site's zip repeats the site) is opened once
const seen = new Set();
const pages = process.argv.slice(2).flatMap((folder) => files(path.resolve(folder))).sort().filter((file) => {
  const digest = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  if (seen.has(digest)) return false;
  seen.add(digest);
  return true;
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const executions = [];
let dialogs = 0;
const dangerous = [];
// one context for all pages, so the binding is set up once; four pages at a time
const context = await browser.newContext();
await context.exposeBinding('xss', (source, n) => executions.push(`${source.page.url()}: xss(${n})`));
async function check(file) {
  const page = await context.newPage();
  page.on('dialog', async (dialog) => { dialogs++; executions.push(`${file}: ${dialog.type()} "${dialog.message()}"`); await dialog.dismiss(); });
  await page.goto('file://' + file, { waitUntil: 'load' });
  if (file.endsWith('.html') || file.endsWith('.xhtml')) {
    // what a learner does on a page, done to every element at once: open, press, focus, point at
    await page.evaluate(() => {
      document.querySelectorAll('details').forEach((d) => { d.open = true; });
      for (const e of document.querySelectorAll('*')) {
        for (const type of ['pointerover', 'mouseover', 'mouseenter']) e.dispatchEvent(new MouseEvent(type, { bubbles: true }));
        if (e.matches('summary, button, input, textarea, select')) {
          e.focus();
          e.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
        }
      }
    });
    dangerous.push(...(await page.evaluate(() => [...document.querySelectorAll('[href],[src],[action],[data],[formaction]')]
      .flatMap((e) => ['href', 'src', 'action', 'data', 'formaction'].map((a) => e.getAttribute(a)).filter((v) => v !== null))
      .filter((v) => /^\s*(javascript|vbscript|data:text\/html)/i.test(v.replace(/[\u0000-\u0020]/g, ''))))).map((v) => `${file}: ${v}`));
  }
  await page.waitForTimeout(100);
  await page.close();
}
try {
  const queue = [...pages];
  await Promise.all([1, 2, 3, 4].map(async () => {
    while (queue.length > 0) await check(queue.shift());
  }));
} finally {
  await browser.close();
}
for (const line of [...executions, ...dangerous]) console.log(line);
console.log(`xss: ${pages.length} distinct pages opened, ${executions.length} executions (${dialogs} dialogs), ${dangerous.length} dangerous addresses`);
process.exitCode = executions.length === 0 && dangerous.length === 0 ? 0 : 1;
