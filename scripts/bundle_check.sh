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
test -s "$work/window.png"
echo "bundle ok: $(du -sh "$(dirname "$exe")" | cut -f1)"
