#!/usr/bin/env bash
# Script injection checked in the browser: each payload of payloads.txt is put into every text
# field of a module of its own (hostile-modules.py) and into --forum-link; every module that
# checks clean is published and packed in every format, and every page of every site and pack
# (and every SVG they carry) is opened in Debian's headless Chromium with its disclosures open
# (xss-check.mjs). Passes when no payload ever runs and no dialog opens.
# Usage: releng/site-checks/check-injection.sh [WORK_FOLDER]
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cw="$here/../../coursewright"
work=${1:-$(mktemp -d)}
[ -d "$here/node_modules" ] || (cd "$here" && npm ci --no-audit --no-fund --silent)
rm -rf "$work/hostile" "$work/forum-links" "$work/unzipped"
python3 "$here/hostile-modules.py" "$here/payloads.txt" "$work/hostile"

# All modules in two runs, as a catalogue: a module refused by checking stops no other one.
"$cw" publish "$work/hostile" >"$work/publish.log" 2>&1
"$cw" pack "$work/hostile" >"$work/pack.log" 2>&1
published=$(ls -d "$work"/hostile/*/site 2>/dev/null | wc -l)
packed=$(ls -d "$work"/hostile/*/packs 2>/dev/null | wc -l)
total=$(ls -d "$work"/hostile/*/ | wc -l)
echo "injection: of $total hostile modules, $published published and $packed packed; the rest refused by checking (their payloads never reach a page)"

# The forum link is the one option a build server passes that ends up in pages.
forum_links=(
  'https://lms.example.org/forum/{id}"><script>xss(101)</script>'
  "https://lms.example.org/forum/{id}' onmouseover='xss(102)"
  'javascript:xss(103)//{id}'
  ' JaVaScRiPt:xss(104)'
  'data:text/html,<script>xss(105)</script>'
  'vbscript:msgbox(106)'
  'https://lms.example.org/{id}#<img src=x onerror=xss(107)>'
  '//evil.example/{id}" onclick="xss(108)'
  "java&#115;cript:xss(109)"
  'https://lms.example.org/{id}</a><script>xss(110)</script>'
)
i=0
for link in "${forum_links[@]}"; do
  i=$((i + 1))
  target="$work/forum-links/$i"
  mkdir -p "$target"
  if "$cw" publish "$work/hostile/text-01" -o "$target/site" --forum-link "$link" >"$target/log" 2>&1 \
      && "$cw" pack "$work/hostile/text-01" -o "$target/packs" --forum-link "$link" >>"$target/log" 2>&1; then
    echo "forum link $i: published and packed"
  else
    echo "forum link $i: refused: $(grep -m1 -v '^\s*$' "$target/log")"
  fi
done

# Packs are zips (an e-book too): their pages are checked as the LMS or a reading system would show them.
for pack in "$work"/hostile/*/packs/*.zip "$work"/hostile/*/packs/*.imscc "$work"/hostile/*/packs/*.epub "$work"/forum-links/*/packs/*.zip "$work"/forum-links/*/packs/*.imscc; do
  [ -f "$pack" ] || continue
  target="$work/unzipped/$(echo "$pack" | sed "s|$work/||; s|/|_|g")"
  mkdir -p "$target" && unzip -q -o "$pack" -d "$target"
done
sites=("$work"/hostile/*/site "$work"/forum-links/*/site "$work/unzipped")
node "$here/xss-check.mjs" "${sites[@]}"
