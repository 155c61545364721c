// Formats a published site's bibliography (references.json) with citeproc-js, an independent
// CSL processor, and compares every entry with the one citeproc-java put in references.html.
// Usage: node compare-citeproc.mjs SITE_FOLDER STYLE.csl LOCALE.xml [KNOWN_DIFFERENCES.txt]
import fs from 'node:fs';
import CSL from 'citeproc';

const [site, stylePath, localePath, knownPath] = process.argv.slice(2);
const known = new Set(knownPath ? fs.readFileSync(knownPath, 'utf8').split('\n').map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#')) : []);
const items = JSON.parse(fs.readFileSync(`${site}/references.json`, 'utf8'));
const locale = fs.readFileSync(localePath, 'utf8');
const engine = new CSL.Engine({
  retrieveLocale: () => locale,
  retrieveItem: (id) => items.find((item) => item.id === id),
}, fs.readFileSync(stylePath, 'utf8'));
engine.updateItems(items.map((item) => item.id));
const [meta, entries] = engine.makeBibliography();

const text = (html) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#38;/g, '&')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x2F;/g, '/').replace(/\s+/g, ' ').trim();
const ours = new Map();
const page = fs.readFileSync(`${site}/references.html`, 'utf8');
for (const m of page.matchAll(/<li id="ref-([^"]+)">([\s\S]*?)<\/li>/g)) ours.set(m[1], text(m[2]));

let differences = 0;
meta.entry_ids.forEach(([id], i) => {
  const theirs = text(entries[i]);
  if (ours.get(id) !== theirs) {
    const listed = known.has(id);
    if (!listed) differences++;
    console.log(`${id}${listed ? ' (known difference)' : ''}\n  citeproc-java: ${ours.get(id)}\n  citeproc-js:   ${theirs}`);
  }
});
console.log(`citeproc: ${entries.length - differences} passed, ${differences} failed`);
process.exit(differences === 0 ? 0 : 1);
