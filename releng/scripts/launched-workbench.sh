# Sourced by the scripts that use the workbench as a user meets it: `./coursewright workbench
# FOLDER` on a copy of the example, under Xvfb with a window manager, with a home folder of its
# own. Defines root, home (the copy is $home/example), display, out (give it before sourcing),
# launch_workbench and await_window; the workbench, window manager and Xvfb stop on exit.
# Needs Xvfb, openbox and xdotool (.ci/run installs them).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
home=$(mktemp -d)
cp -r "$root/examples/leadership-for-learning" "$home/example"
rm -rf "$home/example/site" "$home/example/packs"

display=":$((200 + RANDOM % 500))"
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display openbox >/dev/null 2>&1 &
wm=$!

# Launches the workbench on the copy of the example, or on the given folder with a workspace of its own.
launch_workbench() {
  local folder=${1:-$home/example} workspace=${2:-$home/workspace}
  DISPLAY=$display HOME=$home COURSEWRIGHT_WORKSPACE="$workspace" "$root/coursewright" workbench "$folder" \
    >>"$out/workbench.log" 2>&1 &
  workbench=$!
}

# Closes the workbench (its window and the launcher script).
close_workbench() {
  pkill -f -- "-data $home/" 2>/dev/null || true
  kill "${workbench:-}" 2>/dev/null || true
  while DISPLAY=$display xdotool search --name "Coursewright" >/dev/null 2>&1; do sleep 1; done
}

finish() {
  pkill -f -- "-data $home/" 2>/dev/null || true
  kill "${workbench:-}" "$wm" "$xvfb" 2>/dev/null || true
  rm -rf "$home"
}
trap finish EXIT

# Waits until the workbench window is shown; its views are drawn a little later.
await_window() {
  for _ in $(seq 1 ${1:-900}); do
    if DISPLAY=$display xdotool search --name "Coursewright" >/dev/null 2>&1; then
      sleep 3
      return 0
    fi
    sleep 1
  done
  echo "$(basename "$0"): no workbench window; its log:" >&2
  cat "$out/workbench.log" >&2
  return 1
}

key() { DISPLAY=$display xdotool key --delay 80 "$@"; }
type_text() { DISPLAY=$display xdotool type --delay 30 "$1"; }

# Puts the caret on the first activity of the unit file the first start opens (its 14th line).
caret_on_first_activity() {
  DISPLAY=$display xdotool mousemove 600 400 click 1
  key ctrl+Home
  for _ in $(seq 1 13); do key Down; done
}

# Opens the Element view through Quick Access (Ctrl+3), as a user would.
open_element_view() {
  key ctrl+3
  sleep 2
  type_text "Element"
  sleep 2
  key Return
  sleep 4
}
