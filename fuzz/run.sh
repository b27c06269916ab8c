#!/usr/bin/env bash
# Builds the fuzz configuration (clang, libFuzzer, ASan + UBSan; docs/fuzzing.md) and
# runs every fuzz target, one after the other, for SECONDS each, starting from its seed
# corpus fuzz/corpus/<name>/ (<name> is the target without `_fuzzer`). Fails when any
# target finds a crash, a sanitizer report, an escaped exception, a leak, an input that
# takes more than 1 s (-timeout=1) or one that needs more than 2 GB (-rss_limit_mb).
#
#   fuzz/run.sh SECONDS [TARGET...]      e.g. fuzz/run.sh 10   or   fuzz/run.sh 300 decimal_fuzzer
#
# SECONDS 0 only builds (libFuzzer itself would take 0 as "no limit").
# Environment: CXX (default clang++-14, else clang++), JIXIAO_FUZZ_BUILD (build
# directory, default build/fuzz), JIXIAO_FUZZ_JOBS (build jobs, default 2),
# JIXIAO_FUZZ_TIMEOUT (seconds of wall time per input, default 1: only raise it on a
# machine so loaded that inputs of a few ms take seconds, and time each reported
# timeout on its own).
# The corpus each target grows is kept in $JIXIAO_FUZZ_BUILD/work/<name>/, failing
# inputs in $JIXIAO_FUZZ_BUILD/artifacts/, logs in $JIXIAO_FUZZ_BUILD/logs/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ] || ! [[ "$1" =~ ^[0-9]+$ ]]; then
  echo "usage: fuzz/run.sh SECONDS [TARGET...]" >&2
  exit 2
fi
seconds=$1
shift
build=${JIXIAO_FUZZ_BUILD:-build/fuzz}
jobs=${JIXIAO_FUZZ_JOBS:-2}
timeout=${JIXIAO_FUZZ_TIMEOUT:-1}
if [ -z "${CXX:-}" ]; then
  if command -v clang++-14 >/dev/null; then CXX=clang++-14; else CXX=clang++; fi
fi
export CXX

all_targets="target_parse_fuzzer import_fuzzer form_json_fuzzer form_xml_fuzzer form_info_fuzzer profile_fuzzer
             rule_config_fuzzer actuals_fuzzer progress_fuzzer decimal_fuzzer capi_fuzzer workbook_fuzzer"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || read -r -a targets <<<"$(echo $all_targets)"

echo "== fuzz: build ($CXX, ASan + UBSan, $build)"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIXIAO_WERROR=ON -DJIXIAO_BUILD_FUZZERS=ON \
  -DJIXIAO_BUILD_TESTS=OFF -DJIXIAO_BUILD_BENCH=OFF -DJIXIAO_BUILD_TOOLS=OFF -DJIXIAO_BUILD_EXAMPLES=OFF \
  -DJIXIAO_BUILD_DOCS=OFF -DJIXIAO_INSTALL=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

if [ "$seconds" -eq 0 ]; then
  echo "fuzz: built ${targets[*]}"
  exit 0
fi

# ASan keeps freed memory in its quarantine (256 MB) and never hands its allocator's free
# pages back to the system unless told to: workbook_fuzzer's process grew to 2 GB of RSS
# that way with a live heap of 26 MB (docs/fuzzing.md). Returning them every 500 ms keeps
# the quarantine (use after free is still caught) and bounds the RSS.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_release_to_os_interval_ms=500}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
mkdir -p "$build/work" "$build/artifacts" "$build/logs"
failed=()
for t in "${targets[@]}"; do
  name=${t%_fuzzer}
  seeds=fuzz/corpus/$name
  work=$build/work/$name
  mkdir -p "$work"
  log=$build/logs/$name.log
  echo "== fuzz: $t for ${seconds} s (seeds $seeds, log $log)"
  TIMEFORMAT="cpu %U s user + %S s sys, %R s wall"
  if { time "$build/fuzz/$t" "$work" "$seeds" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 \
         -artifact_prefix="$build/artifacts/$name-" -print_final_stats=1 >"$log" 2>&1; } 2>"$log.time"; then
    echo "   $(grep -aE '^Done ' "$log"); $(cat "$log.time"); corpus $(find "$work" -type f | wc -l) files"
  else
    cat "$log.time"
    echo "!! $t failed:"
    grep -aE 'ERROR|FUZZ CHECK FAILED|Test unit written|SUMMARY|terminate|timeout' "$log" | head -20
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failed: ${failed[*]} (inputs in $build/artifacts/)" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets ran ${seconds} s each, nothing found"
