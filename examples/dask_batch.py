#!/usr/bin/python3
"""Review and score a province's forms on a Dask cluster through `jixiao batch`.

usage: dask_batch.py JIXIAO INPUT.jsonl OUTPUT.jsonl [WORKERS] [PARTITIONS]

INPUT holds one record per line: a jixiao.form/1 object with an "id" (and "actuals" for a
self-evaluation), as docs/batch.md describes. Each partition of lines goes through
`jixiao batch --jobs 1` on a worker (the tool is a pure line mapper: one result line per
record, in order, no state between records); the results are gathered in input order
and written to OUTPUT, and the totals printed. Replace the LocalCluster with your
cluster's address to run it on many machines (the tool must be installed on each).

Debian: apt-get install python3-dask python3-distributed (for /usr/bin/python3).
"""
import json
import subprocess
import sys

import dask.bag
from distributed import Client, LocalCluster


def map_partition(tool, lines):
    """One partition through the tool; exit 2 means some record could not be read, and
    those records are error lines, so it is a result, not a failure of the task."""
    run = subprocess.run([tool, "batch", "--jobs", "1"], input="".join(line + "\n" for line in lines),
                         capture_output=True, text=True, check=False)
    if run.returncode > 2:
        raise RuntimeError("jixiao batch exited %d: %s" % (run.returncode, run.stderr[:500]))
    return run.stdout.splitlines()


def run(tool, input_path, output_path, workers=2, partitions=8, client=None):
    """Maps `input_path` through the tool on the cluster; returns the result lines."""
    with open(input_path, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    bag = dask.bag.from_sequence(lines, npartitions=max(1, min(partitions, len(lines))))
    mapped = bag.map_partitions(lambda part: map_partition(tool, list(part)))
    if client is None:
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster):
            results = mapped.compute()
    else:
        results = mapped.compute()
    with open(output_path, "w", encoding="utf-8") as out:
        for line in results:
            out.write(line + "\n")
    return results


def main():
    tool, input_path, output_path = sys.argv[1:4]
    workers = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    partitions = int(sys.argv[5]) if len(sys.argv) > 5 else 8
    results = run(tool, input_path, output_path, workers, partitions)
    statuses = {}
    for line in results:
        status = json.loads(line)["status"]
        statuses[status] = statuses.get(status, 0) + 1
    print("%d records: %s" % (len(results), ", ".join("%s %d" % kv for kv in sorted(statuses.items()))))


if __name__ == "__main__":
    main()
