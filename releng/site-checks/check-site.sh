#!/usr/bin/env bash
# Checks a published site with tools independent of Coursewright:
#   the Nu HTML checker (every page valid HTML), axe-core in Chromium (WCAG 2.2 AA rules),
#   and citeproc-js (the same reference list as citeproc-java made, but for known differences).
# Usage: releng/site-checks/check-site.sh SITE_FOLDER [STYLE] [LOCALE]
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
site=$(cd "$1" && pwd)
style=${2:-apa}
locale=${3:-en-GB}
plugins="$here/../org.coursewright.cli.runtime/target/repository/plugins"
[ -d "$here/node_modules" ] || (cd "$here" && npm ci --no-audit --no-fund --silent)

status=0
echo "== Nu HTML checker"
if java -jar "$here/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --skip-non-html "$site"; then
  echo "vnu: $(ls "$site"/*.html | wc -l) passed, 0 failed"
else
  echo "vnu: errors above"; status=1
fi

echo "== axe-core (WCAG 2.2 AA) in Chromium"
node "$here/axe-check.mjs" "$site" || status=1

echo "== citeproc-js against citeproc-java ($style, $locale)"
csl=$(mktemp -d)
# the style as Coursewright applies it (its corrections included), so both processors read the same
"$here/../../coursewright" style "$style" > "$csl/$style.csl"
unzip -q -o -d "$csl" "$plugins"/org.citationstyles.locales_*.jar "locales-$locale.xml"
node "$here/compare-citeproc.mjs" "$site" "$csl/$style.csl" "$csl/locales-$locale.xml" "$here/known-differences.txt" "$style" || status=1
rm -rf "$csl"
exit $status
