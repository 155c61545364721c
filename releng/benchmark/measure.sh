# Timing helpers the benchmarks share; sourced after $work (a scratch folder) is set.
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# runs a command under GNU time; prints "MILLISECONDS PEAK_MIB" (peak: the largest process)
measure() {
  local t
  t=$(date +%s%N)
  /usr/bin/time -o "$work/rss" -f %M "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  echo "$(ms "$t") $(( $(tail -1 "$work/rss") / 1024 ))"
}
