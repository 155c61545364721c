// Takes the documentation's screenshots of a published site in headless Chromium.
// Usage: node screenshots.mjs SITE_FOLDER OUTPUT_FOLDER
import path from 'node:path';
import { chromium } from 'playwright-core';

const [site, out] = process.argv.slice(2).map((p) => path.resolve(p));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`file://${site}/index.html`);
  await page.screenshot({ path: `${out}/screenshot-home.png` });
  await page.goto(`file://${site}/session-2-1.html`);
  await page.locator('#rank-dimensions details').evaluate((d) => d.setAttribute('open', ''));
  await page.locator('#rank-dimensions').screenshot({ path: `${out}/screenshot-activity.png` });
  await page.goto(`file://${site}/references.html`);
  await page.screenshot({ path: `${out}/screenshot-references.png` });
} finally {
  await browser.close();
}
console.log(`screenshots written to ${out}`);
