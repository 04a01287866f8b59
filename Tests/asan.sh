#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (a separate build folder, .build-asan).
#   Tests/asan.sh [extra swift test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
export SWIFT_BACKTRACE=enable=no
# Leaks inside dependencies are listed, with why, in the suppressions file. Child processes (the
# reader started in tmux) inherit these settings.
export LSAN_OPTIONS="suppressions=$PWD/Tests/lsan-suppressions.txt:print_suppressions=0"
swift test --sanitize=address --scratch-path .build-asan "$@"
