#!/usr/bin/env bash
# Forms per second of `jixiao batch` on seed-size forms (issue 13, docs/batch.md): check
# only and check + score, with 1 and 2 jobs, against two ceilings measured in the same
# run: `cat` of the input through a pipe, and the JSON library (simdjson's DOM parser,
# bench_json_lines) parsing the same lines without building a form; Boost.PropertyTree's
# read_json on the same lines is shown beside them (the reference reader's parser).
# usage: bench/batch.sh BUILD_DIR [RECORDS]   (BUILD_DIR built with the tool and benches)
set -euo pipefail
build=$1
records=${2:-20000}
tool="$build/tools/jixiao/jixiao"
parse="$build/bench/bench_json_lines"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$(dirname "$0")/.."
/usr/bin/python3 - "$records" > "$work/check.jsonl" <<'PY'
import json, sys
line = json.dumps(json.load(open("examples/data/seed-suigang-2024-department.json")), ensure_ascii=False)
for k in range(int(sys.argv[1])):
    print('{"id": "u%d", ' % k + line[1:])
PY
# The self-evaluation sample carries its actuals: every record is reviewed and scored.
/usr/bin/python3 - "$records" > "$work/score.jsonl" <<'PY'
import json, sys
line = json.dumps(json.load(open("tests/data/selfeval/01_yongde.form.json")), ensure_ascii=False)
for k in range(int(sys.argv[1])):
    print('{"id": "u%d", ' % k + line[1:])
PY

seconds() {  # wall seconds of "$@" (stdout discarded), to the millisecond
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
rate() { echo $(( records * 1000 / ($1 > 0 ? $1 : 1) )); }

cat_ms=$(seconds bash -c "cat '$work/check.jsonl' | cat")
parse_ms=$(seconds bash -c "'$parse' < '$work/check.jsonl'")
ptree_ms=$(seconds bash -c "'$parse' property_tree < '$work/check.jsonl'")
printf '%-40s %10s %12s %14s\n' "$records seed-size records" "forms/s" "vs cat pipe" "vs JSON parse"
printf '%-40s %10s\n' "cat through a pipe (ceiling)" "$(rate "$cat_ms")"
printf '%-40s %10s %12s\n' "simdjson alone, 1 thread (ceiling)" "$(rate "$parse_ms")" \
  "$(awk -v a="$cat_ms" -v b="$parse_ms" 'BEGIN { printf "%.4f", a / b }')"
printf '%-40s %10s %12s %14s\n' "read_json alone, 1 thread (reference)" "$(rate "$ptree_ms")" \
  "$(awk -v a="$cat_ms" -v b="$ptree_ms" 'BEGIN { printf "%.4f", a / b }')" \
  "$(awk -v a="$parse_ms" -v b="$ptree_ms" 'BEGIN { printf "%.4f", a / b }')"
for only in check all; do
  input="$work/check.jsonl"
  [ "$only" = all ] && input="$work/score.jsonl"
  for jobs in 1 2; do
    ms=$(seconds "$tool" batch --only "$only" --jobs "$jobs" "$input" || true)
    printf '%-40s %10s %12s %14s\n' "jixiao batch --only $only --jobs $jobs" "$(rate "$ms")" \
      "$(awk -v a="$cat_ms" -v b="$ms" 'BEGIN { printf "%.4f", a / b }')" \
      "$(awk -v a="$parse_ms" -v b="$ms" 'BEGIN { printf "%.4f", a / b }')"
  done
done
