#!/usr/bin/env bash
# Retakes the workbench screenshots of docs/ from the product as a user launches it
# (`./coursewright workbench FOLDER`, see launched-workbench.sh): the editor with the preview of
# the session under the caret and a problem in the Problems view, the Element form of an
# activity, File › Export › Course Pack, and the example adaptation with its preview. Window positions are those of the Course Authoring perspective in a 1400×900 screen.
# Needs Xvfb, openbox, xdotool and ImageMagick.
set -euo pipefail
out="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/target/docs-screenshots"
rm -rf "$out"
mkdir -p "$out"
source "$(dirname "${BASH_SOURCE[0]}")/launched-workbench.sh"
shoot() { sleep "${2:-2}"; DISPLAY=$display import -window root "$out/$1"; }

launch_workbench
await_window
sleep 20 # the first start opens the first unit file and its preview; the builder publishes the site

# the caret on the first activity: the preview scrolls to it
caret_on_first_activity
key End
shoot workbench-clean.png 4

# a mistyped citation key at the end of the session's prose (its eleventh line), saved:
# underlined, listed in the Problems view, and the preview says it is out of date
key ctrl+Home
for _ in $(seq 1 10); do key Down; done
key End
type_text " See [@macbeath2090]."
key ctrl+s
shoot workbench-problem.png 6
key ctrl+z ctrl+s

# the Element form of the activity under the caret
caret_on_first_activity
open_element_view
shoot element.png

# File › Export › Course Pack, found through Quick Access from the editor; the dialog alone
DISPLAY=$display xdotool mousemove 600 400 click 1
sleep 1
key ctrl+3
sleep 2
type_text "Course Pack"
sleep 2
key Return
dialog=""
for _ in $(seq 1 20); do
  dialog=$(DISPLAY=$display xdotool search --name "Export Course Pack" | head -1 || true)
  [ -n "$dialog" ] && break
  sleep 1
done
if [ -z "$dialog" ]; then
  DISPLAY=$display import -window root "$out/no-export-dialog.png"
  echo "docs-screenshots: File › Export › Course Pack did not open (see $out/no-export-dialog.png)" >&2
  exit 1
fi
sleep 2
DISPLAY=$display import -window "$dialog" "$out/export-course-pack.png"
key Escape

# the example adaptation beside the module it adapts (its "../leadership-for-learning"), the
# caret in its change of Activity 2.1, whose session the preview shows adapted
close_workbench
cp -r "$root/examples/leadership-for-learning" "$root/examples/leeds-cohort-2027" "$home/"
rm -rf "$home/leadership-for-learning/site" "$home/leadership-for-learning/packs" "$home/leeds-cohort-2027/site"
launch_workbench "$home/leeds-cohort-2027" "$home/adaptation-workspace"
await_window
sleep 20
DISPLAY=$display xdotool mousemove 600 400 click 1
key ctrl+Home
for _ in $(seq 1 9); do key Down; done
shoot adaptation.png 6

cp "$out/workbench-problem.png" "$root/docs/screenshot-workbench.png"
cp "$out/element.png" "$root/docs/screenshot-element.png"
cp "$out/export-course-pack.png" "$root/docs/screenshot-export-course-pack.png"
cp "$out/adaptation.png" "$root/docs/screenshot-adaptation.png"
echo "docs-screenshots: the workbench screenshots of docs/ retaken (all shots in $out)"
