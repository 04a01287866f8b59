#!/usr/bin/env bash
# Times the reader as a person sees it, in tmux: from start to the first frame, to the whole
# timeline loaded, and from a keypress to its frame, polling capture-pane. Prints the median of 5 runs of each.
#   Tests/Performance/tmux-timing.sh [CORPUS_DIR] [N_ARTICLES]
# With no corpus folder, a synthetic one of N_ARTICLES (default 10000) is generated first.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
swift build -c release --product dossier --package-path "$root" >/dev/null
bin="$root/.build/release/dossier"
corpus=${1:-}
if [ -z "$corpus" ]; then
  n=${2:-10000}
  gen=$(mktemp -d)
  "$bin" bench --count "$n" --dir "$gen" --keep >/dev/null
  corpus="$gen/dossier-bench-$n"
fi
export XDG_STATE_HOME=$(mktemp -d)
tm() { tmux -S "$sock" -f /dev/null "$@"; }
now_ms() { date +%s%3N; }
wait_for() { # text, deadline seconds
  local end=$(( $(now_ms) + ${2:-60} * 1000 ))
  while [ "$(now_ms)" -lt "$end" ]; do
    tm capture-pane -p -t t | grep -q -- "$1" && return 0
  done
  return 1
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

starts=(); fulls=(); keys=()
for run in 1 2 3 4 5; do
  sock=$(mktemp -u /tmp/dossier-timing.XXXXXX)
  tm new-session -d -s t -x 120 -y 40 "bash --norc --noprofile"
  sleep 0.3
  t0=$(now_ms)
  tm send-keys -t t "'$bin' --corpus '$corpus' --fresh" Enter
  wait_for "articles" 120 || { echo "no first frame"; tm kill-server; exit 1; }
  starts+=($(( $(now_ms) - t0 )))
  # The whole corpus loaded: the loading line is gone.
  end=$(( $(now_ms) + 300000 ))
  while tm capture-pane -p -t t | grep -q "Loading"; do [ "$(now_ms)" -lt "$end" ] || break; done
  fulls+=($(( $(now_ms) - t0 )))
  # Keypress to frame: G moves the timeline to its last entry.
  before=$(tm capture-pane -p -t t | md5sum)
  t1=$(now_ms)
  tm send-keys -t t G
  while [ "$(tm capture-pane -p -t t | md5sum)" = "$before" ]; do :; done
  keys+=($(( $(now_ms) - t1 )))
  tm send-keys -t t Q
  tm kill-server
done
echo "corpus: $corpus ($(find "$corpus" -type f | wc -l) files)"
echo "start to first frame, median of 5: $(printf '%s\n' "${starts[@]}" | median) ms   (runs: ${starts[*]})"
echo "start to whole timeline, median of 5: $(printf '%s\n' "${fulls[@]}" | median) ms   (runs: ${fulls[*]})"
echo "keypress to frame, median of 5:    $(printf '%s\n' "${keys[@]}" | median) ms   (runs: ${keys[*]})"
