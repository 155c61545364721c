#!/usr/bin/env bash
# Checking and publishing speed and memory, side by side with pandoc turning the same content
# (as Markdown, with the same CSL style and bibliography) into HTML, in one run. Every module
# is distinct (generate-modules.py): its own bibliography, prose and ids, so no cache is
# flattered by repetition. pandoc runs two at a time (xargs -P2), as Coursewright uses both
# cores. Prints tables; docs/performance.md records one run.
# Usage: releng/benchmark/publish-benchmark.sh [RUNS] [CATALOGUE SIZES...]
#   (defaults: 5 runs, catalogues of 10, 100 and 1000 modules; needs Debian's pandoc)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-5}
shift || true
sizes=("${@:-10 100 1000}")
read -r -a sizes <<<"${sizes[*]}"
command -v pandoc >/dev/null || { echo "needs pandoc (apt-get install pandoc)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }

# Outputs on tmpfs where there is one: on ext4 with discard, creating files slows from run to run.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then work=$(mktemp -d -p /dev/shm); where="tmpfs (/dev/shm)"; else work=$(mktemp -d); where="$(df --output=fstype "$work" | tail -1) ($work)"; fi
trap 'rm -rf "$work"' EXIT
cw="$root/coursewright"
gen="$root/releng/benchmark/generate-modules.py"
md="$root/releng/benchmark/course-to-markdown.py"
plugins="$root/releng/org.coursewright.cli.runtime/target/repository/plugins"
source "$root/releng/scripts/find-jdk.sh"
jdk=$(find_jdk)

"$cw" --version >/dev/null   # builds the command line if needed; not part of any measurement
unzip -q -o -d "$work" "$plugins"/org.citationstyles.styles_*.jar apa.csl

source "$root/releng/benchmark/measure.sh"
pandoc_one() { pandoc -s --citeproc --csl "$work/apa.csl" --bibliography "${1%.md}.json" --metadata title=Module -o "${1%.md}.html" "$1"; }
export -f pandoc_one
export work

echo "Outputs written to $where. $(nproc) cores. $("$jdk/bin/java" -version 2>&1 | head -1); $(pandoc --version | head -1)."
echo

# 1. The bundled example, cold: one module from a fresh process, both tools.
cp -r "$root/examples/leadership-for-learning" "$work/example" && rm -rf "$work/example/site"
"$cw" publish "$work/example" -o "$work/example-site" >/dev/null
python3 "$md" "$work/example" >"$work/example.md"
cp "$work/example-site/references.json" "$work/example.json"
cold_cw=(); cold_pd=(); cold_check=()
for _ in $(seq "$runs"); do
  rm -rf "$work/out"
  cold_cw+=("$(measure "$cw" publish "$work/example" -o "$work/out" | cut -d' ' -f1)")
  cold_check+=("$(measure "$cw" validate "$work/example" | cut -d' ' -f1)")
  cold_pd+=("$(measure bash -c 'pandoc_one "$work/example.md"' | cut -d' ' -f1)")
done
printf '%-52s %16s %16s\n' "the example module (median of $runs)" "coursewright" "pandoc"
printf '%-52s %13s ms %13s ms\n' "cold publish (check + 10 pages)" "$(printf '%s\n' "${cold_cw[@]}" | median)" "$(printf '%s\n' "${cold_pd[@]}" | median)"
printf '%-52s %13s ms %16s\n' "cold validate" "$(printf '%s\n' "${cold_check[@]}" | median)" "-"
echo

# 2. Catalogues of distinct modules (about 550 lines in 5 files each), one command each.
printf '%-52s %16s %16s\n' "catalogue of distinct modules, one run each" "coursewright" "pandoc -P2"
for n in "${sizes[@]}"; do
  python3 "$gen" "$work/cat$n" --modules "$n" --lines 550 --files 5 --seed "$n"
  read -r cw_ms cw_mib <<<"$(measure "$cw" publish "$work/cat$n")"
  # the same catalogue again, unchanged: every module skipped (its fingerprint is its last publish's)
  read -r inc_ms inc_mib <<<"$(measure "$cw" publish "$work/cat$n")"
  # one module of the catalogue changed: that one published, the others skipped
  echo "// changed" >>"$(ls "$work/cat$n"/m*/*.course | head -1)"
  read -r one_ms one_mib <<<"$(measure "$cw" publish "$work/cat$n")"
  mkdir -p "$work/md$n"
  for m in "$work/cat$n"/m*; do
    python3 "$md" "$m" >"$work/md$n/$(basename "$m").md"
    cp "$m/site/references.json" "$work/md$n/$(basename "$m").json"
  done
  read -r pd_ms pd_mib <<<"$(measure bash -c "ls '$work/md$n'/*.md | xargs -P2 -I{} bash -c 'pandoc_one {}'")"
  printf '%-52s %9s s %3d MiB %9s s %3d MiB\n' "$n modules: publish" "$(seconds "$cw_ms")" "$cw_mib" "$(seconds "$pd_ms")" "$pd_mib"
  printf '%-52s %9s s %3d MiB %16s\n' "$n modules: publish again, unchanged" "$(seconds "$inc_ms")" "$inc_mib" "-"
  printf '%-52s %9s s %3d MiB %16s\n' "$n modules: publish again, one changed" "$(seconds "$one_ms")" "$one_mib" "-"
  rm -rf "$work/cat$n" "$work/md$n"
done
echo

# 3. Checking one module as it grows, in few files and in many (the same lines either way).
printf '%-52s %16s\n' "one module, cold validate (median of $runs)" "coursewright"
folders=()
for lines in 500 3000 10000 30000; do
  files=$(( lines / 125 < 3 ? 3 : lines / 125 ))
  python3 "$gen" "$work/v$lines-many" --single --lines "$lines" --files "$files" --seed 7
  python3 "$gen" "$work/v$lines-few" --single --lines "$lines" --files "$files" --seed 7 --merge
  for variant in few many; do
    folder="$work/v$lines-$variant"
    folders+=("$folder")
    times=()
    for _ in $(seq "$runs"); do times+=("$(measure "$cw" validate "$folder" | cut -d' ' -f1)"); done
    printf '%-52s %13s ms\n' "$(cat "$folder"/*.course | wc -l) lines in $(ls "$folder"/*.course | wc -l) files" \
      "$(printf '%s\n' "${times[@]}" | median)"
  done
done
echo

# 4. The same modules checked in one warm process, and the editor's check after a keystroke.
unsafe=(); [ "$(java_major "$jdk")" -ge 24 ] && unsafe=(--sun-misc-unsafe-memory-access=allow)   # Guice
"$jdk/bin/java" -Xss8m "${unsafe[@]}" -cp "$root/releng/org.coursewright.cli.runtime/target/classpath/*" \
  "$root/releng/benchmark/CheckBenchmark.java" "$runs" "${folders[@]}" 2>/dev/null
