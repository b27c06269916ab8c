#!/usr/bin/python3
"""Builds the workbook fixtures of tests/data/workbooks from table text (run it from the
repository root with Debian's /usr/bin/python3, python3-xlsxwriter and python3-odf):

    /usr/bin/python3 tests/tools/make_workbooks.py

The content is the seed form's published table (tests/data/seed-suigang-2024-department.tsv);
the layout is the official template's: a title row merged across the table, the budget
block above the indicator table, 一级 and 二级 categories merged over the rows they
head, percentages stored as numbers with a percent format and amounts as numbers with
a thousands format (`#,##0.00`). The workbooks are written by real writer libraries
(XlsxWriter for .xlsx, odfpy for .ods), not typed by hand. The bad-*.xlsx files are damaged copies of seed.xlsx.
"""
import io
import os
import re
import zipfile

import xlsxwriter
from odf.opendocument import OpenDocumentSpreadsheet
from odf.number import Number, NumberStyle, PercentageStyle, Text as NumberText
from odf.style import Style, TableCellProperties, TableColumnProperties, TableRowProperties
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import P

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "data", "workbooks")
SEED = os.path.join(ROOT, "tests", "data", "seed-suigang-2024-department.tsv")

AMOUNT = re.compile(r"^-?\d{1,3}(,\d{3})*\.\d+$|^-?\d+\.\d+$")
PERCENT = re.compile(r"^\d+(\.\d+)?%$")


def read_rows(path):
    """The table's rows as lists of cells (blank lines kept; a `## title` line as its title)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    rows = []
    for line in lines:
        line = line.rstrip("\r")
        if line.startswith("## "):
            rows.append([("title", line[3:].strip())])
            continue
        rows.append([("text", c) for c in line.split("\t")])
    return rows


def typed(cell):
    """('amount', value, '1,992.29'), ('percent', value, '95%') or ('text', text)."""
    kind, text = cell
    if kind != "text":
        return cell
    if AMOUNT.match(text):
        return ("amount", float(text.replace(",", "")), text)
    if PERCENT.match(text):
        return ("percent", float(text[:-1]) / 100, text)
    return cell


def merges(rows):
    """The (first_row, last_row, column) ranges to merge in the indicator table (from the
    row whose first cell is 绩效指标): that label down column A, and each 一级 (column B)
    and 二级 (column C) cell over the rows below it whose cells from column B up to its
    own are empty while a cell right of it holds text."""
    out = []
    start = next((i for i, r in enumerate(rows) if r and r[0][1] == "绩效指标"), None)
    if start is None:
        return out

    def text(r, c):
        return rows[r][c][1] if c < len(rows[r]) and rows[r][0][0] == "text" else ""

    def continues(j, col):
        return all(not text(j, c) for c in range(max(col, 1) if col else 0, col + 1)) and \
            all(not text(j, c) for c in range(1, col + 1)) and \
            any(text(j, c) for c in range(col + 1, len(rows[j])))

    for col in (0, 1, 2):
        i = start if col == 0 else start + 1
        while i < len(rows):
            if text(i, col):
                j = i + 1
                while j < len(rows) and continues(j, col):
                    j += 1
                if j - 1 > i:
                    out.append((i, j - 1, col))
                i = j
            else:
                i += 1
    return out


def width(rows):
    return max(len(r) for r in rows)


def write_xlsx(path, sheets, hidden_rows=()):
    """`sheets`: [(name, rows)]. Rows in `hidden_rows` (0-based) of the first sheet are hidden."""
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    book.set_properties({"created": __import__("datetime").datetime(2024, 1, 1)})
    title = book.add_format({"bold": True, "align": "center", "font_size": 14})
    wrap = book.add_format({"text_wrap": True, "valign": "vcenter"})
    amount = book.add_format({"num_format": "#,##0.00"})
    percent = book.add_format({"num_format": "0%"})
    for number, (name, rows) in enumerate(sheets):
        sheet = book.add_worksheet(name)
        sheet.set_column(0, width(rows) - 1, 18)
        merged = merges(rows)
        covered = {(r, c) for (a, b, c) in merged for r in range(a + 1, b + 1)}
        for r, row in enumerate(rows):
            if row and row[0][0] == "title":
                sheet.merge_range(r, 0, r, width(rows) - 1, row[0][1], title)
                continue
            for c, cell in enumerate(row):
                if (r, c) in covered:
                    continue
                t = typed(cell)
                if t[0] == "amount":
                    sheet.write_number(r, c, t[1], amount)
                elif t[0] == "percent":
                    sheet.write_number(r, c, t[1], percent)
                elif t[1]:
                    sheet.write_string(r, c, t[1], wrap)
        for a, b, c in merged:
            sheet.merge_range(a, c, b, c, rows[a][c][1], wrap)
        if number == 0:
            for r in hidden_rows:
                sheet.set_row(r, None, None, {"hidden": True})
    book.close()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def write_ods(path, name, rows):
    doc = OpenDocumentSpreadsheet()
    pct = PercentageStyle(name="pct")
    pct.addElement(Number(decimalplaces="0", minintegerdigits="1"))
    pct.addElement(NumberText(text="%"))
    doc.automaticstyles.addElement(pct)
    amt = NumberStyle(name="amt")
    amt.addElement(Number(decimalplaces="2", minintegerdigits="1", grouping="true"))
    doc.automaticstyles.addElement(amt)
    pct_cell = Style(name="pctcell", family="table-cell", datastylename="pct")
    amt_cell = Style(name="amtcell", family="table-cell", datastylename="amt")
    doc.automaticstyles.addElement(pct_cell)
    doc.automaticstyles.addElement(amt_cell)
    table = Table(name=name)
    cols = width(rows)
    table.addElement(TableColumn(numbercolumnsrepeated=cols))
    merged = merges(rows)
    spans = {(a, c): b - a + 1 for (a, b, c) in merged}
    covered = {(r, c) for (a, b, c) in merged for r in range(a + 1, b + 1)}
    for r, row in enumerate(rows):
        tr = TableRow()
        if row and row[0][0] == "title":
            cell = TableCell(valuetype="string", numbercolumnsspanned=cols)
            cell.addElement(P(text=row[0][1]))
            tr.addElement(cell)
            for _ in range(cols - 1):
                tr.addElement(CoveredTableCell())
            table.addElement(tr)
            continue
        for c in range(cols):
            if (r, c) in covered:
                tr.addElement(CoveredTableCell())
                continue
            t = typed(row[c]) if c < len(row) else ("text", "")
            extra = {}
            if (r, c) in spans:
                extra["numberrowsspanned"] = spans[(r, c)]
            if t[0] == "amount":
                cell = TableCell(valuetype="float", value=repr(t[1]), stylename=amt_cell, **extra)
                cell.addElement(P(text=t[2]))
            elif t[0] == "percent":
                cell = TableCell(valuetype="percentage", value=repr(t[1]), stylename=pct_cell, **extra)
                cell.addElement(P(text=t[2]))
            elif t[1]:
                cell = TableCell(valuetype="string", **extra)
                cell.addElement(P(text=t[1]))
            else:
                cell = TableCell(**extra)
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    seed = read_rows(SEED)
    write_xlsx(os.path.join(OUT, "seed.xlsx"), [("申报表", seed)])
    write_ods(os.path.join(OUT, "seed.ods"), "申报表", seed)
    # Two forms in one workbook (the seed twice, the second sheet as a copy), a note sheet.
    notes = [[("text", "填表说明")], [("text", "金额单位为万元。")]]
    write_xlsx(os.path.join(OUT, "two-forms.xlsx"), [("说明", notes), ("申报表", seed), ("申报表（副本）", seed)])
    # Hidden rows: the first two indicator rows of the seed.
    first = next(i for i, r in enumerate(seed) if r and r[0][1] == "绩效指标")
    write_xlsx(os.path.join(OUT, "hidden-rows.xlsx"), [("申报表", seed)], hidden_rows=(first + 1, first + 2))
    # A workbook with nothing in it.
    write_xlsx(os.path.join(OUT, "empty.xlsx"), [("Sheet1", [[("text", "")]])])
    # Past the reader's fixed limits: a sheet 2,000 columns wide, a workbook of 70 sheets.
    book = xlsxwriter.Workbook(os.path.join(OUT, "bad-wide.xlsx"))
    sheet = book.add_worksheet("宽表")
    sheet.write_string(0, 0, "绩效指标")
    sheet.write_string(0, 1999, "最后一列")
    book.close()
    book = xlsxwriter.Workbook(os.path.join(OUT, "bad-many-sheets.xlsx"))
    for k in range(70):
        book.add_worksheet("表%d" % (k + 1)).write_string(0, 0, "x")
    book.close()
    # Bad workbooks, from the seed's bytes: truncated, malformed XML inside.
    with open(os.path.join(OUT, "seed.xlsx"), "rb") as f:
        good = f.read()
    with open(os.path.join(OUT, "bad-truncated.xlsx"), "wb") as f:
        f.write(good[: len(good) // 2])
    src = zipfile.ZipFile(io.BytesIO(good))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2] + b"<c r=\"A1\"><<v>1</v></row>"
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    with open(os.path.join(OUT, "bad-malformed.xlsx"), "wb") as f:
        f.write(buf.getvalue())
    with open(os.path.join(OUT, "bad-not-a-zip.xlsx"), "wb") as f:
        f.write("部门名称\t某单位\n".encode("utf-8"))
    # A zip bomb: the seed with a 64 MiB member of zeros (a few dozen KiB packed).
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
        zi = zipfile.ZipInfo("xl/media/zeros.bin", date_time=(2024, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        dst.writestr(zi, bytes(64 << 20), compresslevel=9)
    with open(os.path.join(OUT, "bad-zip-bomb.xlsx"), "wb") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    main()
