#!/usr/bin/python3
"""`jixiao batch` inside a real distributed engine (issue 13, docs/batch.md).

usage: batch_dask_test.py TOOL SEED_JSON SELFEVAL_JSON

A Dask LocalCluster of 2 worker processes maps partitions of JSON Lines through
`jixiao batch --jobs 1` (the line-mapper contract: one line out per line in, in order, no
state between records); the gathered results must equal one run of the tool over the
whole input, record for record, joined by id. Debian's python3-dask and
python3-distributed belong to /usr/bin/python3 (scripts/deps.sh installs them).
"""
import json
import os
import subprocess
import sys

import dask.bag
from distributed import Client, LocalCluster


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
        rid = '{"id": "unit-%03d", ' % k
        if k % 17 == 5:
            out.append(rid + '"schema": ')  # a record that cannot be read (cut short)
        elif k % 3 == 0:
            out.append(rid + selfeval[1:])
        else:
            out.append(rid + seed[1:])
    return out


def run_batch(tool, lines):
    """The tool over `lines` as a pipeline stage; exit 2 (some record unreadable) is a result."""
    run = subprocess.run([tool, "batch", "--jobs", "1"], input="\n".join(lines) + "\n", capture_output=True,
                         text=True, check=False)
    if run.returncode > 2:
        raise RuntimeError("jixiao batch exited %d: %s" % (run.returncode, run.stderr[:500]))
    return [(os.getpid(), line) for line in run.stdout.splitlines()]


def comparable(line):
    """A result without what depends on the split: the record number, the lines of findings
    (their line in this input), and the id of a record that could not be read (its line)."""
    r = json.loads(line)
    del r["record"]
    if r["status"] == "error":
        del r["id"]
    for f in r["findings"] + (r["report"]["findings"] if r["report"] else []):
        if f["source"] is not None:
            f["source"]["line"] = None
    return r


def main():
    tool, seed_path, selfeval_path = sys.argv[1:4]
    lines = records(one_line(seed_path), one_line(selfeval_path), 60)
    whole = [comparable(l) for _, l in run_batch(tool, lines)]
    if len(whole) != len(lines):
        fail("one run gave %d results for %d records" % (len(whole), len(lines)))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        bag = dask.bag.from_sequence(lines, npartitions=6)
        gathered = bag.map_partitions(lambda part: run_batch(tool, list(part))).compute()
        workers = len(client.scheduler_info()["workers"])
    pids = {pid for pid, _ in gathered}
    merged = [comparable(l) for _, l in gathered]
    if len(merged) != len(lines):
        fail("the cluster gave %d results for %d records" % (len(merged), len(lines)))
    for a, b in zip(whole, merged):
        if a != b:
            fail("record %s differs between one run and the cluster" % a.get("id", "(unread)"))
    statuses = {}
    for r in merged:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1
    if statuses.get("error", 0) != sum(1 for k in range(60) if k % 17 == 5) or not any(r["scorecard"] for r in merged):
        fail("unexpected statuses %s" % statuses)
    print("Dask LocalCluster (%d worker processes, 6 partitions, tasks ran in %d processes): %d results equal "
          "one run's, by id and in order; statuses %s" % (workers, len(pids), len(merged), statuses))


if __name__ == "__main__":
    main()
