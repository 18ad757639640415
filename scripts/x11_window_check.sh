#!/usr/bin/env bash
# The real window, the way a user meets it: APP opens on a sample portfolio under Xvfb with
# Qt's xcb platform (not offscreen), so a system library the X11 window lacks fails here.
# Each run times the start to the window's first paint (WORKBENCH_REPORT_FIRST_PAINT), finds
# the top-level window "Account Workbench" on the X server, and closes it with the window's
# own close (WM_DELETE_WINDOW, as the title bar's button does), which must end the process
# with status 0 within a few seconds. The first run saves a screenshot of the X11 screen.
#
#   scripts/x11_window_check.sh APP SCREENSHOT.png [RUNS]
#
# Needs (Debian): xvfb xdotool imagemagick python3-xlib. Everything the app writes (settings,
# logs, backups, the database) goes to a temporary folder: HOME and XDG_* point there.
set -euo pipefail
app=$1
shot=$2
runs=${3:-1}
here=$(cd "$(dirname "$0")" && pwd)

missing=()
for tool in Xvfb xdotool import; do command -v "$tool" >/dev/null || missing+=("$tool"); done
/usr/bin/python3 -c 'import Xlib' 2>/dev/null || missing+=("python3-xlib")
if ((${#missing[@]})); then
  echo "x11 window check: missing ${missing[*]} (apt-get install xvfb xdotool imagemagick python3-xlib)" >&2
  exit 1
fi

work=$(mktemp -d)
app_pid=""
xvfb_pid=""
cleanup() {
  if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid" 2>/dev/null || true; fi
  if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
  XDG_CACHE_HOME=$work/home/.cache XDG_STATE_HOME=$work/home/.local/state XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset WORKBENCH_DB WAYLAND_DISPLAY QT_PLUGIN_PATH QT_QPA_PLATFORM_PLUGIN_PATH
export QT_QPA_PLATFORM=xcb LANG=C.UTF-8

"$app" demo --db "$work/sample.sqlite" --accounts 40 --seed 1 --as-of 2026-11-26 >/dev/null

# Xvfb picks a free display and writes its number once it accepts connections.
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
if [[ ! -s $work/display ]]; then
  echo "x11 window check: Xvfb did not start" >&2
  cat "$work/xvfb.log" >&2
  exit 1
fi
export DISPLAY=":$(tr -d '\n' <"$work/display")"

fail() {
  echo "x11 window check ($app): $1" >&2
  echo "--- its standard error:" >&2
  cat "$work/err" >&2 || true
  "$app" doctor >&2 || true
  exit 1
}

now_ns() { date +%s%N; }
# CPU seconds the process has used (user + system, all threads): on a shared, loaded
# machine the wall time stretches with the load, the CPU time much less.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"; }
times=()
cpus=()
for run in $(seq "$runs"); do
  rm -f "$work/out" "$work/err"
  mkfifo "$work/out"
  start=$(now_ns)
  WORKBENCH_REPORT_FIRST_PAINT=1 "$app" --db "$work/sample.sqlite" >"$work/out" 2>"$work/err" &
  app_pid=$!
  exec {out}<"$work/out"
  line=""
  read -r -t 60 -u "$out" line || true
  [[ $line == painted ]] || fail "no painted window within 60 s (said: ${line:-nothing})"
  painted=$(now_ns)
  times+=("$(( (painted - start) / 1000000 ))")
  cpus+=("$(cpu_ms "$app_pid")")
  window=$(timeout 20 xdotool search --sync --onlyvisible --name '^Account Workbench$' | head -n 1) ||
    fail "no top-level window titled 'Account Workbench' on $DISPLAY"
  if ((run == 1)); then
    sleep 2 # let the first tab's background load fill in before the picture
    mkdir -p "$(dirname "$shot")"
    import -display "$DISPLAY" -window root "$shot"
  fi
  /usr/bin/python3 "$here/x11_close_window.py" "$window"
  for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$app_pid" 2>/dev/null && fail "still running 10 s after its window was closed"
  status=0
  wait "$app_pid" || status=$?
  app_pid=""
  cat <&"$out" >/dev/null
  exec {out}<&-
  ((status == 0)) || fail "exited with status $status after its window was closed"
done

median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR + 1) / 2)]}'; }
ms_to_s() { awk -v ms="$1" 'BEGIN {printf "%.2f", ms / 1000}'; }
list=$(for t in "${times[@]}"; do printf '%s ' "$(ms_to_s "$t")"; done)
echo "x11 window ok ($app): opened under Xvfb (xcb), closed by its own close, exit 0; screenshot $shot"
echo "start to a painted window (xcb): median $(ms_to_s "$(median "${times[@]}")") s of $runs run(s): ${list% }" \
  "(CPU used by then: median $(ms_to_s "$(median "${cpus[@]}")") s; load average $(cut -d' ' -f1 /proc/loadavg))"
