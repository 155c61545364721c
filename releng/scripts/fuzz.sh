#!/usr/bin/env bash
# A long fuzzing run: the example module changed at random, checked, published and packed,
# for MINUTES (default 60) from SEED (default: a random one), on THREADS threads (default 2).
# Builds what it needs, then runs the fuzzer test (bundles/org.coursewright.fuzz.tests) that the
# build runs for two minutes from a fixed seed. Each distinct failure leaves a reproducer, made
# as small as it stays failing, in target/fuzz/SEED/<failure>/ (module/ and finding.txt): run
# `./coursewright validate` or `publish` on its module/ folder to see it again.
# Usage: releng/scripts/fuzz.sh [MINUTES] [SEED] [THREADS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
minutes=${1:-60}
seed=${2:-$(( (RANDOM << 30) | (RANDOM << 15) | RANDOM ))}
threads=${3:-2}
findings="$root/target/fuzz/$seed"
mkdir -p "$findings"
log="$findings/run.log"
echo "fuzz: $minutes min from seed $seed on $threads threads; log in $log, reproducers in $findings"
status=0
FUZZ_SECONDS=$(( minutes * 60 )) FUZZ_SEED=$seed FUZZ_THREADS=$threads FUZZ_FINDINGS=$findings \
  "$root/mvnw" -q -pl bundles/org.coursewright.fuzz.tests -am verify -Dtest=FuzzTest -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false \
  >"$log" 2>&1 || status=$?
grep -E '^fuzzed |^no failures|^failures:|^(  |[a-z][a-z ]+: )' "$log" | grep -v '^\s*at ' | head -60 || true
exit $status
