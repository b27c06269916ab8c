#!/usr/bin/env python3
"""`jixiao batch` as a pipeline stage and as a person at a terminal uses it (issue 13).

usage: batch_tool_test.py TOOL SEED_JSON DATA_DIR RECORDS [MAX_RSS_MIB]

1. A generator thread pipes RECORDS seed-size JSON lines (every 97th one broken, every
   other one with an id) into `jixiao batch --jobs 2 --summary`; the results come back one
   per record, in input order, the broken ones as errors at their line, exit 2; the
   summary on stderr counts them; with MAX_RSS_MIB the tool's peak RSS stays under it.
2. RECORDS lines with damage (cut short, a wrong type, an unparseable target, an empty
   line, a 10 MB line): --jobs 2 writes exactly what --jobs 1 writes, each broken record
   is placed at its line, and 7 chunks piped through separately give the same results.
3. A directory of forms: one result per form file, ids are the paths in path order.
4. Under a real terminal (util-linux `script`) a progress bar is drawn on stderr
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

from batch_results import comparable


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


def broken_records(seed, n):
    """n JSON Lines with ids: seed forms, and every 50th one broken in turn: cut short, a
    wrong type, an unparseable target, an empty line, one 10 MB line. Returns the lines and,
    per line number, the kind of damage."""
    lines, damage = [], {}
    kinds = ["truncated", "wrong_type", "bad_target", "empty", "huge"]
    for k in range(1, n + 1):
        rid = '{"id": "u%05d", ' % k
        kind = kinds[(k // 50) % len(kinds)] if k % 50 == 0 else None
        if kind == "huge" and "huge" in damage.values():
            kind = "truncated"  # one 10 MB line is enough
        if kind == "truncated":
            line = (rid + seed[1:])[: len(seed) // 2]
        elif kind == "wrong_type":
            line = rid + seed[1:].replace('"indicators": [', '"indicators": "x", "was": [', 1)
        elif kind == "bad_target":
            line = rid + seed[1:].replace('"annual_target": "', '"annual_target": "≥**%', 1)
        elif kind == "empty":
            line = ""
        elif kind == "huge":
            line = rid + '"schema": "jixiao.form/1", "unit_name": "' + "名" * (10 * 1024 * 1024 // 3) + '"}'
        else:
            line = rid + seed[1:]
        if kind:
            damage[k] = kind
        lines.append(line)
    return lines, damage


def jobs_agree(tool, seed, records, work):
    """--jobs 2 writes exactly what --jobs 1 writes; every broken record is placed at its
    line; chunks piped through separately give the same results (the mapper contract)."""
    lines, damage = broken_records(json.dumps(json.loads(seed), ensure_ascii=False), records)
    path = os.path.join(work, "broken.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    one = subprocess.run([tool, "batch", "--jobs", "1", path], capture_output=True, check=False)
    two = subprocess.run([tool, "batch", "--jobs", "2", path], capture_output=True, check=False)
    if one.returncode != 2 or two.returncode != 2:
        fail("exit %d and %d, expected 2 (broken records)" % (one.returncode, two.returncode))
    if one.stdout != two.stdout:
        fail("--jobs 2 output differs from --jobs 1")
    results = {json.loads(l)["record"]: json.loads(l) for l in one.stdout.decode().splitlines()}
    if len(results) != records - sum(1 for k in damage.values() if k == "empty"):
        fail("%d results for %d non-empty lines" % (len(results), records))
    for line, kind in damage.items():
        if kind == "empty":
            if line in results:
                fail("the empty line %d gave a result" % line)
            continue
        r = results[line]
        if kind == "bad_target":  # readable: the reader's warning names the target at its line
            where = [f for f in r["report"]["findings"] if f["source"] and f["source"]["line"] == line]
            if r["status"] == "error" or not any(f["rule_id"] == "JX-IO016" for f in where):
                fail("line %d (unparseable target): %s" % (line, r["status"]))
        elif r["status"] != "error" or any(f["source"]["line"] != line for f in r["findings"]):
            fail("line %d (%s): status %s, findings %s" % (line, kind, r["status"], r["findings"][:1]))
    # Chunks of the input, each through its own process, as Hadoop Streaming splits a file.
    chunked = []
    step = (len(lines) + 6) // 7
    for b in range(0, len(lines), step):
        part = subprocess.run([tool, "batch", "--jobs", "1"], input=("\n".join(lines[b:b + step]) + "\n").encode(),
                              capture_output=True, check=False)
        chunked += part.stdout.decode().splitlines()
    if [comparable(l) for l in chunked] != [comparable(l) for l in one.stdout.decode().splitlines()]:
        fail("7 chunks piped separately differ from one run")
    print("%d records (%d damaged): --jobs 2 equals --jobs 1 byte for byte; each broken record at its line; "
          "7 chunks piped separately equal one run" % (records, len(damage)))


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
        jobs_agree(tool, seed, int(records), work)
        forms = directory(tool, data_dir, work)
        terminal(tool, forms, work)


if __name__ == "__main__":
    main()
