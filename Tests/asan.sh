#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (a separate build folder, .build-asan).
#   Tests/asan.sh [extra swift test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
export SWIFT_BACKTRACE=enable=no
swift test --sanitize=address --scratch-path .build-asan "$@"
