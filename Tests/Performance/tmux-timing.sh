#!/usr/bin/env bash
# Times the reader as a person sees it, in tmux: from start to the first frame, to the first
# articles in the timeline, to the whole corpus loaded, and from a keypress to its frame (G: to
# the end of the timeline; k: up one), polling capture-pane. Prints the median of 5 runs of each.
#   Tests/Performance/tmux-timing.sh [CORPUS_DIR] [N_ARTICLES]
# With no corpus folder, a synthetic one of N_ARTICLES (default 10000) is generated first.
# DOSSIER_RUNS="1 2 3" runs three times instead of five.
# DOSSIER_ARGS adds options to the reader (DOSSIER_ARGS=--no-index: every run a cold load).
# DOSSIER_BIN=PATH runs that build of dossier rather than building this one.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# DOSSIER_BIN times another build of the reader (one kept from before a change) instead.
if [ -n "${DOSSIER_BIN:-}" ]; then
  bin=$DOSSIER_BIN
else
  swift build -c release --product dossier --package-path "$root" >/dev/null
  bin="$root/.build/release/dossier"
fi
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
wait_for() { # text, deadline seconds, pause between polls (a tight loop of tmux clients would
             # take a core from the reader on a long wait)
  local end=$(( $(now_ms) + ${2:-60} * 1000 ))
  while [ "$(now_ms)" -lt "$end" ]; do
    tm capture-pane -p -t t | grep -q -- "$1" && return 0
    [ -n "${3:-}" ] && sleep "$3"
  done
  return 1
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

n_runs=$(echo ${DOSSIER_RUNS:-1 2 3 4 5} | wc -w)
starts=(); firsts=(); fulls=(); keys=(); downs=()
# Until the screen changes from what md5 $1 says.
changed_ms() { local t1=$(now_ms); while [ "$(tm capture-pane -p -t t | md5sum)" = "$1" ]; do :; done; echo $(( $(now_ms) - t1 )); }
for run in ${DOSSIER_RUNS:-1 2 3 4 5}; do
  sock=$(mktemp -u /tmp/dossier-timing.XXXXXX)
  tm new-session -d -s t -x 120 -y 40 "bash --norc --noprofile"
  sleep 0.3
  t0=$(now_ms)
  tm send-keys -t t "'$bin' --corpus '$corpus' --fresh ${DOSSIER_ARGS:-}" Enter
  wait_for "articles" 120 || { echo "no first frame"; tm kill-server; exit 1; }
  starts+=($(( $(now_ms) - t0 )))
  # The first articles in the timeline (the status bar counts more than none).
  wait_for " [1-9][0-9]* of [1-9][0-9]* article" 300 0.02 || true
  firsts+=($(( $(now_ms) - t0 )))
  # The whole corpus loaded: the status bar no longer says it is reading or linking.
  end=$(( $(now_ms) + 300000 ))
  while tm capture-pane -p -t t | head -1 | grep -qE "Loading|files|articles…"; do [ "$(now_ms)" -lt "$end" ] || break; sleep 0.05; done
  fulls+=($(( $(now_ms) - t0 )))
  # Keypress to frame: G moves the timeline to its last entry, then k moves up one.
  sleep 0.2
  before=$(tm capture-pane -p -t t | md5sum)
  tm send-keys -t t G
  keys+=($(changed_ms "$before"))
  sleep 0.2
  before=$(tm capture-pane -p -t t | md5sum)
  tm send-keys -t t k
  downs+=($(changed_ms "$before"))
  tm send-keys -t t Q
  tm kill-server
  rm -f "$sock"
done
echo "corpus: $corpus ($(find "$corpus" -type f | wc -l) files)"
echo "start to first frame, median of $n_runs: $(printf '%s\n' "${starts[@]}" | median) ms   (runs: ${starts[*]})"
echo "start to first articles, median of $n_runs: $(printf '%s\n' "${firsts[@]}" | median) ms   (runs: ${firsts[*]})"
echo "start to whole timeline, median of $n_runs: $(printf '%s\n' "${fulls[@]}" | median) ms   (runs: ${fulls[*]})"
echo "keypress G to frame, median of $n_runs:  $(printf '%s\n' "${keys[@]}" | median) ms   (runs: ${keys[*]})"
echo "keypress k to frame, median of $n_runs:  $(printf '%s\n' "${downs[@]}" | median) ms   (runs: ${downs[*]})"
