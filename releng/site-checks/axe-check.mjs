// Runs axe-core's WCAG 2.0/2.1/2.2 A and AA rules on every page of a published site in
// Debian's headless Chromium. Usage: node axe-check.mjs SITE_FOLDER
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const site = path.resolve(process.argv[2]);
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// a site's pages, or an e-book's XHTML documents (unpacked)
const pages = fs.readdirSync(site).filter((f) => f.endsWith('.html') || f.endsWith('.xhtml')).sort();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = 0;
try {
  const page = await browser.newPage();
  for (const file of pages) {
    await page.goto('file://' + path.join(site, file));
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }));
    if (result.violations.length > 0) {
      failed++;
      for (const v of result.violations) {
        console.log(`${file}: ${v.id} (${v.impact}): ${v.help}`);
        for (const node of v.nodes.slice(0, 3)) console.log(`    ${node.target.join(' ')}`);
      }
    }
  }
} finally {
  await browser.close();
}
console.log(`axe: ${pages.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
