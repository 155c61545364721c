// Opens every HTML page and SVG file under the given folders in Debian's headless Chromium,
// as a learner would: every disclosure opened, every button pressed, every field focused,
// the pointer moved over the page. Counts any script a module smuggled in that runs (the
// payloads call xss(N), defined here in every frame) and any dialog (alert, confirm, prompt),
// and any link or source whose address would run script when followed.
// Usage: node xss-check.mjs FOLDER...
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

function files(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return files(full);
    return /\.(html|svg)$/.test(entry.name) ? [full] : [];
  });
}

const pages = process.argv.slice(2).flatMap((folder) => files(path.resolve(folder))).sort();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const executions = [];
let dialogs = 0;
const dangerous = [];
try {
  for (const file of pages) {
    const context = await browser.newContext();
    await context.exposeBinding('xss', (source, n) => executions.push(`${file}: xss(${n})`));
    const page = await context.newPage();
    page.on('dialog', async (dialog) => { dialogs++; executions.push(`${file}: ${dialog.type()} "${dialog.message()}"`); await dialog.dismiss(); });
    await page.goto('file://' + file, { waitUntil: 'load' });
    if (file.endsWith('.html')) {
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      for (const selector of ['summary', 'button', 'input', 'textarea']) {
        for (const element of await page.$$(selector)) {
          await element.click({ force: true, timeout: 500, noWaitAfter: true }).catch(() => {});
          await element.focus().catch(() => {});
        }
      }
      for (let y = 10; y < 2000; y += 150) await page.mouse.move(200, y);
      dangerous.push(...(await page.evaluate(() => [...document.querySelectorAll('[href],[src],[action],[data],[formaction]')]
        .flatMap((e) => ['href', 'src', 'action', 'data', 'formaction'].map((a) => e.getAttribute(a)).filter((v) => v !== null))
        .filter((v) => /^\s*(javascript|vbscript|data:text\/html)/i.test(v.replace(/[\u0000-\u0020]/g, ''))))).map((v) => `${file}: ${v}`));
    }
    await page.waitForTimeout(150);
    await context.close();
  }
} finally {
  await browser.close();
}
for (const line of [...executions, ...dangerous]) console.log(line);
console.log(`xss: ${pages.length} pages opened, ${executions.length} executions (${dialogs} dialogs), ${dangerous.length} dangerous addresses`);
process.exit(executions.length === 0 && dangerous.length === 0 ? 0 : 1);
