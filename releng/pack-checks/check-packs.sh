#!/usr/bin/env bash
# Checks course packs with tools independent of Coursewright: every SCO of each SCORM package
# launched in Debian's headless Chromium against scorm-again (a real SCORM 1.2 / 2004 API).
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
exit $status
