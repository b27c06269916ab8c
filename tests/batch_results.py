"""What the batch tests compare of a jixiao.batch/1 line (shared by batch_tool_test.py and
batch_dask_test.py): the result without what the line-mapper contract lets depend on how the
input was split (docs/batch.md)."""
import json


def comparable(line):
    """A result without the record number, the input's name and lines in findings, and the id
    of a record that could not be read."""
    r = json.loads(line)
    del r["record"]
    if r["status"] == "error":
        del r["id"]
    for f in r["findings"] + (r["report"]["findings"] if r["report"] else []):
        if f["source"] is not None:  # the input's name and line
            f["source"]["line"] = None
            f["source"]["file"] = None
    return r
