#!/usr/bin/env bash
# The main job: build the jixiao tool and run it on the bundled sample form.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/deps.sh
jixiao_ensure_packages
build=build/run
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DJIXIAO_BUILD_TESTS=OFF -DJIXIAO_BUILD_BENCH=OFF \
      -DJIXIAO_BUILD_EXAMPLES=OFF -DJIXIAO_BUILD_DOCS=OFF >/dev/null
cmake --build "$build" --target jixiao_tool -j "$(nproc)" >/dev/null
tool="$build/tools/jixiao/jixiao"
sample=examples/data/seed-suigang-2024-department.tsv
"$tool" --version
"$tool" budget "$sample"
