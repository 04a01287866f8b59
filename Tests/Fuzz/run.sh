#!/usr/bin/env bash
# Builds the libFuzzer target over the parser, extractor and linker (with AddressSanitizer) and
# runs it on a seed corpus made from the test articles and the seeds.
#   Tests/Fuzz/run.sh                 # 60 seconds
#   Tests/Fuzz/run.sh -runs=10000000  # ten million executions
# Extra arguments go to libFuzzer. DOSSIER_FUZZ_ASAN=1 adds AddressSanitizer (about 3x slower). Crashes are written to Tests/Fuzz/crashes/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export SWIFT_BACKTRACE=enable=no
swift build -c release --package-path "$here" --scratch-path "$root/.build-fuzz" \
  -Xswiftc -sanitize=fuzzer${DOSSIER_FUZZ_ASAN:+,address} -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
bin=$(swift build -c release --package-path "$here" --scratch-path "$root/.build-fuzz" --show-bin-path)/FuzzExtractor

# The working corpus grows between runs; it lives in the (git-ignored) build folder.
work="$root/.build-fuzz"
mkdir -p "$work/corpus" "$here/crashes"
cp "$root"/seeds/*.txt "$work/corpus/"
[ -d "$here/regressions" ] && cp "$here"/regressions/* "$work/corpus/" 2>/dev/null || true
# Seed inputs cut from the model tests' sentences.
grep -ho '"[^"]\{40,\}"' "$root"/Tests/DossierKitTests/*.swift | sed 's/^"//; s/"$//; s/\\n/\n/g' | split -l 3 - "$work/corpus/t_" || true

args=("$@")
[ ${#args[@]} -eq 0 ] && args=(-max_total_time=60)
"$bin" "$work/corpus" -artifact_prefix="$here/crashes/" -max_len=65536 -timeout=1 -rss_limit_mb=4096 -print_final_stats=1 "${args[@]}"
