#!/usr/bin/env bash
# The e-book and the course reader, speed and memory, side by side with pandoc making an EPUB of
# the same content (course-to-markdown.py writes it as Markdown; pandoc --citeproc makes its
# references): the bundled example packed cold as EPUB and as PDF, then a catalogue of distinct
# modules (generate-modules.py). pandoc runs two at a time (xargs -P2), as Coursewright uses both
# cores. Prints tables; docs/performance.md records one run.
# Usage: releng/benchmark/reader-benchmark.sh [RUNS] [CATALOGUE SIZE]   (defaults: 5 runs, 100 modules;
#   needs Debian's pandoc and GNU time)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-5}
size=${2:-100}
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
command -v pandoc >/dev/null || { echo "needs pandoc (apt-get install pandoc)" >&2; exit 2; }

if [ -d /dev/shm ] && [ -w /dev/shm ]; then work=$(mktemp -d -p /dev/shm); where="tmpfs (/dev/shm)"; else work=$(mktemp -d); where="$work"; fi
trap 'rm -rf "$work"' EXIT
cw="$root/coursewright"
gen="$root/releng/benchmark/generate-modules.py"
md="$root/releng/benchmark/course-to-markdown.py"
plugins="$root/releng/org.coursewright.cli.runtime/target/repository/plugins"
source "$root/releng/scripts/find-jdk.sh"
"$cw" --version >/dev/null   # builds the command line if needed; not part of any measurement
unzip -q -o -d "$work" "$plugins"/org.citationstyles.styles_*.jar apa.csl

source "$root/releng/benchmark/measure.sh"
pandoc_epub() { pandoc -s --citeproc --csl "$work/apa.csl" --bibliography "${1%.md}.json" --metadata title=Module --metadata lang=en-GB -o "${1%.md}.epub" "$1"; }
export -f pandoc_epub
export work

echo "Outputs written to $where. $(nproc) cores. $("$(find_jdk)/bin/java" -version 2>&1 | head -1); $(pandoc --version | head -1)."
echo

# 1. The example, cold, from a fresh process each time.
cp -r "$root/examples/leadership-for-learning" "$work/example" && rm -rf "$work/example/site" "$work/example/packs"
"$cw" publish "$work/example" -o "$work/example-site" >/dev/null
python3 "$md" "$work/example" >"$work/example.md"
cp "$work/example-site/references.json" "$work/example.json"
epub=(); pdf=(); pd=(); epub_mib=0; pdf_mib=0; pd_mib=0
for _ in $(seq "$runs"); do
  rm -rf "$work/out"
  read -r t m <<<"$(measure "$cw" pack "$work/example" --format epub --force -o "$work/out")"; epub+=("$t"); epub_mib=$m
  read -r t m <<<"$(measure "$cw" pack "$work/example" --format pdf --force -o "$work/out")"; pdf+=("$t"); pdf_mib=$m
  read -r t m <<<"$(measure bash -c 'pandoc_epub "$work/example.md"')"; pd+=("$t"); pd_mib=$m
done
printf '%-56s %10s %8s\n' "the example module, cold (median of $runs)" "time" "peak"
printf '%-56s %7s ms %4d MiB\n' "coursewright pack --format epub (check + site + e-book)" "$(printf '%s\n' "${epub[@]}" | median)" "$epub_mib"
printf '%-56s %7s ms %4d MiB\n' "coursewright pack --format pdf (check + site + reader)" "$(printf '%s\n' "${pdf[@]}" | median)" "$pdf_mib"
printf '%-56s %7s ms %4d MiB\n' "pandoc --citeproc, Markdown to EPUB" "$(printf '%s\n' "${pd[@]}" | median)" "$pd_mib"
echo

# 2. A catalogue of distinct modules, one run each.
python3 "$gen" "$work/cat" --modules "$size" --lines 550 --files 5 --seed "$size"
"$cw" publish "$work/cat" >/dev/null   # for the references pandoc cites from (not measured)
mkdir -p "$work/md"
for m in "$work/cat"/m*; do
  python3 "$md" "$m" >"$work/md/$(basename "$m").md"
  cp "$m/site/references.json" "$work/md/$(basename "$m").json"
done
read -r e_ms e_mib <<<"$(measure "$cw" pack "$work/cat" --format epub --force)"
read -r p_ms p_mib <<<"$(measure "$cw" pack "$work/cat" --format pdf --force)"
read -r d_ms d_mib <<<"$(measure bash -c "ls '$work/md'/*.md | xargs -P2 -I{} bash -c 'pandoc_epub {}'")"
printf '%-56s %10s %8s\n' "catalogue of $size distinct modules, one run each" "time" "peak"
printf '%-56s %8s s %4d MiB\n' "coursewright pack --format epub" "$(seconds "$e_ms")" "$e_mib"
printf '%-56s %8s s %4d MiB\n' "coursewright pack --format pdf" "$(seconds "$p_ms")" "$p_mib"
printf '%-56s %8s s %4d MiB\n' "pandoc --citeproc to EPUB, -P2" "$(seconds "$d_ms")" "$d_mib"
