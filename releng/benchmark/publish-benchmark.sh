#!/usr/bin/env bash
# Publishing speed, side by side with pandoc turning the same content (as Markdown, with the
# same CSL style and bibliography) into HTML. Prints a table; docs/performance.md records one run.
# Usage: releng/benchmark/publish-benchmark.sh [RUNS]   (needs Debian's pandoc)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cw="$root/coursewright"
example="$root/examples/leadership-for-learning"
plugins="$root/releng/org.coursewright.cli.runtime/target/repository/plugins"
command -v pandoc >/dev/null || { echo "needs pandoc (apt-get install pandoc)" >&2; exit 2; }

"$cw" --version >/dev/null   # builds the command line if needed; not part of any measurement

# The same module as Markdown, with the bibliography the publisher exports and the same style.
cp -r "$example" "$work/example" && rm -rf "$work/example/site"
"$cw" publish "$work/example" -o "$work/example-site" >/dev/null
python3 "$root/releng/benchmark/course-to-markdown.py" "$work/example" > "$work/example.md"
unzip -q -o -d "$work" "$plugins"/org.citationstyles.styles_*.jar apa.csl
cp "$work/example-site/references.json" "$work/references.json"

# A catalogue of 100 modules: the example under 100 module codes.
mkdir -p "$work/catalog" "$work/catalog-md"
for i in $(seq -w 1 100); do
  cp -r "$work/example" "$work/catalog/m$i"
  sed -i "s/module EDL710/module CAT$i/" "$work/catalog/m$i/00-module.course"
  cp "$work/example.md" "$work/catalog-md/m$i.md"
done

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
pandoc_one() { pandoc -s --citeproc --csl "$work/apa.csl" --bibliography "$work/references.json" \
  --metadata title="EDL710" -o "$2" "$1"; }

cold_cw=(); cold_pd=()
for run in $(seq "$runs"); do
  rm -rf "$work/out"; t=$(date +%s%N); "$cw" publish "$work/example" -o "$work/out" >/dev/null; cold_cw+=("$(ms "$t")")
  t=$(date +%s%N); pandoc_one "$work/example.md" "$work/example.html"; cold_pd+=("$(ms "$t")")
done
t=$(date +%s%N); "$cw" publish "$work/catalog" >/dev/null; catalog_cw=$(ms "$t")
t=$(date +%s%N); for f in "$work"/catalog-md/*.md; do pandoc_one "$f" "${f%.md}.html"; done; catalog_pd=$(ms "$t")

printf '%-46s %14s %14s\n' "task (median of $runs where repeated)" "coursewright" "pandoc"
printf '%-46s %11s ms %11s ms\n' "example module, cold start (check + publish)" \
  "$(printf '%s\n' "${cold_cw[@]}" | median)" "$(printf '%s\n' "${cold_pd[@]}" | median)"
printf '%-46s %11s ms %11s ms\n' "catalogue of 100 modules, one command" "$catalog_cw" "$catalog_pd"
printf '%-46s %14s %14s\n' "pages written per module" "$(ls "$work/out"/*.html | wc -l)" "1"
