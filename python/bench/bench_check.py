"""The Python binding's call overhead (issue 12, goal ≤ 2×): ``check`` of the seed form
through Python against the same call in C++, in one run.

It runs ``bench_c_api`` (bench/c_api.cpp: the C++ call and the C ABI call, median CPU
time of 5 repetitions) and then times, on one loaded form and rule set, the median CPU
time per call of 5 repetitions of (three cycles, alternating with bench_c_api):

- ``python_check``: ``RuleSet.run(form)`` — jixiao_check, the JSON parsed (fractions as
  Decimal) into a Report of frozen Finding dataclasses: what a user calls;
- ``python_form_check``: ``form.check(profile="national")`` (the shared default rule set);
- ``python_boundary``: jixiao_check through ctypes, the text decoded and freed, not parsed.

Usage (docs/python.md):
  JIXIAO_LIBRARY=build/dev/libjixiao.so.0 /usr/bin/python3 python/bench/bench_check.py \
      build/dev/bench/bench_c_api
"""
import ctypes
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python"))
import jixiao  # noqa: E402
from jixiao import _native  # noqa: E402

SEED = ROOT / "examples" / "data" / "seed-suigang-2024-department.json"
REPETITIONS = 5
CYCLES = 3
MIN_TIME = 0.3  # seconds of CPU per repetition


def median_cpu_per_call(call) -> float:
    """Median over REPETITIONS of the CPU seconds per call (batches of at least MIN_TIME)."""
    n = 1
    while True:  # find a batch size that takes MIN_TIME
        start = time.process_time()
        for _ in range(n):
            call()
        spent = time.process_time() - start
        if spent >= MIN_TIME:
            break
        n *= 2 if spent < MIN_TIME / 4 else 1 + int(MIN_TIME / max(spent, 1e-9))
    times = []
    for _ in range(REPETITIONS):
        start = time.process_time()
        for _ in range(n):
            call()
        times.append((time.process_time() - start) / n)
    return statistics.median(times)


def cpp_medians(bench_c_api: str) -> dict:
    """The median CPU times (seconds) of bench_c_api's BM_CheckCpp and BM_CheckCApi."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run([bench_c_api, f"--benchmark_repetitions={REPETITIONS}", f"--benchmark_min_time={MIN_TIME}",
                        f"--benchmark_out={out.name}", "--benchmark_out_format=json"],
                       check=True, stdout=subprocess.DEVNULL)
        runs = json.load(open(out.name))["benchmarks"]
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
    return {r["run_name"]: r["cpu_time"] * scale[r["time_unit"]]
            for r in runs if r.get("aggregate_name") == "median"}


def main() -> int:
    form = jixiao.load_form(SEED)
    rules = jixiao.RuleSet("national")
    lib = _native.lib()

    def boundary() -> None:
        out = ctypes.c_void_p()
        if lib.jixiao_check(rules._handle, form._handle, ctypes.byref(out)) != 0:
            raise RuntimeError(_native.last_error())
        _native.take_string(out)

    calls = {"python_boundary": boundary, "python_check": lambda: rules.run(form),
             "python_form_check": lambda: form.check(profile="national")}
    # The machine is shared: the C++ and the Python timings alternate, CYCLES times, and
    # each cycle gives its own ratios; the median ratio is the result.
    ratios: dict = {}
    for cycle in range(CYCLES):
        times = cpp_medians(sys.argv[1]) if len(sys.argv) > 1 else {}
        times.update({name: median_cpu_per_call(call) for name, call in calls.items()})
        print(f"cycle {cycle + 1}: " + ", ".join(f"{n} {t * 1e6:.1f} us" for n, t in times.items()))
        base = times.get("BM_CheckCpp")
        for name, seconds in times.items():
            if base and name != "BM_CheckCpp":
                ratios.setdefault(name, []).append(seconds / base)
    for name, values in ratios.items():
        print(f"{name} / C++ check: median {statistics.median(values):.3f} "
              f"(cycles: {', '.join(f'{v:.3f}' for v in values)})")
    if ratios:
        print("goal: python_check / C++ check <= 2")
    return 0


if __name__ == "__main__":
    sys.exit(main())
