"""Review a form from Python through the jixiao binding (docs/python.md): load it, add a
custom check written in Python, check it under the national profile, print the findings,
then score it with an actuals document.
Run: JIXIAO_LIBRARY=build/dev/libjixiao.so.0 /usr/bin/python3 python/examples/check_form.py \
       examples/data/seed-suigang-2024-department.json tests/data/capi/seed.actuals.json"""
import sys
from decimal import Decimal

import jixiao


@jixiao.check(id="ORG-KEYTASKS", severity="warning", title_zh="重点工作任务过多",
              title_en="too many key tasks", parameters={"maximum": "10"})
def many_key_tasks(form: dict, parameters: dict):
    """A custom check: it gets the form as a dict (jixiao.form/1) and yields findings."""
    tasks = form.get("key_tasks", [])
    if len(tasks) > int(parameters["maximum"]):
        yield jixiao.CheckFinding(path="/key_tasks",
                                  message_zh="重点工作任务{n}项，超过{max}项",
                                  message_en="{n} key tasks, more than {max}",
                                  arguments={"n": str(len(tasks)), "max": parameters["maximum"]})


def main(form_path: str, actuals_path: str) -> int:
    print("jixiao", jixiao.version())
    # Handles are freed at the end of the with block.
    with jixiao.load_form(form_path) as form:
        report = form.check(profile="national", checks=[many_key_tasks])
        for finding in report.findings:
            print(f"{finding.severity}[{finding.id}] {finding.path}: {finding.message}")
        print("counts", report.counts, "score", report.score, report.review_grade_zh)

        card = jixiao.score(form, actuals_path, profile="national")
        assert isinstance(card.total, Decimal)  # money and scores are never float
        print("self-evaluation total", card.total, "of", card.max_total, card.rating)

    try:
        jixiao.load_form(b"\xff not UTF-8", format="json")
    except jixiao.JixiaoError as e:  # every failure of a call: status code and message
        print("error", e.status, e.message)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
