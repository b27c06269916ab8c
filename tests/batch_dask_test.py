#!/usr/bin/python3
"""`jixiao batch` inside a real distributed engine (issue 13, docs/batch.md).

usage: batch_dask_test.py TOOL SEED_JSON SELFEVAL_JSON EXAMPLE_PY RECORDS

EXAMPLE_PY (examples/dask_batch.py, the program a user copies) runs RECORDS generated
JSON Lines through `jixiao batch --jobs 1` on a Dask LocalCluster of 2 worker processes;
the gathered results must equal one sequential run of the tool over the whole input,
record for record (apart from what the line-mapper contract says depends on the split:
`record`, the input's name and lines in findings, the id of a record that could not be
read). Debian's
python3-dask and python3-distributed belong to /usr/bin/python3 (scripts/deps.sh).
"""
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

from batch_results import comparable


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def one_line(path):
    with open(path, encoding="utf-8") as f:
        return json.dumps(json.load(f), ensure_ascii=False)


def records(seed, selfeval, n):
    """n records with ids: declarations, self-evaluations (scored) and broken ones."""
    out = []
    for k in range(n):
        rid = '{"id": "unit-%05d", ' % k
        if k % 17 == 5:
            out.append(rid + '"schema": ')  # a record that cannot be read (cut short)
        elif k % 3 == 0:
            out.append(rid + selfeval[1:])
        else:
            out.append(rid + seed[1:])
    return out


def main():
    tool, seed_path, selfeval_path, example, count = sys.argv[1:6]
    spec = importlib.util.spec_from_file_location("dask_batch", example)
    dask_batch = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dask_batch)
    lines = records(one_line(seed_path), one_line(selfeval_path), int(count))
    with tempfile.TemporaryDirectory() as work:
        input_path = os.path.join(work, "in.jsonl")
        with open(input_path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        sequential = subprocess.run([tool, "batch", "--jobs", "1", input_path], capture_output=True, text=True,
                                    check=False)
        if sequential.returncode != 2:
            fail("one run exited %d (expected 2: some records are broken)" % sequential.returncode)
        whole = [comparable(l) for l in sequential.stdout.splitlines()]
        gathered = dask_batch.run(tool, input_path, os.path.join(work, "out.jsonl"), workers=2, partitions=8)
    merged = [comparable(l) for l in gathered]
    if len(whole) != len(lines) or len(merged) != len(lines):
        fail("%d records: one run gave %d results, the cluster %d" % (len(lines), len(whole), len(merged)))
    for a, b in zip(whole, merged):
        if a != b:
            fail("record %s differs between one run and the cluster" % a.get("id", "(unread)"))
    statuses = {}
    for r in merged:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1
    broken = sum(1 for k in range(len(lines)) if k % 17 == 5)
    if statuses.get("error", 0) != broken or not any(r["scorecard"] for r in merged):
        fail("unexpected statuses %s" % statuses)
    print("Dask LocalCluster (2 worker processes, 8 partitions) through examples/dask_batch.py: %d results equal "
          "one sequential run's, record for record; statuses %s" % (len(merged), statuses))


if __name__ == "__main__":
    main()
