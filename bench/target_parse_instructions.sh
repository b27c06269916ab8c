#!/bin/sh
# Instructions per corpus string for Target::parse, counted by callgrind: the same for
# the same binary whatever else the machine is doing (bench_target_parse's times are not).
# Usage: bench/target_parse_instructions.sh [path/to/bench_target_parse]
# Prints the median, mean, quartiles and maximum over the 190 strings of the dev corpus,
# then the ten most expensive strings. Needs valgrind.
set -eu
bin=${1:-build/test/bench/bench_target_parse}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# A dump after every call of parse_one holds what ran since the previous one: that parse
# and a few instructions of loop. The last half of the dumps is the measured pass (the
# first warms the caches and the unit intern table).
valgrind --tool=callgrind --dump-after='*parse_one*' --callgrind-out-file="$dir/cg" "$bin" --each-once >/dev/null 2>&1
for f in $(ls "$dir" | grep -E '^cg\.[0-9]+$' | sort -t. -k2 -n); do
  sed -n 's/^summary: //p; s/^totals: //p' "$dir/$f" | head -n 1
done > "$dir/counts"
sed -n 's/\t.*//p' "$(dirname "$0")/../tests/data/target_labels.dev.tsv" | grep -v '^#' | tail -n +2 > "$dir/strings"
n=$(wc -l < "$dir/strings")
tail -n "$n" "$dir/counts" | paste - "$dir/strings" | sort -n > "$dir/table"
awk -F'\t' -v n="$n" '{ v[NR] = $1; s += $1 } END {
  printf "target_parse instructions per string over %d strings: median %d, mean %.0f, p25 %d, p75 %d, max %d\n",
         n, (v[int((n - 1) / 2) + 1] + v[int(n / 2) + 1]) / 2, s / n, v[int((n - 1) * 0.25) + 1], v[int((n - 1) * 0.75) + 1], v[n] }' "$dir/table"
echo "most expensive:"
tail -n 10 "$dir/table" | sort -rn
