#!/usr/bin/env bash
# Packing speed and memory beside publishing, in one run: the bundled example packed cold in all
# LMS formats (Common Cartridge, SCORM 1.2, SCORM 2004, site zip) against publishing it and against
# publishing it and zipping the site with Info-ZIP (the least a build server would do without
# `pack`), then a catalogue of distinct modules (generate-modules.py) packed and published.
# Prints tables; docs/performance.md records one run.
# Usage: releng/benchmark/pack-benchmark.sh [RUNS] [CATALOGUE SIZE]   (defaults: 5 runs, 100 modules)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-5}
size=${2:-100}
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
command -v zip >/dev/null || { echo "needs Info-ZIP's zip (apt-get install zip)" >&2; exit 2; }

# Outputs on tmpfs where there is one, as in publish-benchmark.sh.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then work=$(mktemp -d -p /dev/shm); where="tmpfs (/dev/shm)"; else work=$(mktemp -d); where="$work"; fi
trap 'rm -rf "$work"' EXIT
cw="$root/coursewright"
source "$root/releng/scripts/find-jdk.sh"
"$cw" --version >/dev/null   # builds the command line if needed; not part of any measurement

source "$root/releng/benchmark/measure.sh"
publish_and_zip() { "$1" publish "$2" -o "$3/site" && (cd "$3/site" && zip -q -r -X "$3/site.zip" .); }
export -f publish_and_zip

echo "Outputs written to $where. $(nproc) cores. $("$(find_jdk)/bin/java" -version 2>&1 | head -1)."
echo

# 1. The example, cold, from a fresh process each time.
cp -r "$root/examples/leadership-for-learning" "$work/example" && rm -rf "$work/example/site" "$work/example/packs"
pack=(); publish=(); zipped=()
for _ in $(seq "$runs"); do
  rm -rf "$work/out" "$work/zip" && mkdir -p "$work/zip"
  pack+=("$(measure "$cw" pack "$work/example" --format cc,scorm12,scorm2004,site -o "$work/out" | cut -d' ' -f1)")
  publish+=("$(measure "$cw" publish "$work/example" -o "$work/out-site" | cut -d' ' -f1)")
  rm -rf "$work/out-site"
  zipped+=("$(measure bash -c "publish_and_zip '$cw' '$work/example' '$work/zip'" | cut -d' ' -f1)")
done
printf '%-60s %10s\n' "the example module, cold (median of $runs)" "time"
printf '%-60s %7s ms\n' "pack: cc, scorm12, scorm2004, site (check + render once)" "$(printf '%s\n' "${pack[@]}" | median)"
printf '%-60s %7s ms\n' "publish (check + site)" "$(printf '%s\n' "${publish[@]}" | median)"
printf '%-60s %7s ms\n' "publish, then zip -r the site" "$(printf '%s\n' "${zipped[@]}" | median)"
echo

# 2. A catalogue of distinct modules: packing all formats against publishing, one run each.
python3 "$root/releng/benchmark/generate-modules.py" "$work/cat" --modules "$size" --lines 550 --files 5 --seed "$size"
read -r publish_ms publish_mib <<<"$(measure "$cw" publish "$work/cat")"
read -r pack_ms pack_mib <<<"$(measure "$cw" pack "$work/cat" --format cc,scorm12,scorm2004,site)"
printf '%-60s %10s %8s\n' "catalogue of $size distinct modules" "time" "peak"
printf '%-60s %8s s %4d MiB\n' "publish" "$(seconds "$publish_ms")" "$publish_mib"
printf '%-60s %8s s %4d MiB\n' "pack (all four formats)" "$(seconds "$pack_ms")" "$pack_mib"
printf '%-60s %8s %%\n' "packing adds, over publishing" "$(( (pack_ms - publish_ms) * 100 / publish_ms ))"
