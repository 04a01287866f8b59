#!/usr/bin/env bash
# Times live updates as a person sees them, in tmux: the reader runs on a folder, a new article
# file is copied in, and the time until the timeline counts it is measured (polling
# capture-pane every 50 ms), once with inotify and once with polling (DOSSIER_WATCH=poll). Prints the
# median of 5 copies each.
#   Tests/Performance/live-timing.sh [CORPUS_DIR] [N_ARTICLES]
# With no corpus folder, a synthetic one of N_ARTICLES (default 10000) is generated first. The
# copies, the generated folder, the index and the reading state (in private folders) are removed
# afterwards. DOSSIER_RUNS="1 2 3" copies three times instead of five; DOSSIER_BUILD=debug times
# a debug build; DOSSIER_MODES="poll" times one mode.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
config=${DOSSIER_BUILD:-release}
swift build -c "$config" --product dossier --package-path "$root" >/dev/null
bin="$root/.build/$config/dossier"
corpus=${1:-}
gen=""
export XDG_STATE_HOME=$(mktemp -d) XDG_CACHE_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_STATE_HOME" "$XDG_CACHE_HOME" ${gen:+"$gen"}' EXIT
if [ -z "$corpus" ]; then
  n=${2:-10000}
  gen=$(mktemp -d)
  "$bin" bench --count "$n" --dir "$gen" --keep >/dev/null
  corpus="$gen/dossier-bench-$n"
fi
tm() { tmux -S "$sock" -f /dev/null "$@"; }
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# The number of articles the status bar gives ("… · 10001 of 10001 articles").
count() { tm capture-pane -p -t t | head -1 | grep -oE '[0-9]+ of [0-9]+ article' | awk '{print $3}'; }
loaded() { ! tm capture-pane -p -t t | head -1 | grep -qE "Loading|files|articles…|updating"; }

files=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
for mode in ${DOSSIER_MODES:-inotify poll}; do
  sock=$(mktemp -u /tmp/dossier-live.XXXXXX)
  tm new-session -d -s t -x 120 -y 40 "bash --norc --noprofile"
  sleep 0.3
  tm send-keys -t t "DOSSIER_WATCH=$mode '$bin' --corpus '$corpus' --fresh" Enter
  end=$(( $(now_ms) + 600000 ))
  until [ -n "$(count)" ] && loaded; do [ "$(now_ms)" -lt "$end" ] || { echo "not loaded"; tm kill-server; exit 1; }; sleep 0.2; done
  sleep 1
  times=()
  for run in ${DOSSIER_RUNS:-1 2 3 4 5}; do
    before=$(count)
    f="$corpus/live-$mode-$run.txt"
    printf 'Live report %s %s\n\nJune %s, 2025\n\nForeign Minister Lena Varga of Norway said on Monday that trade talks would continue.\n' "$mode" "$run" "$run" > "$f.tmp"
    t0=$(now_ms)
    mv "$f.tmp" "$f"
    end=$(( t0 + 120000 ))
    while [ "$(count)" = "$before" ]; do [ "$(now_ms)" -lt "$end" ] || break; sleep 0.05; done
    times+=($(( $(now_ms) - t0 )))
    until loaded; do sleep 0.05; done
    sleep 1.5
  done
  echo "$mode: copy to the timeline counting it, median of ${#times[@]}: $(printf '%s\n' "${times[@]}" | median) ms   (runs: ${times[*]})"
  tm send-keys -t t Q
  tm kill-server
  rm -f "$sock" "$corpus"/live-"$mode"-*.txt
done
echo "corpus: $corpus ($files files), $config build"
