#!/usr/bin/env bash
# Formats the reference corpus (releng/reference-corpus: 62 works of every entry type, 1 to 21
# authors, organisations, editions, same authors in one year, shared surnames) in every style
# and language Coursewright names, and compares each reference list entry, its order and every
# in-text citation with citeproc-js given the same style (as `coursewright style` prints it),
# locale and items. Differences not listed in known-differences.txt fail the check.
# Usage: releng/site-checks/check-references.sh
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
plugins="$root/releng/org.coursewright.cli.runtime/target/repository/plugins"
[ -d "$here/node_modules" ] || (cd "$here" && npm ci --no-audit --no-fund --silent)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for combination in apa:en-US apa:en-GB the-open-university-harvard:en-GB harvard-cite-them-right:en-GB chicago-author-date:en-US; do
  style=${combination%%:*}
  locale=${combination##*:}
  echo "== $style, $locale"
  site="$work/$style-$locale"
  "$root/coursewright" publish "$root/releng/reference-corpus" --style "$style" --language "$locale" -o "$site" >/dev/null || { status=1; continue; }
  "$root/coursewright" style "$style" > "$work/$style.csl"
  unzip -q -o -d "$work" "$plugins"/org.citationstyles.locales_*.jar "locales-$locale.xml"
  node "$here/compare-citeproc.mjs" "$site" "$work/$style.csl" "$work/locales-$locale.xml" "$here/known-differences.txt" "$style" || status=1
done
exit $status
