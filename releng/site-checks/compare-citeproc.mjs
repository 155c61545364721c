// Formats a published site's bibliography (references.json) with citeproc-js, an independent
// CSL processor, and compares every entry with the one citeproc-java put in references.html,
// and every parenthetical in-text citation on the pages (their data-cite) with its text.
// Usage: node compare-citeproc.mjs SITE_FOLDER STYLE.csl LOCALE.xml [KNOWN_DIFFERENCES.txt]
import fs from 'node:fs';
import CSL from 'citeproc';

const [site, stylePath, localePath, knownPath, styleName] = process.argv.slice(2);
// A line holds for every style, or after "STYLE " for that style only.
const known = new Set((knownPath ? fs.readFileSync(knownPath, 'utf8').split('\n').map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#')) : [])
  .map((l) => l.split(/\s+/)).filter((w) => w.length === 1 || w[0] === styleName).map((w) => w[w.length - 1]));
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

const attribute = (value) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
let citations = 0;
let citationDifferences = 0;
for (const file of fs.readdirSync(site).filter((name) => name.endsWith('.html')).sort()) {
  const html = fs.readFileSync(`${site}/${file}`, 'utf8');
  for (const m of html.matchAll(/<span class="citation( narrative)?" data-cite="([^"]*)">([\s\S]*?)<\/span>/g)) {
    if (m[1]) continue; // narrative citations ("Day et al. (2010)") are rearranged by Coursewright, not a CSL form
    citations++;
    const items = JSON.parse(attribute(m[2]));
    const theirs = text(engine.makeCitationCluster(items));
    if (text(m[3]) !== theirs) {
      const cited = items.map((item) => item.id).join(';');
      const listed = known.has(`cite:${cited}`);
      if (!listed) citationDifferences++;
      console.log(`${file}: citation of ${cited}${listed ? ' (known difference)' : ''}\n  citeproc-java: ${text(m[3])}\n  citeproc-js:   ${theirs}`);
    }
  }
}
// The reference list's order: APA sorts by authors, then year, then title (§9.44-9.47).
const ourOrder = [...ours.keys()].join(' ');
const theirOrder = meta.entry_ids.map(([id]) => id).join(' ');
if (ourOrder !== theirOrder) {
  const listed = known.has('order');
  if (!listed) differences++;
  console.log(`reference list order${listed ? ' (known difference)' : ''}\n  citeproc-java: ${ourOrder}\n  citeproc-js:   ${theirOrder}`);
}
console.log(`citeproc: ${entries.length - differences} entries passed, ${differences} failed;`
  + ` ${citations - citationDifferences} citations passed, ${citationDifferences} failed`);
differences += citationDifferences;
process.exit(differences === 0 ? 0 : 1);
