#!/usr/bin/python3
"""Doxygen input filter for the guides (FILTER_PATTERNS in Doxyfile.in).

The Markdown in docs/ is written for any Markdown reader (GitHub, an editor). Doxygen 1.9
reads some constructs differently; this rewrites them, line by line (a code span that
wraps onto the next line first joins the two), so the site shows the same text and builds
without warnings:

- code spans: Doxygen also closes a span at an apostrophe, reads a backslash before the
  closing backtick as an escape, decodes `&#13;` inside a table and runs `@`/`\\` commands,
  so every span outside fenced blocks and headings becomes `<code>` with its text escaped for
  Doxygen; in a heading, where Doxygen shows a span as the text "<tt>…</tt>", a span
  becomes plain text;
- a heading anchor written as HTML (`### <a id="JX-B001"></a>JX-B001 …`, docs/rules.md):
  Doxygen resolves `[JX-B001](#JX-B001)` only to a label, so the anchor becomes one
  (`### JX-B001 … {#JX-B001}`);
- a link to another guide by a relative path (`[rules](../rules.md)` in docs/zh/): Doxygen
  resolves such a path from its working directory and not at all for a file name that is
  not ASCII, so it becomes a reference to the guide's page by its label
  (`@ref md_docs_rules "rules"`), or, with an anchor, by the anchor's label
  (`[JX-B001](rules.md#JX-B001)` becomes `@ref JX-B001 "JX-B001"`).
"""
import os
import re
import sys

CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
GUIDE_LINK = re.compile(r"\[([^\[\]]+)\]\(([^()\s:]+\.md)(#[^()\s]*)?\)")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HTML_ANCHOR_HEADING = re.compile(r'^(#+) <a id="([A-Za-z0-9_-]+)"></a>(.*)$')
FENCE = re.compile(r"^\s*(```|~~~)")
DOXYGEN_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\\": "\\\\", "@": "\\@", "|": "\\|", "#": "\\#"}


def code(match: "re.Match[str]") -> str:
    text = match.group(2)
    if len(match.group(1)) > 1 and text.startswith(" ") and text.endswith(" "):
        text = text[1:-1]  # ``␠`x`␠``: the spaces only separate the backticks
    escaped = "".join(DOXYGEN_ESCAPES.get(c, c) for c in text)
    escaped = re.sub(r"-{2,3}", lambda m: "\\" + m.group(0), escaped)  # not a dash: `--lang`
    return "<code>" + escaped.replace("::", "\\::") + "</code>"  # no autolink in code


def plain(text: str) -> str:
    return text.strip().replace("<", "&lt;").replace(">", "&gt;")


def page_label(path: str) -> str:
    """Doxygen's label of the page of a Markdown file: md_ + its path from the project root,
    every other ASCII character as '_' (non-ASCII characters stay)."""
    relative = os.path.splitext(os.path.relpath(path, ROOT))[0]
    return "md_" + "".join(c if c.isalnum() or not c.isascii() else "_" for c in relative)


def guide_link(match: "re.Match[str]", directory: str) -> str:
    path = os.path.normpath(os.path.join(directory, match.group(2)))
    if not os.path.isfile(path):
        return match.group(0)  # left for Doxygen to report
    # A reference by label also reaches a page whose file name is not ASCII (docs/zh/); a
    # heading's label ({#JX-B001}, see above) is global, so an anchor is referred to alone.
    label = match.group(3)[1:] if match.group(3) else page_label(path)
    return '@ref %s "%s"' % (label, match.group(1).replace('"', "'"))


def open_span(line: str) -> bool:
    """True when the line opens a code span that a following line closes."""
    return "`" in CODE_SPAN.sub("", line)


def joined_spans(lines: "list[str]") -> "list[str]":
    """The lines with a code span that runs over a line break joined into one line (a
    paragraph may wrap inside a span; the span rewriting below works line by line)."""
    out: "list[str]" = []
    in_fence = False
    for line in lines:
        if FENCE.match(line):
            in_fence = not in_fence
        elif (not in_fence and out and line.strip() and not FENCE.match(out[-1])
              and not out[-1].startswith("#") and open_span(out[-1])):
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
            continue
        out.append(line)
    return out


def filtered(lines: "list[str]", directory: str) -> "list[str]":
    out = []
    in_fence = False
    for line in joined_spans(lines):
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            heading = HTML_ANCHOR_HEADING.match(line)
            if heading:
                line = "%s %s {#%s}" % (heading.group(1), heading.group(3).rstrip(), heading.group(2))
            if not line.startswith("#"):
                line = CODE_SPAN.sub(code, line)
            else:  # Doxygen shows a span in a title as the text "<tt>…</tt>"
                line = CODE_SPAN.sub(lambda m: plain(m.group(2)), line)
            line = GUIDE_LINK.sub(lambda m: guide_link(m, directory), line)
        out.append(line)
    return out


def main() -> None:
    directory = os.path.dirname(os.path.abspath(sys.argv[1]))
    with open(sys.argv[1], encoding="utf-8") as text:
        sys.stdout.write("\n".join(filtered(text.read().split("\n"), directory)))


if __name__ == "__main__":
    main()
