#!/usr/bin/env bash
# Build everything (library, tool, examples, tests, benchmarks, docs) with warnings as
# errors, then run every test. Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/deps.sh
jixiao_ensure_packages
build=build/test
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DJIXIAO_WERROR=ON
cmake --build "$build" -j "$(nproc)"
cmake --build "$build" --target docs
ctest --test-dir "$build" --output-on-failure -j "$(nproc)" "$@"
