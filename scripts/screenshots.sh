#!/usr/bin/env bash
# Screenshots for the README and for reviewing the UI: every tab, at a laptop size and a large one.
set -euo pipefail
workbench=${1:-workbench}
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
"$workbench" screenshot --db "$work/empty.sqlite" --tab portfolio --size 1366x768 -o "$out/welcome-empty-1366x768.png"
"$workbench" demo --db "$work/sample.sqlite" --accounts 40 --seed 1 --as-of 2026-11-26 >/dev/null
for tab in portfolio proposals incidents dashboard; do
  "$workbench" screenshot --db "$work/sample.sqlite" --tab "$tab" --size 1366x768 -o "$out/$tab-1366x768.png"
done
"$workbench" screenshot --db "$work/sample.sqlite" --tab portfolio --size 1920x1080 -o "$out/portfolio-1920x1080.png"
for view in month week agenda; do
  "$workbench" screenshot --db "$work/sample.sqlite" --tab calendar --view "$view" --size 1366x768 -o "$out/calendar-$view-1366x768.png"
done
"$workbench" screenshot --db "$work/sample.sqlite" --tab calendar --size 1920x1080 -o "$out/calendar-month-1920x1080.png"
LANG=es_ES.UTF-8 "$workbench" screenshot --db "$work/sample.sqlite" --tab calendar --view week --size 1366x768 -o "$out/calendar-week-es-1366x768.png"
LANG=es_ES.UTF-8 "$workbench" screenshot --db "$work/empty.sqlite" --tab portfolio --size 1366x768 -o "$out/welcome-empty-es-1366x768.png"
LANG=es_ES.UTF-8 "$workbench" screenshot --db "$work/sample.sqlite" --tab incidents --size 1366x768 -o "$out/incidents-es-1366x768.png"
ls -1 "$out"
