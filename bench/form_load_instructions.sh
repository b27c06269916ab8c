#!/bin/sh
# Instructions per load of a JSON form (the seed form by default), counted by callgrind
# around load_once only: the same for the same binary whatever else the machine is doing.
# usage: bench/form_load_instructions.sh [BUILD_DIR] [FILE] [N]   (BUILD_DIR built with the benches)
set -eu
build=${1:-build/bench}
n=${3:-200}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
valgrind --tool=callgrind --toggle-collect='*load_once*' --callgrind-out-file="$dir/cg" \
  "$build/bench/bench_form_load_loop" ${2:+"$2"} ${2:+"$n"} >/dev/null 2>"$dir/log"
total=$(sed -n 's/^summary: //p; s/^totals: //p' "$dir/cg" | head -n 1)
echo "instructions per load: $((total / n)) ($total over $n loads)"
