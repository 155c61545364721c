#!/usr/bin/env bash
# Retakes the workbench screenshots of docs/ from the product as a user launches it
# (`./coursewright workbench FOLDER`, see launched-workbench.sh): the editor with the preview of
# the session under the caret and a problem in the Problems view, and the Element form of an
# activity. Window positions are those of the Course Authoring perspective in a 1400×900 screen.
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

cp "$out/workbench-problem.png" "$root/docs/screenshot-workbench.png"
cp "$out/element.png" "$root/docs/screenshot-element.png"
echo "docs-screenshots: docs/screenshot-workbench.png and docs/screenshot-element.png retaken (all shots in $out)"
