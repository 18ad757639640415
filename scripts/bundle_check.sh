#!/usr/bin/env bash
# Smoke test of the PyInstaller bundle: a broken bundle (missing migrations, resources,
# Qt plugins, a library trimmed too far) fails here, the way a user would meet it. Ends with
# the real window under Xvfb (xcb), timed, and prints the bundle's size and start time.
#   scripts/bundle_check.sh [EXE [SCREENSHOT.png]]
set -euo pipefail
exe=${1:-dist/workbench/workbench}
shot=${2:-build/ci-window-bundle.png}
here=$(cd "$(dirname "$0")" && pwd)
bundle=$(cd "$(dirname "$exe")" && pwd)
internal=$bundle/_internal
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
  XDG_CACHE_HOME=$work/home/.cache XDG_STATE_HOME=$work/home/.local/state
unset WORKBENCH_DB
"$exe" --version

# The xcb plugin's own libraries (the xcb-util family) travel in the bundle and are the ones
# it loads, so the window opens where only X11 (libX11, libxcb, libxkbcommon) is installed.
# PyInstaller copies them from the build machine and only warns when one is missing there.
xcb_links=$(LD_LIBRARY_PATH=$internal ldd "$internal/PySide6/Qt/plugins/platforms/libqxcb.so")
for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-image.so.0 libxcb-keysyms.so.1 \
  libxcb-render-util.so.0 libxcb-shape.so.0 libxcb-randr.so.0 libxcb-xkb.so.1 libxcb-util.so.1; do
  if [[ $xcb_links != *"$lib => $internal/"* ]]; then
    echo "the bundle does not carry $lib: install the README's packages before \`make bundle\`" >&2
    exit 1
  fi
done
# Nothing trimmed too far: every library in the bundle finds what it links against (the
# bootloader puts _internal on LD_LIBRARY_PATH). The CUPS plugin uses the system's libcups.
unresolved=$(find "$internal" -name '*.so*' -type f | sort | while read -r file; do
  LD_LIBRARY_PATH=$internal ldd "$file" 2>/dev/null | grep 'not found' | sed "s|^|${file#"$internal"/}: |"
done | grep -v '^PySide6/Qt/plugins/printsupport/libcupsprintersupport.so: *libcups.so.2 ' || true)
if [[ -n $unresolved ]]; then
  echo "libraries the bundle needs but lacks:" >&2
  echo "$unresolved" >&2
  exit 1
fi
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
# Matplotlib drew the deck's charts (Agg, its DejaVu fonts, PNG through Pillow).
python3 -c "import sys, zipfile; sys.exit(not any(n.startswith('ppt/media/') and n.endswith('.png') for n in zipfile.ZipFile(sys.argv[1]).namelist()))" "$work/report.pptx"
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
# An archive large enough (over 100,000 interactions) that its restore fills that table in a
# second process: spawned from the bundle's own executable, which must act as that process
# (multiprocessing.freeze_support) and not start the program a second time.
"$exe" demo --db "$work/large.sqlite" --accounts 1200 --seed 2 --as-of 2026-11-26 >/dev/null
interactions=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from interactions').fetchone()[0])" "$work/large.sqlite")
test "$interactions" -gt 100000
"$exe" export --format archive --db "$work/large.sqlite" -o "$work/large.zip" >/dev/null
"$exe" import "$work/large.zip" --db "$work/large-restored.sqlite" | grep -c "^restored large.zip" | grep -qx 1
"$exe" check --db "$work/large-restored.sqlite" >/dev/null
restored=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from interactions').fetchone()[0])" "$work/large-restored.sqlite")
test "$restored" -eq "$interactions"
# Encryption at rest: SQLCipher's own SQLite (FTS5 included) travels in the bundle.
WORKBENCH_PASSPHRASE="bundle check passphrase" "$exe" encrypt --db "$work/restored.sqlite" >/dev/null
if grep -q "SQLite format 3" "$work/restored.sqlite"; then echo "not encrypted"; exit 1; fi
WORKBENCH_PASSPHRASE="bundle check passphrase" "$exe" check --db "$work/restored.sqlite" >/dev/null
WORKBENCH_PASSPHRASE="bundle check passphrase" "$exe" kpi --db "$work/restored.sqlite" --json | grep -q '"revenue"'
status=0; "$exe" kpi --db "$work/restored.sqlite" </dev/null >/dev/null 2>&1 || status=$?
test "$status" -eq 7  # no passphrase: refused in one line, exit 7
# The real window: Xvfb, Qt's xcb platform, the bundle's own xcb libraries; closed by its own
# close; start to a painted window timed over three runs.
"$here/x11_window_check.sh" "$exe" "$shot" 3
size=$(du -sb "$bundle" | cut -f1)
echo "bundle ok: $(awk -v b="$size" 'BEGIN {printf "%.1f MB", b / 1e6}') ($size bytes, du -sb $bundle)"
