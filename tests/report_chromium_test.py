#!/usr/bin/python3
"""The HTML report in a real browser (issue 14, docs/report.md).

Renders the seed form's report and the scored self-evaluation's report (and a form of
hostile text) with headless Chromium to PNG, PDF and the DOM, and checks: no console
message; the SVG charts, the finding items, the indicator and scorecard rows and the bars
are in the DOM in the numbers the tool's own JSON output implies; the PDF has a sensible
number of A4 pages; the hostile text is text, not markup. A control page with a script
that logs to the console shows that a console message would be caught.

Fails (exit 1) when Chromium is missing: scripts/deps.sh installs it.

    report_chromium_test.py TOOL SOURCE_DIR WORK_DIR
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

CHROMIUM_TIMEOUT = 60  # seconds per browser run
FAILURES = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        FAILURES.append(what)


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium(browser, url, *flags):
    """Runs the browser on url with flags; returns (stdout, stderr) as text."""
    with tempfile.TemporaryDirectory(prefix="jixiao-chromium-") as profile:
        run = subprocess.run(
            [browser, "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
             "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", *flags, url],
            capture_output=True, timeout=CHROMIUM_TIMEOUT, check=False)
    return run.stdout.decode("utf-8", "replace"), run.stderr.decode("utf-8", "replace")


def console_lines(stderr):
    return [line for line in stderr.splitlines() if "CONSOLE" in line]


class Dom(html.parser.HTMLParser):
    """Counts of what the checks need: elements by tag and by class, attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = {}
        self.classes = {}
        self.handlers = []  # on…= attributes
        self.text = []
        self.table = None  # class of the table being read
        self.body_rows = {}  # table class -> rows in its tbody
        self.in_tbody = False

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.handlers.append((tag, name))
            if name == "class" and value:
                for cls in value.split():
                    self.classes[cls] = self.classes.get(cls, 0) + 1
                if tag == "table":
                    self.table = value
        if tag == "tbody":
            self.in_tbody = True
        if tag == "tr" and self.in_tbody and self.table:
            self.body_rows[self.table] = self.body_rows.get(self.table, 0) + 1

    def handle_endtag(self, tag):
        if tag == "tbody":
            self.in_tbody = False
        if tag == "table":
            self.table = None

    def handle_data(self, data):
        self.text.append(data)


def dom_of(text):
    dom = Dom()
    dom.feed(text)
    dom.close()
    return dom


def tool(tool_path, *args):
    """Runs the jixiao tool; exit 0 and 1 are results, anything else fails the test."""
    run = subprocess.run([tool_path, *args], capture_output=True, timeout=120, check=False)
    if run.returncode not in (0, 1):
        sys.exit("jixiao %s exited %d: %s" % (" ".join(args), run.returncode, run.stderr.decode()))
    return run.stdout.decode("utf-8")


def pdf_pages(path):
    data = open(path, "rb").read()
    # /Type /Page objects, not the /Pages tree nodes.
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))


def render(browser, page_html, name, work):
    """PNG, PDF and the DOM of page_html; returns (dom, pdf page count, console lines)."""
    url = "file://" + os.path.abspath(page_html)
    png = os.path.join(work, name + ".png")
    pdf = os.path.join(work, name + ".pdf")
    _, err_png = chromium(browser, url, "--screenshot=" + png, "--window-size=1200,2000")
    _, err_pdf = chromium(browser, url, "--print-to-pdf=" + pdf, "--no-pdf-header-footer")
    dom_text, err_dom = chromium(browser, url, "--dump-dom")
    check(os.path.exists(png) and open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n", name + ": a PNG was written")
    check(os.path.exists(png) and os.path.getsize(png) > 20000, name + ": the PNG is not blank (> 20 kB)")
    check(os.path.exists(pdf) and open(pdf, "rb").read(5) == b"%PDF-", name + ": a PDF was written")
    console = console_lines(err_png) + console_lines(err_pdf) + console_lines(err_dom)
    check(not console, name + ": no console message (%s)" % console[:3])
    return dom_of(dom_text), (pdf_pages(pdf) if os.path.exists(pdf) else 0)


def expect_page(dom, name, form, report, card=None):
    """The DOM against the numbers the form and the tool's JSON results imply."""
    findings = len(report["findings"])
    indicators = len(form["indicators"])
    breakdowns = len(form.get("budget", {}).get("breakdowns", []))
    identities = breakdowns + (1 if form.get("key_tasks") else 0)
    bars = 0
    if card is not None:
        bars = sum(1 for r in card["rows"] if r["points"] is not None and float(r["weight"]) > 0)
    svgs = identities + bars + (1 if card is not None else 0)  # stacked bars, bars, the gauge
    check(dom.tags.get("script", 0) == 0, name + ": no <script> element")
    check(dom.classes.get("finding", 0) == findings,
          "%s: %d finding items = %d findings in `jixiao check --format json`" % (name, dom.classes.get("finding", 0), findings))
    check(dom.body_rows.get("indicator-table", 0) == indicators and dom.classes.get("indicator-row", 0) == indicators,
          "%s: %d indicator rows = %d indicators in the form" % (name, dom.body_rows.get("indicator-table", 0), indicators))
    check(dom.classes.get("identity", 0) == identities,
          "%s: %d budget identities = %d breakdowns + key tasks" % (name, dom.classes.get("identity", 0), identities))
    check(dom.classes.get("bar", 0) == bars,
          "%s: %d bars = %d scored rows in `jixiao score --format json`" % (name, dom.classes.get("bar", 0), bars))
    check(dom.tags.get("svg", 0) == svgs, "%s: %d svg = %d expected" % (name, dom.tags.get("svg", 0), svgs))
    if card is not None:
        rows = len(card["rows"]) + (1 if card["budget"] is not None else 0)
        check(dom.body_rows.get("score-table", 0) == rows,
              "%s: %d scorecard rows = %d rows + budget row" % (name, dom.body_rows.get("score-table", 0), rows))
        check(dom.classes.get("gauge", 0) == 1, name + ": one gauge")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    tool_path, source, work = sys.argv[1:]
    browser = find_chromium()
    if browser is None:
        print("FAIL chromium is not installed: run scripts/deps.sh (it installs chromium fonts-noto-cjk)")
        return 1
    os.makedirs(work, exist_ok=True)

    # The control: a console message is seen.
    control = os.path.join(work, "control.html")
    with open(control, "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><title>c</title><script>console.error('jixiao-control')</script>")
    _, err = chromium(browser, "file://" + control, "--dump-dom")
    check(any("jixiao-control" in line for line in console_lines(err)), "control: a console message is caught")

    seed = os.path.join(source, "examples/data/seed-suigang-2024-department.tsv")
    page = os.path.join(work, "report-seed.html")
    tool(tool_path, "report", seed, "--profile", "national", "-o", page)
    form = json.loads(tool(tool_path, "import", seed))
    report = json.loads(tool(tool_path, "check", seed, "--profile", "national", "--format", "json"))
    dom, pages = render(browser, page, "seed", work)
    expect_page(dom, "seed", form, report)
    check(2 <= pages <= 12, "seed: %d A4 pages in 2..12" % pages)
    check("预算恒等式" in "".join(dom.text), "seed: the page is in Chinese")

    selfeval = os.path.join(source, "examples/data/selfeval-shangwuju-2020.json")
    page = os.path.join(work, "report-selfeval.html")
    tool(tool_path, "report", selfeval, "--profile", "municipal-20", "-o", page, "--lang", "en")
    form = json.load(open(selfeval, encoding="utf-8"))
    report = json.loads(tool(tool_path, "check", selfeval, "--profile", "municipal-20", "--format", "json"))
    card = json.loads(tool(tool_path, "score", selfeval, "--profile", "municipal-20", "--format", "json"))
    dom, pages = render(browser, page, "selfeval", work)
    expect_page(dom, "selfeval", form, report, card)
    check(1 <= pages <= 8, "selfeval: %d A4 pages in 1..8" % pages)
    check("Budget identities" in "".join(dom.text), "selfeval: the page is in English with --lang en")

    hostile = os.path.join(source, "tests/data/report/hostile.form.json")
    page = os.path.join(work, "report-hostile.html")
    tool(tool_path, "report", hostile, "-o", page)
    with open(page, encoding="utf-8") as f:
        raw = f.read()
    dom_raw = dom_of(raw)
    check(dom_raw.tags.get("script", 0) == 0 and not dom_raw.handlers, "hostile: no script, no on…= in the file")
    check("\u202e" not in raw, "hostile: no raw U+202E in the file")
    dom, _ = render(browser, page, "hostile", work)
    check(dom.tags.get("script", 0) == 0, "hostile: no <script> element in the browser's DOM")
    check(not dom.handlers, "hostile: no on…= attribute in the browser's DOM (%s)" % dom.handlers[:3])
    check(dom.tags.get("style", 0) == 1, "hostile: one <style> element (the input's </style> is text)")
    check("<script>alert(1)</script>" in "".join(dom.text), "hostile: the script tag is shown as text")

    print("%d failure(s)" % len(FAILURES))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
