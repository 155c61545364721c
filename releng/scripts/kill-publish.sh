#!/usr/bin/env bash
# Atomic publishing, proven under kill -9: the example is published KILLS times (default 50)
# into one output folder, alternating between two versions of the module, and each publish is
# killed at a random moment of its run. After each kill the output folder must be exactly the
# previous site or the new one, byte for byte; a last, whole publish must leave exactly the
# new site and nothing beside it but its lock file (what killed runs left is cleaned up).
# Usage: releng/scripts/kill-publish.sh [KILLS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cw="$root/coursewright"
kills=${1:-50}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

digest() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum) | sha256sum | cut -c1-16; }
ms() { echo $(( $(date +%s%N) / 1000000 )); }

# two versions of the module, and the site each publishes to when nobody interrupts it
mkdir -p "$work/module"
(cd "$root/examples/leadership-for-learning" && git ls-files -z . | xargs -0 -I{} cp --parents {} "$work/module/")
cp "$work/module/00-module.course" "$work/version-a"
sed 's/"Leadership for learning"/"Leadership for learning, second edition"/' "$work/version-a" > "$work/version-b"
declare -A expected
for v in a b; do
  cp "$work/version-$v" "$work/module/00-module.course"
  "$cw" publish "$work/module" -o "$work/reference-$v" >/dev/null
  expected[$v]=$(digest "$work/reference-$v")
done
[ "${expected[a]}" != "${expected[b]}" ] || { echo "kill-publish: the two versions publish the same site" >&2; exit 1; }

out="$work/out"
cp "$work/version-a" "$work/module/00-module.course"
started=$(ms); "$cw" publish "$work/module" -o "$out" >/dev/null; took=$(( $(ms) - started ))
current=a
kept_previous=0
got_new=0
left=0
for i in $(seq "$kills"); do
  next=$([ "$current" = a ] && echo b || echo a)
  cp "$work/version-$next" "$work/module/00-module.course"
  "$cw" publish "$work/module" -o "$out" >/dev/null 2>&1 &
  pid=$!
  # a third of the kills anywhere in a run's life; a third in its last part; a third the moment
  # its staging folder appears beside the output, or a few milliseconds later, while it writes and swaps
  case $((i % 3)) in
    0) sleep "$(awk -v max="$took" -v r="$RANDOM" 'BEGIN { printf "%.3f", r / 32767 * max / 1000 }')" ;;
    1) sleep "$(awk -v max="$took" -v r="$RANDOM" 'BEGIN { printf "%.3f", (0.7 + 0.35 * r / 32767) * max / 1000 }')" ;;
    2) until compgen -G "$work/.out.publishing-*" >/dev/null || ! kill -0 "$pid" 2>/dev/null; do :; done
       sleep "0.00$((RANDOM % 10))" ;;
  esac
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  left=$((left + $(ls -A "$work" | grep -c '^\.out\.\(publishing\|previous\)-' || true)))
  if [ ! -d "$out" ]; then
    echo "kill-publish: after kill $i the output folder is missing" >&2; exit 1
  fi
  now=$(digest "$out")
  if [ "$now" = "${expected[$current]}" ]; then
    kept_previous=$((kept_previous + 1))
  elif [ "$now" = "${expected[$next]}" ]; then
    got_new=$((got_new + 1)); current=$next
  else
    echo "kill-publish: after kill $i the output folder is neither the previous site nor the new one:" >&2
    diff -r "$work/reference-$current" "$out" | head -5 >&2; exit 1
  fi
done
"$cw" publish "$work/module" -o "$out" >/dev/null
[ "$(digest "$out")" = "${expected[$next]}" ] || { echo "kill-publish: the last publish did not give the new site" >&2; exit 1; }
beside=$(ls -A "$work" | grep '^\.out\.' | tr '\n' ' ')
[ "$beside" = ".out.lock " ] || { echo "kill-publish: left beside the output folder: $beside" >&2; exit 1; }
echo "kill-publish: $kills publishes killed at random moments of a ${took} ms run: $kept_previous left the previous site," \
  "$got_new the new one, none anything else (after $left of the kills a run had left its staging beside the folder; the last publish cleaned all of it up)"
