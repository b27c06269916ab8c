#!/usr/bin/python3
"""Lays out labelled corpus forms as workbooks in the official template's layout (run it
from the repository root with Debian's /usr/bin/python3, python3-xlsxwriter and
python3-odf):

    /usr/bin/python3 tests/tools/make_corpus_workbooks.py

Writes tests/data/workbooks/corpus/NNN.xlsx and NNN.ods (XlsxWriter, odfpy) and
tests/data/workbooks/corpus/SOURCES.tsv. The .xlsx files come out byte for byte the same on
every run; the .ods files hold the same members but odfpy stamps the zip with the time. The CONTENT of every cell is a cell of the form's
text, tests/data/forms/NNN_*.txt, in the text's order; nothing comes from the importer or
from the hand labels in tests/data/forms-expected. What the generator adds is the layout
the text lost when a sheet was flattened to it:

- each text line is one sheet row (sheet row = text line - the form's `#` lines), so the
  importer's rows and the labels' line numbers stay comparable (SOURCES.tsv: first_line);
- a row whose only cell is followed by empty cells (`title | ||||||`) is a title merged
  across the table;
- 一级/二级 cells merged over the rows they head: the text of a merged sheet keeps the
  label in the first row only, and the rows below it have fewer cells. LEADS gives, per
  row, how many leading cells it takes from the rows above (read off the text: the row
  has that many cells fewer than the complete row above it); those columns become one
  merged range with the cell above;
- numbers as numbers: `95%` stored as 0.95 with a percent format, `3.36` / `8,827,620.53`
  stored as numbers with `#,##0.00` (a budget amount written without a thousands separator
  in the text, 284500.00, therefore shows as 284,500.00), whole numbers of up to nine
  digits as numbers in General format; comparators, units and codes stay text.

Which forms: those whose text keeps both cell and row boundaries (FORMS). A text of
` | `-separated rows (010 014 022 026 040) maps line for line. Of the one-cell-per-line
texts (cells ending ` |`), only 034 closes every row of its indicator table with a line
of pipes only (`||||`), so its rows are known; its rows are placed at the line of their
first cell. The others are not made (NOT_MADE says why).
"""
import os
import re

import xlsxwriter
from odf.number import Number, NumberStyle, PercentageStyle, Text as NumberText
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import P

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FORMS_DIR = os.path.join(ROOT, "tests", "data", "forms")
OUT = os.path.join(ROOT, "tests", "data", "workbooks", "corpus")

# Forms laid out, and how: `pipe` rows are text lines split at `|`; `cell-lines` texts
# hold one cell per line and close a row with a line of pipes only.
FORMS = {
    "010": "pipe",
    "014": "pipe",
    "022": "pipe",
    "026": "pipe",
    "034": "cell-lines",
    "040": "pipe",
}

# Leading cells a row takes from the rows above (merged down), by text line.
LEADS = {
    # 绩效指标(90分) heads both indicator tables; 预算执行情况(10分) heads the budget rows.
    "010": {6: 1, 16: 1, 17: 1, 18: 1, 19: 1, 20: 1, 25: 1},
    # 产出指标 over 质量/时效, 效益指标 over 生态/可持续 (4 cells, then 3).
    "014": {18: 1, 19: 1, 21: 1, 22: 1},
    # 绩效指标 over every indicator row (7 cells under an 8-cell header), 预期产出指标 over
    # the 6-cell rows 19-21; 效果指标 over line 23, cut off after its name.
    "022": {18: 1, 19: 2, 20: 2, 21: 2, 22: 1, 23: 2},
    # 单位名称 over every project of the unit; 项目名称/预算数/年度目标 over the rows of
    # their project (12 cells, then 8).
    "026": {10: 4, 11: 4, 12: 4, 13: 4, 14: 4, 15: 4, 16: 4, 17: 1, 18: 4, 19: 4, 20: 4, 21: 4},
    # 绩(效指标) over the table (5-cell header, 4-cell first row), 产出指标/数量指标 over
    # the second 数量 row (2 cells), 产出指标 over 质量/时效/成本 (3 cells), then 效益指标.
    "034": {48: 1, 53: 3, 56: 2, 60: 2, 64: 2, 68: 1},
    # 成本指标 over 社会成本 and 生态环境成本 (8 cells, then 7 with the 定性 rows' shift).
    "040": {13: 1, 14: 1},
}

# Text lines that continue the row above (a header broken over lines, as the text's note
# says): their cells are appended to the row of the first line; the lines stay empty rows.
JOINS = {"022": [(12, 17)]}

# The forms also written as .ods (all of them: orcus reads .ods through another path).
ODS_TOO = ("010", "014", "022", "026", "034", "040")

NOT_MADE = [
    ("002 004 006 008 012 016 048 052 056", "flattened text: the cells of a row run together on one line without separators; laying them out would mean guessing the cell boundaries"),
    ("028 030 042", "prose, not a table"),
    ("024 036 044 046", "rows separated by spaces, which also occur inside cells (names and values with spaces); the cell boundaries are not in the text"),
    ("018 020 032 050 058", "one cell per line with no mark where a row ends (the runs of empty cells between rows vary), so the rows are not in the text"),
    ("054", "one cell per line; its indicator rows are not closed (the first row's last cell runs on into the second)"),
    ("038", "no indicator rows in the excerpt (no labelled rows)"),
]

PERCENT = re.compile(r"^-?\d+(\.(\d+))?%$")
AMOUNT = re.compile(r"^-?(\d{1,3}(,\d{3})+|\d+)\.(\d+)$")
WHOLE = re.compile(r"^-?(0|[1-9]\d{0,8})$")


def typed(text):
    """(kind, value, number format) for a cell text: ('text', text, None) or a number."""
    m = PERCENT.match(text)
    if m:
        places = len(m.group(2) or "")
        return ("percent", float(text[:-1]) / 100, "0%" if places == 0 else "0." + "0" * places + "%")
    m = AMOUNT.match(text)
    if m:
        return ("amount", float(text.replace(",", "")), "#,##0." + "0" * len(m.group(3)))
    if WHOLE.match(text):
        return ("whole", int(text), None)
    return ("text", text, None)


def split_pipes(line):
    """The cells of a ` | ` row; a leading `|` (markdown style) opens the row, it is no cell;
    the empty cells after the last text are padding."""
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    cells = [c.strip() for c in s.split("|")]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def read_form(nnn):
    """(file name, source URL, first_line, {line: cells}) of form `nnn`."""
    name = next(f for f in sorted(os.listdir(FORMS_DIR)) if f.startswith(nnn + "_"))
    with open(os.path.join(FORMS_DIR, name), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    source = ""
    first = 0
    while first < len(lines) and lines[first].startswith("#"):
        if lines[first].startswith("# source:"):
            source = lines[first][len("# source:"):].strip()
        first += 1
    rows = {}
    if FORMS[nnn] == "pipe":
        for k in range(first, len(lines)):
            rows[k + 1] = split_pipes(lines[k])
        for a, b in JOINS.get(nnn, []):
            for k in range(a + 1, b + 1):
                rows[a] += rows[k]
                rows[k] = []
    else:
        start, cells = None, []
        for k in range(first, len(lines)):
            s = lines[k].strip()
            if s and set(s) == {"|"} and len(s) >= 2:  # a row ends
                if start is not None:
                    rows[start] = cells
                start, cells = None, []
                continue
            if start is None:
                start = k + 1
            cells.append(s[:-1].strip() if s.endswith("|") else s)
        if start is not None:
            rows[start] = cells
    return name, source, first + 1, rows


def grid(nnn, rows, first_line):
    """The sheet: ({(r, c): text}, [(r1, c1, r2, c2) merged ranges], width), 0-based."""
    cells = {}
    owner = {}  # column -> row of the cell a lead merges with
    merges = {}
    leads = LEADS.get(nnn, {})
    last = max(rows) if rows else first_line
    width = max((len(c) + leads.get(line, 0) for line, c in rows.items()), default=1)
    titles = []
    for line in range(first_line, last + 1):
        r = line - first_line
        row = rows.get(line, [])
        lead = leads.get(line, 0)
        for c in range(lead):
            top = owner[c]
            merges[(top, c)] = r
        for k, text in enumerate(row):
            c = lead + k
            if text:
                cells[(r, c)] = text
            owner[c] = r
        raw_pipes = nnn in FORMS and FORMS[nnn] == "pipe"
        if raw_pipes and len(row) == 1 and lead == 0 and row[0] and title_line(nnn, line):
            titles.append(r)
    ranges = [(top, c, bottom, c) for (top, c), bottom in merges.items()]
    ranges += [(r, 0, r, width - 1) for r in titles if width > 1]
    return cells, ranges, width


def title_line(nnn, line):
    """True when text line `line` holds one cell followed by at least two empty ones."""
    name = next(f for f in sorted(os.listdir(FORMS_DIR)) if f.startswith(nnn + "_"))
    with open(os.path.join(FORMS_DIR, name), encoding="utf-8") as f:
        text = f.read().split("\n")[line - 1].strip()
    if text.startswith("|"):
        text = text[1:]
    parts = [c.strip() for c in text.split("|")]
    return len(parts) >= 3 and parts[0] and not any(parts[1:])


def write_xlsx(path, sheet_name, cells, ranges, width):
    book = xlsxwriter.Workbook(path)
    book.set_properties({"created": __import__("datetime").datetime(2024, 1, 1)})
    wrap = book.add_format({"text_wrap": True, "valign": "vcenter"})
    title = book.add_format({"bold": True, "align": "center", "font_size": 14})
    formats = {}

    def number_format(spec):
        if spec not in formats:
            formats[spec] = book.add_format({"num_format": spec, "valign": "vcenter"})
        return formats[spec]

    sheet = book.add_worksheet(sheet_name)
    sheet.set_column(0, width - 1, 18)

    def write(r, c, fmt=None):
        text = cells.get((r, c), "")
        kind, value, spec = typed(text)
        if kind in ("percent", "amount"):
            sheet.write_number(r, c, value, number_format(spec))
        elif kind == "whole":
            sheet.write_number(r, c, value, fmt or wrap)
        elif text:
            sheet.write_string(r, c, text, fmt or wrap)

    covered = set()
    for r1, c1, r2, c2 in ranges:
        text = cells.get((r1, c1), "")
        kind, value, spec = typed(text)
        fmt = title if r1 == r2 else (number_format(spec) if spec else wrap)
        sheet.merge_range(r1, c1, r2, c2, value if kind != "text" else text, fmt)
        covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
    for (r, c) in sorted(cells):
        if (r, c) not in covered:
            write(r, c)
    book.close()


def write_ods(path, sheet_name, cells, ranges, width, rows):
    doc = OpenDocumentSpreadsheet()
    styles = {}

    def cell_style(spec):
        if spec in styles:
            return styles[spec]
        n = len(styles)
        places = spec.split(".")[1].count("0") if "." in spec else 0
        if spec.endswith("%"):
            data = PercentageStyle(name="pct%d" % n)
            data.addElement(Number(decimalplaces=str(places), minintegerdigits="1"))
            data.addElement(NumberText(text="%"))
        else:
            data = NumberStyle(name="amt%d" % n)
            data.addElement(Number(decimalplaces=str(places), minintegerdigits="1", grouping="true"))
        doc.automaticstyles.addElement(data)
        style = Style(name="cell%d" % n, family="table-cell", datastylename="pct%d" % n if spec.endswith("%") else "amt%d" % n)
        doc.automaticstyles.addElement(style)
        styles[spec] = style
        return style

    spans = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in ranges}
    covered = {(r, c) for r1, c1, r2, c2 in ranges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - set(spans)
    table = Table(name=sheet_name)
    table.addElement(TableColumn(numbercolumnsrepeated=width))
    for r in range(rows):
        tr = TableRow()
        for c in range(width):
            if (r, c) in covered:
                tr.addElement(CoveredTableCell())
                continue
            extra = {}
            if (r, c) in spans:
                extra["numberrowsspanned"], extra["numbercolumnsspanned"] = spans[(r, c)]
            text = cells.get((r, c), "")
            kind, value, spec = typed(text)
            if kind == "percent":
                cell = TableCell(valuetype="percentage", value=repr(value), stylename=cell_style(spec), **extra)
            elif kind == "amount":
                cell = TableCell(valuetype="float", value=repr(value), stylename=cell_style(spec), **extra)
            elif kind == "whole":
                cell = TableCell(valuetype="float", value=str(value), **extra)
            elif text:
                cell = TableCell(valuetype="string", **extra)
            else:
                cell = TableCell(**extra)
            if text:
                cell.addElement(P(text=text))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    sources = ["# The corpus forms laid out as workbooks by tests/tools/make_corpus_workbooks.py.",
               "# first_line: the text line held by sheet row 1 (sheet row = text line - first_line + 1).",
               "workbook\tform\tfirst_line\tsource"]
    for nnn in sorted(FORMS):
        name, source, first_line, rows = read_form(nnn)
        cells, ranges, width = grid(nnn, rows, first_line)
        nrows = max(rows) - first_line + 1
        write_xlsx(os.path.join(OUT, nnn + ".xlsx"), "绩效目标表", cells, ranges, width)
        sources.append("%s.xlsx\t%s\t%d\t%s" % (nnn, name, first_line, source))
        if nnn in ODS_TOO:
            write_ods(os.path.join(OUT, nnn + ".ods"), "绩效目标表", cells, ranges, width, nrows)
            sources.append("%s.ods\t%s\t%d\t%s" % (nnn, name, first_line, source))
    for forms, why in NOT_MADE:
        sources.append("# not made: %s: %s" % (forms, why))
    with open(os.path.join(OUT, "SOURCES.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(sources) + "\n")


if __name__ == "__main__":
    main()
