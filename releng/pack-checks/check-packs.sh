#!/usr/bin/env bash
# Checks course packs with tools independent of Coursewright: every SCO of each SCORM package
# launched in Debian's headless Chromium against scorm-again (a real SCORM 1.2 / 2004 API), and
# every XHTML document of each e-book checked as the site is: the Nu HTML checker and axe-core.
# (epubcheck and veraPDF run in the build: releng/org.coursewright.pack.conformance.)
# Usage: releng/pack-checks/check-packs.sh PACKS_FOLDER
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
packs=$(cd "$1" && pwd)
[ -d "$here/node_modules" ] || (cd "$here" && npm ci --no-audit --no-fund --silent)

status=0
found=0
for pack in "$packs"/*-scorm12.zip "$packs"/*-scorm2004.zip; do
  [ -f "$pack" ] || continue
  found=1
  echo "== $(basename "$pack") in Chromium against scorm-again"
  node "$here/check-scorm.mjs" "$pack" || status=1
done
[ $found = 1 ] || { echo "check-packs: no SCORM package in $packs" >&2; exit 1; }

site_checks="$here/../site-checks"
[ -d "$site_checks/node_modules" ] || (cd "$site_checks" && npm ci --no-audit --no-fund --silent)
for book in "$packs"/*.epub; do
  [ -f "$book" ] || continue
  unpacked=$(mktemp -d)
  unzip -q "$book" -d "$unpacked"
  # nav.xhtml is left to epubcheck: its epub:type attributes are EPUB 3.3's (the navigation
  # document, section 5.4 of EPUB 3.3), a vocabulary the Nu checker does not know
  documents=$(ls "$unpacked"/EPUB/*.xhtml | grep -v '/nav.xhtml$')
  echo "== $(basename "$book"): Nu HTML checker on its XHTML documents"
  if java -jar "$site_checks/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only $documents; then
    echo "vnu: $(echo "$documents" | wc -l) passed, 0 failed"
  else
    echo "vnu: errors above"; status=1
  fi
  echo "== $(basename "$book"): axe-core (WCAG 2.2 AA) in Chromium"
  node "$site_checks/axe-check.mjs" "$unpacked/EPUB" || status=1
  rm -rf "$unpacked"
done
exit $status
