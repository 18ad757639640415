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
for tab in portfolio incidents dashboard; do
  "$workbench" screenshot --db "$work/sample.sqlite" --tab "$tab" --size 1366x768 -o "$out/$tab-1366x768.png"
done
"$workbench" screenshot --db "$work/sample.sqlite" --tab portfolio --size 1920x1080 -o "$out/portfolio-1920x1080.png"
"$workbench" screenshot --db "$work/sample.sqlite" --tab dashboard --size 1920x1080 -o "$out/dashboard-1920x1080.png"
LANG=es_ES.UTF-8 "$workbench" screenshot --db "$work/sample.sqlite" --tab dashboard --size 1366x768 -o "$out/dashboard-es-1366x768.png"
for view in month week agenda; do
  "$workbench" screenshot --db "$work/sample.sqlite" --tab calendar --view "$view" --size 1366x768 -o "$out/calendar-$view-1366x768.png"
done
"$workbench" screenshot --db "$work/sample.sqlite" --tab calendar --size 1920x1080 -o "$out/calendar-month-1920x1080.png"
for page in sections lines plan roi; do
  "$workbench" screenshot --db "$work/sample.sqlite" --tab proposals --view "$page" --size 1366x768 -o "$out/proposal-$page-1366x768.png"
done
"$workbench" screenshot --db "$work/sample.sqlite" --tab proposals --view lines --size 1920x1080 -o "$out/proposal-lines-1920x1080.png"
"$(dirname "$workbench")/python" scripts/incident_shots.py "$work/sample.sqlite" "$out"
"$(dirname "$workbench")/python" scripts/search_shot.py "$work/sample.sqlite" "$out/global-search-1366x768.png" "revisión"
"$(dirname "$workbench")/python" scripts/import_shots.py "$work/sample.sqlite" "$out"
"$(dirname "$workbench")/python" scripts/encryption_screenshots.py "$out"
"$(dirname "$workbench")/python" scripts/team_screenshots.py "$out"
"$(dirname "$workbench")/python" scripts/proposal_budget_shot.py "$work/sample.sqlite" "$out/proposal-budget-warning-1366x768.png"
LANG=es_ES.UTF-8 "$workbench" screenshot --db "$work/sample.sqlite" --tab proposals --view roi --size 1366x768 -o "$out/proposal-roi-es-1366x768.png"
LANG=es_ES.UTF-8 "$workbench" screenshot --db "$work/sample.sqlite" --tab calendar --view week --size 1366x768 -o "$out/calendar-week-es-1366x768.png"
LANG=es_ES.UTF-8 "$workbench" screenshot --db "$work/sample.sqlite" --tab calendar --view month --size 1366x768 -o "$out/calendar-month-es-1366x768.png"
LANG=es_ES.UTF-8 "$workbench" screenshot --db "$work/empty.sqlite" --tab portfolio --size 1366x768 -o "$out/welcome-empty-es-1366x768.png"
LANG=es_ES.UTF-8 "$workbench" screenshot --db "$work/sample.sqlite" --tab incidents --size 1366x768 -o "$out/incidents-es-1366x768.png"
# The first English sample proposal as a PDF, its first two pages as images (needs poppler-utils).
if command -v pdftoppm >/dev/null; then
  proposal=$("$workbench" proposal list --db "$work/sample.sqlite" --json | python3 -c \
    'import json, sys; print(next(p["id"] for p in json.load(sys.stdin) if p["title"] == "Service extension proposal"))')
  "$workbench" proposal export "$proposal" --db "$work/sample.sqlite" -o "$work/proposal.pdf" >/dev/null
  pdftoppm -png -r 70 -f 1 -l 2 "$work/proposal.pdf" "$work/proposal-pdf-page"
  mv "$work/proposal-pdf-page-1.png" "$out/proposal-pdf-page1.png"
  mv "$work/proposal-pdf-page-2.png" "$out/proposal-pdf-page2.png"
fi
# The first slides of a client report (needs LibreOffice with Impress, and poppler-utils).
if command -v soffice >/dev/null && command -v pdftoppm >/dev/null; then
  account=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select name from accounts where status = \"active\" order by id limit 1").fetchone()[0])' "$work/sample.sqlite")
  "$workbench" report "$account" --period 2026-Q3 --as-of 2026-11-26 --format pptx --db "$work/sample.sqlite" -o "$work/report.pptx" >/dev/null
  soffice --headless --convert-to pdf --outdir "$work" "$work/report.pptx" >/dev/null 2>&1
  pdftoppm -png -r 60 -f 1 -l 3 "$work/report.pdf" "$work/client-report-slide"
  for page in 1 2 3; do mv "$work/client-report-slide-$page.png" "$out/client-report-slide-$page.png"; done
fi
ls -1 "$out"
