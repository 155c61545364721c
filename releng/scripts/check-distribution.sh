#!/usr/bin/env bash
# The server distribution as an administrator meets it: unpacked from the tar.gz the reactor
# built, started through a link on the PATH with only JAVA_HOME naming a JDK, it publishes
# its bundled example, refuses a broken module with file:line:col and exit 1, and skips an
# unchanged module. The zip holds the same files.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/releng/scripts/find-jdk.sh"
target="$root/releng/org.coursewright.distribution/target"
tarball=$(ls "$target"/coursewright-*-linux.tar.gz)
zip=${tarball%.tar.gz}.zip
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-distribution: $*" >&2; exit 1; }

mkdir -p "$work/opt" "$work/bin" "$work/home"
tar -xzf "$tarball" -C "$work/opt"
home=$(ls -d "$work"/opt/coursewright-*)
[ -x "$home/bin/coursewright" ] || fail "bin/coursewright is not executable in $tarball"
ln -s "$home/bin/coursewright" "$work/bin/coursewright"
cmp <(cd "$work/opt" && find . -type f | sort) <(unzip -Z1 "$zip" | grep -v '/$' | sed 's|^|./|' | sort) >/dev/null \
  || fail "the zip and the tar.gz hold different files"

jdk=$(find_jdk)
run() { env -i PATH="$work/bin:/usr/bin:/bin" HOME="$work/home" JAVA_HOME="$jdk" coursewright "$@"; }
cd "$work/home"   # paths outside the working folder are shown whole
out=$(run publish "$home/examples/leadership-for-learning" -o "$work/site")
[[ "$out" == "Published EDL710: 10 pages in $work/site"* ]] || fail "publishing the example said: $out"
[ -f "$work/site/index.html" ] || fail "no index.html in the published site"
out=$(run publish "$home/examples/leadership-for-learning" -o "$work/site")
[ "$out" = "Unchanged EDL710: $work/site is up to date (--force builds it again)" ] || fail "the second publish said: $out"

mkdir "$work/broken"
printf 'module T1 "T" {\n}\nunit u "U" { session s "S" { "[@nobody]" } }\n' >"$work/broken/m.course"
status=0
out=$(run validate "$work/broken") || status=$?
[ "$status" -eq 1 ] || fail "a broken module exited with $status"
[[ "$out" == "$work/broken/m.course:3:"*": error: [unknown-citation]"* ]] || fail "a broken module said: $out"
echo "check-distribution: $(basename "$tarball") unpacked and run: published, skipped when unchanged, refused a broken module"
