#!/usr/bin/env bash
# coursewright serve: how long a saved change takes to be visible (the page told to reload and
# the reloaded page fetched with the change), against a cold publish per save.
# Usage: releng/benchmark/serve-benchmark.sh [SAVES]   (default 40)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/releng/scripts/find-jdk.sh"
jdk=$(find_jdk)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/coursewright" --version >/dev/null   # builds the command line if needed; not measured
cp -r "$root/examples/leadership-for-learning" "$work/module" && rm -rf "$work/module/site" "$work/module/packs"
echo "$(nproc) cores. $("$jdk/bin/java" -version 2>&1 | head -1)."
"$jdk/bin/java" "$root/releng/benchmark/ServeBenchmark.java" "$root/coursewright" "$work/module" "${1:-40}"
