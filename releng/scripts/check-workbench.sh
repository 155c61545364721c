#!/usr/bin/env bash
# The workbench as a user meets it: `./coursewright workbench FOLDER` on a copy of the example,
# under Xvfb with a window manager, with a home folder of its own. Checks that
#  - the Project Explorer and the Problems view are readable: light background, dark text;
#  - a ticked box is drawn ticked (the Element form's outcomes: the theme once hid the tick);
#  - File › Restart comes back (the launcher script starts the workbench again);
#  - opening the folder changed none of the designer's files (the published site/ aside).
# The screenshots are left in target/workbench-check/ to be looked at.
# Needs Xvfb, openbox, xdotool and ImageMagick (.ci/run installs them).
set -euo pipefail
out="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/target/workbench-check"
rm -rf "$out"
mkdir -p "$out"
source "$(dirname "${BASH_SOURCE[0]}")/launched-workbench.sh"
fingerprint() { (cd "$home/example" && find . -path ./site -prune -o -type f -print0 | sort -z | xargs -0 sha256sum); }
fingerprint >"$out/files-before.txt"
launch_workbench

# Mean and darkest brightness (0 black, 1 white) of a part of a screenshot: WIDTHxHEIGHT+X+Y.
# ImageMagick 7 is called magick; 6 (and 7's compatibility link, where there is one) convert.
imagemagick=$(command -v magick || command -v convert)
brightness() {
  "$imagemagick" "$1" -crop "$2" +repage -colorspace Gray -format "%[fx:mean] %[fx:minima]\n" info:
}

# A view is readable when its background is light and something in it is dark (its labels).
readable() {
  local shot=$1 area=$2 name=$3
  read -r mean darkest < <(brightness "$shot" "$area")
  if awk -v m="$mean" -v d="$darkest" 'BEGIN { exit !(m > 0.75 && d < 0.35) }'; then
    echo "check-workbench: $name readable (mean brightness $mean, darkest $darkest)"
  else
    echo "check-workbench: $name unreadable in $shot (mean brightness $mean, darkest $darkest)" >&2
    return 1
  fi
}

# Takes a screenshot once the views have been drawn where the full-screen window has them: on a
# busy machine the window shows black, then at its first size, for a while after it appears.
# A view still unreadable after a minute is a failure.
shoot() {
  local shot=$1
  for _ in $(seq 1 30); do
    DISPLAY=$display import -window root "$shot"
    readable "$shot" 280x600+10+140 "Project Explorer" >/dev/null 2>&1 \
      && readable "$shot" 570x200+315+680 "Problems view" >/dev/null 2>&1 && return 0
    sleep 2
  done
}

await_window
shoot "$out/launched.png"
readable "$out/launched.png" 280x600+10+140 "Project Explorer"
readable "$out/launched.png" 570x200+315+680 "Problems view"

# The first activity serves lo1: its box, the first of the Element form's outcomes, is ticked,
# which Adwaita draws as a blue box (the theme's white background once hid it).
caret_on_first_activity
open_element_view
DISPLAY=$display import -window root "$out/element.png"
# inside the box, so that the blue outline of an unticked box that has the focus does not count
read -r blue < <("$imagemagick" "$out/element.png" -crop 8x8+1025+292 +repage -fx "b-r" -format "%[fx:mean]\n" info:)
if awk -v b="$blue" 'BEGIN { exit !(b > 0.2) }'; then
  echo "check-workbench: the Element form's ticked outcome is drawn ticked"
else
  echo "check-workbench: the Element form's ticked outcome is not drawn ticked in $out/element.png (blueness $blue)" >&2
  exit 1
fi

# File › Restart: the second item from the bottom of the File menu, above Exit.
DISPLAY=$display xdotool key alt+f
sleep 1
DISPLAY=$display xdotool key Up Up Return
for _ in $(seq 1 60); do
  grep -q "restarting the workbench" "$out/workbench.log" && break
  sleep 1
done
grep -q "restarting the workbench" "$out/workbench.log" \
  || { echo "check-workbench: File › Restart did not restart the workbench" >&2; exit 1; }
sleep 3
await_window 120
shoot "$out/restarted.png"
readable "$out/restarted.png" 280x600+10+140 "Project Explorer after File › Restart"
echo "check-workbench: File › Restart came back"

fingerprint >"$out/files-after.txt"
if ! diff -u "$out/files-before.txt" "$out/files-after.txt" >"$out/files-changed.diff"; then
  echo "check-workbench: opening the module changed the designer's files:" >&2
  cat "$out/files-changed.diff" >&2
  exit 1
fi
echo "check-workbench: the module folder's files are as they were (site/ aside)"
