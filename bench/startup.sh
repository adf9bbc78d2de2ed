#!/usr/bin/env bash
# Start-up time: taskforce on a large store against a bare libadwaita window,
# both started the same way and quitting after their first painted frame.
# Run from the build folder's bench/ under a display, e.g.
#   xvfb-run -a -s '-screen 0 1400x900x24' build/bench/startup.sh build/bench/../src/app/taskforce STORE
set -euo pipefail
taskforce=${1:?path to the taskforce binary}
store=${2:?path to a store (tf-bench fills one)}
runs=${RUNS:-7}
here=$(cd "$(dirname "$0")" && pwd)
export TASKFORCE_EXIT_AFTER_FIRST_FRAME=1 GSK_RENDERER=${GSK_RENDERER:-cairo}
export GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1

time_ms() {
  local t0 t1
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# One warm-up each, so both start from a warm disk cache.
time_ms "$here/bare-window" >/dev/null
time_ms "$taskforce" --database "$store" >/dev/null

bare=$(for _ in $(seq "$runs"); do time_ms "$here/bare-window"; done | median)
app=$(for _ in $(seq "$runs"); do time_ms "$taskforce" --database "$store"; done | median)
echo "Start to first frame, median of $runs: bare libadwaita window $bare ms, taskforce on the store $app ms"
awk -v a="$app" -v b="$bare" 'BEGIN { printf "Ratio: %.2f (aim: at most 1.2)\n", a / b }'
