#!/usr/bin/env bash
# The main job: build the jixiao tool and run it on the bundled sample form — import the
# published table, review it (绩效目标审核) under the national profile, and score the
# bundled self-evaluation sample, and write the report a reviewer reads (report.html, one
# self-contained page) for both. Review findings are the output, not a failure: the
# script fails only when the tool itself cannot run (exit code 2 or worse).
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

# Runs the tool; exit 0 (clean) and 1 (findings) are both results.
run() {
  echo "\$ jixiao $*"
  local rc=0
  "$tool" "$@" || rc=$?
  [ "$rc" -le 1 ] || { echo "jixiao $1 failed with exit code $rc" >&2; exit "$rc"; }
  echo
}

run --version
run check "$sample" --profile national --lang zh
run score examples/data/selfeval-shangwuju-2020.json --profile municipal-20
run report "$sample" --profile national -o "$build/report-seed.html"
run report examples/data/selfeval-shangwuju-2020.json --profile municipal-20 -o "$build/report-selfeval.html"
echo "reports (open in a browser, or print to PDF):"
echo "  $(pwd)/$build/report-seed.html"
echo "  $(pwd)/$build/report-selfeval.html"
