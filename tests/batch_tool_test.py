#!/usr/bin/env python3
"""`jixiao batch` as a pipeline stage and as a person at a terminal uses it (issue 13).

usage: batch_tool_test.py TOOL SEED_JSON DATA_DIR RECORDS [MAX_RSS_MIB]

1. A generator thread pipes RECORDS seed-size JSON lines (every 97th one broken, every
   other one with an id) into `jixiao batch --jobs 2 --summary`; the results come back one
   per record, in input order, the broken ones as errors at their line, exit 2; the
   summary on stderr counts them; with MAX_RSS_MIB the tool's peak RSS stays under it.
2. A directory of forms: one result per form file, ids are the paths in path order.
3. Under a real terminal (util-linux `script`) a progress bar is drawn on stderr
   (records, records/s, errors, ETA); with stderr a pipe nothing is drawn.
"""
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def streamed(tool, seed, records, max_rss_mib):
    line = json.dumps(json.loads(seed), ensure_ascii=False)
    proc = subprocess.Popen([tool, "batch", "--jobs", "2", "--summary"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def generate():
        for n in range(1, records + 1):
            if n % 97 == 0:
                proc.stdin.write(b'{"schema": "jixiao.form/1", \n')  # broken: cut short
            elif n % 2 == 0:
                proc.stdin.write(('{"id": "unit-%d", ' % n + line[1:] + "\n").encode())
            else:
                proc.stdin.write((line + "\n").encode())
        proc.stdin.close()

    errors = []
    stderr_text = []
    writer = threading.Thread(target=generate)
    reader = threading.Thread(target=lambda: stderr_text.append(proc.stderr.read().decode()))
    writer.start()
    reader.start()
    count = 0
    for raw in proc.stdout:
        count += 1
        try:
            result = json.loads(raw)
        except ValueError:
            fail("result %d is not JSON: %r" % (count, raw[:200]))
        if result["record"] != count:
            fail("result %d is record %s: not in input order" % (count, result["record"]))
        broken = count % 97 == 0
        if (result["status"] == "error") != broken:
            fail("record %d: status %s" % (count, result["status"]))
        if broken:
            errors.append(count)
            if result["findings"][0]["source"]["line"] != count:
                fail("record %d: error placed at line %s" % (count, result["findings"][0]["source"]["line"]))
        elif count % 2 == 0 and result["id"] != "unit-%d" % count:
            fail("record %d: id %s" % (count, result["id"]))
    writer.join()
    rc = proc.wait()
    reader.join()
    if count != records:
        fail("%d results for %d records" % (count, records))
    if rc != 2:
        fail("exit %d with unreadable records, expected 2" % rc)
    summary = json.loads(stderr_text[0].strip().splitlines()[-1])
    if summary["records"] != records or summary["failed"] != len(errors):
        fail("summary %s" % summary)
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print("streamed %d records (%d broken) in order; peak RSS %.1f MiB" % (records, len(errors), peak_mib))
    if max_rss_mib is not None and peak_mib >= max_rss_mib:
        fail("peak RSS %.1f MiB, limit %d MiB" % (peak_mib, max_rss_mib))


def directory(tool, data_dir, work):
    forms = os.path.join(work, "forms")
    os.makedirs(os.path.join(forms, "sub"))
    names = ["b.json", "a.tsv", "sub/c.json", "notes.md"]
    sources = ["selfeval/01_yongde.form.json", "seed-suigang-2024-department.tsv",
               "selfeval/03_shangwuju.form.json", "forms-expected/README.md"]
    for name, source in zip(names, sources):
        shutil.copy(os.path.join(data_dir, source), os.path.join(forms, name))
    out = subprocess.run([tool, "batch", forms], capture_output=True, check=False)
    results = [json.loads(l) for l in out.stdout.decode().splitlines()]
    expected = sorted(os.path.join(forms, n) for n in names if not n.endswith(".md"))
    if [r["id"] for r in results] != expected:
        fail("directory ids %s, expected %s" % ([r["id"] for r in results], expected))
    if out.stderr:
        fail("stderr is not a terminal, yet the tool wrote %r" % out.stderr[:200])
    for r in results:  # the .json files are self-evaluations, which carry actuals; the seed table does not
        if (r["scorecard"] is not None) != r["id"].endswith(".json"):
            fail("%s: scorecard %s" % (r["id"], r["scorecard"] is not None))
    print("directory: %d forms, ids in path order, stderr silent" % len(results))
    return forms


def terminal(tool, forms, work):
    if shutil.which("script") is None:
        fail("util-linux `script` is missing (package bsdutils)")
    out_file = os.path.join(work, "out.jsonl")
    command = "%s batch %s %s %s > %s" % (tool, forms, forms, forms, out_file)
    run = subprocess.run(["script", "-q", "-e", "-c", command, "/dev/null"], capture_output=True, check=False)
    screen = run.stdout.decode(errors="replace")
    if "\r" not in screen or " records, " not in screen or "/s, " not in screen or " errors" not in screen:
        fail("no progress bar on the terminal: %r" % screen[:300])
    if "9/9" not in screen:
        fail("the bar does not count against the known total: %r" % screen[:300])
    with open(out_file) as f:
        if len(f.read().splitlines()) != 9:
            fail("the results did not go to stdout")
    print("terminal: progress bar drawn: %r" % screen.strip().split("\r")[-1])


def main():
    tool, seed_path, data_dir, records = sys.argv[1:5]
    max_rss = int(sys.argv[5]) if len(sys.argv) > 5 else None
    with open(seed_path, encoding="utf-8") as f:
        seed = f.read()
    streamed(tool, seed, int(records), max_rss)
    with tempfile.TemporaryDirectory() as work:
        forms = directory(tool, data_dir, work)
        terminal(tool, forms, work)


if __name__ == "__main__":
    main()
