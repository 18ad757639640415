#!/usr/bin/env bash
# Smoke test of the PyInstaller bundle: a broken bundle (missing migrations, resources,
# Qt plugins) fails here, the way a user would meet it.
set -euo pipefail
exe=${1:-dist/workbench/workbench}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$exe" --version
"$exe" demo --db "$work/sample.sqlite" --accounts 40 --seed 1 --as-of 2026-11-26 >/dev/null
"$exe" check --db "$work/sample.sqlite"
QT_QPA_PLATFORM=offscreen "$exe" screenshot --db "$work/sample.sqlite" --tab portfolio -o "$work/window.png"
QT_QPA_PLATFORM=offscreen "$exe" screenshot --db "$work/sample.sqlite" --tab dashboard -o "$work/dashboard.png"
test -s "$work/dashboard.png"
test -s "$work/window.png"
# The exports carry their own data files (python-docx's template, the proposal templates,
# iCalendar's zone tables): write one of each from the bundle.
"$exe" proposal export 1 --db "$work/sample.sqlite" --format docx -o "$work/proposal.docx" >/dev/null
QT_QPA_PLATFORM=offscreen "$exe" proposal export 1 --db "$work/sample.sqlite" --format pdf -o "$work/proposal.pdf" >/dev/null
"$exe" calendar export --db "$work/sample.sqlite" -o "$work/meetings.ics" >/dev/null
"$exe" calendar import "$work/meetings.ics" --db "$work/sample.sqlite" >/dev/null
test -s "$work/proposal.docx" && test -s "$work/proposal.pdf" && test -s "$work/meetings.ics"
# The client report needs python-pptx's default template and Matplotlib's fonts.
account=$("$exe" kpi --db "$work/sample.sqlite" --json | grep -c '"revenue"')
test "$account" -ge 1
name=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select name from accounts order by id limit 1').fetchone()[0])" "$work/sample.sqlite")
QT_QPA_PLATFORM=offscreen "$exe" report "$name" --period 2026-Q3 --format pptx --db "$work/sample.sqlite" -o "$work/report.pptx" >/dev/null
QT_QPA_PLATFORM=offscreen "$exe" report "$name" --period 2026-Q3 --format xlsx --db "$work/sample.sqlite" -o "$work/report.xlsx" >/dev/null
test -s "$work/report.pptx" && test -s "$work/report.xlsx"
# Import needs tzdata's country and zone tables (an account's currency and zone follow its
# country), openpyxl for Excel; the archive round-trips the whole database.
printf 'Name,Country\nImportada S.L.,España\nImported Inc.,United States\n' > "$work/accounts.csv"
"$exe" import "$work/accounts.csv" --kind accounts --db "$work/sample.sqlite" >/dev/null
zone=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select time_zone from accounts where name='Imported Inc.'\").fetchone()[0])" "$work/sample.sqlite")
test "$zone" = "America/New_York"
"$exe" export --kind accounts --db "$work/sample.sqlite" -o "$work/accounts.xlsx" >/dev/null
"$exe" import "$work/accounts.xlsx" --db "$work/sample.sqlite" | grep -q " 0 created"
"$exe" export --format archive --db "$work/sample.sqlite" -o "$work/all.zip" >/dev/null
"$exe" import "$work/all.zip" --db "$work/restored.sqlite" >/dev/null
"$exe" check --db "$work/restored.sqlite" >/dev/null
# Encryption at rest: SQLCipher's own SQLite (FTS5 included) travels in the bundle.
WORKBENCH_PASSPHRASE="bundle check passphrase" "$exe" encrypt --db "$work/restored.sqlite" >/dev/null
if grep -q "SQLite format 3" "$work/restored.sqlite"; then echo "not encrypted"; exit 1; fi
WORKBENCH_PASSPHRASE="bundle check passphrase" "$exe" check --db "$work/restored.sqlite" >/dev/null
WORKBENCH_PASSPHRASE="bundle check passphrase" "$exe" kpi --db "$work/restored.sqlite" --json | grep -q '"revenue"'
status=0; "$exe" kpi --db "$work/restored.sqlite" </dev/null >/dev/null 2>&1 || status=$?
test "$status" -eq 7  # no passphrase: refused in one line, exit 7
echo "bundle ok: $(du -sh "$(dirname "$exe")" | cut -f1)"
