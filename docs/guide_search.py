#!/usr/bin/python3
"""Writes guide_search.html into the built site (run by the docs target after Doxygen).

Doxygen's own search box finds symbols and page titles only; this page finds any text of
the guides, in English or Chinese, with no server: the text of every guide page, one entry
per section, is embedded in the page, and a substring search runs in the browser.

Usage: guide_search.py HTML_DIR
"""
import html
import html.parser
import json
import os
import sys


class Sections(html.parser.HTMLParser):
    """The sections of one Doxygen page: (anchor, heading, text) from its contents."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: "list[list[str]]" = []
        self.title = ""
        self.depth = 0  # inside <div class="contents"> when > 0
        self.heading: "str | None" = None
        self.skip = 0  # inside <script>/<style>
        self.tooltip = 0  # div depth inside a code tooltip (<div class="ttc">), not page text

    def handle_starttag(self, tag: str, attrs: "list[tuple[str, str | None]]") -> None:
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "div":
            if self.depth or a.get("class") == "contents":
                self.depth += 1
            if self.tooltip or a.get("class") == "ttc":
                self.tooltip += 1
        if self.depth and tag in ("h1", "h2", "h3"):
            self.heading = ""
            self.sections.append([a.get("id") or "", "", ""])
        if self.depth and tag == "a" and a.get("id") and self.heading is not None and self.sections:
            self.sections[-1][0] = self.sections[-1][0] or a["id"] or ""

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip -= 1
        if tag == "div" and self.depth:
            self.depth -= 1
        if tag == "div" and self.tooltip:
            self.tooltip -= 1
        if tag in ("h1", "h2", "h3") and self.heading is not None:
            self.sections[-1][1] = " ".join(self.heading.split())
            self.heading = None

    def handle_data(self, data: str) -> None:
        if self.skip or self.tooltip:
            return
        if not self.depth:
            return
        if self.heading is not None:
            self.heading += data
        elif self.sections:
            self.sections[-1][2] += data
        else:
            self.sections.append(["", "", data])


def page_title(path: str) -> str:
    with open(path, encoding="utf-8") as page:
        text = page.read()
    start = text.find('<div class="title">')
    end = text.find("</div>", start)
    if start < 0:
        return os.path.basename(path)
    return html.unescape(" ".join(text[start + len('<div class="title">'):end].split()))


def index(html_dir: str) -> "list[dict[str, str]]":
    entries = []
    for name in sorted(os.listdir(html_dir)):
        if not (name.startswith("md_") and name.endswith(".html")) and name != "index.html":
            continue
        path = os.path.join(html_dir, name)
        parser = Sections()
        with open(path, encoding="utf-8") as page:
            parser.feed(page.read())
        title = page_title(path)
        for anchor, heading, text in parser.sections:
            text = " ".join(text.split())
            if text or heading:
                entries.append({"url": name + ("#" + anchor if anchor else ""), "page": title,
                                "section": heading, "text": text})
    return entries


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>jixiao: search the guides</title>
<link href="doxygen.css" rel="stylesheet" type="text/css"/>
<style>body{margin:1.5em;font-family:sans-serif} #q{width:30em;font-size:1.1em;padding:.3em}
li{margin:.6em 0} .where{color:#555;font-size:.9em} mark{background:#fde68a}</style></head>
<body><p><a href="index.html">jixiao</a> › search the guides (English and 中文)</p>
<h1>Search the guides 搜索文档</h1>
<p><input id="q" type="search" placeholder="e.g. 895.93, 指标值, exit code, --profile" autofocus>
<span id="count"></span></p><ol id="hits"></ol>
<script>
var GUIDES = %s;
function esc(s){return s.replace(/[&<>"]/g,function(c){return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c];});}
function run(){
  var q = document.getElementById('q').value.trim().toLowerCase(), out = [];
  if (q) GUIDES.forEach(function(e){
    var hay = (e.section + ' ' + e.text), i = hay.toLowerCase().indexOf(q);
    if (i < 0) return;
    var from = Math.max(0, i - 60), snip = hay.substr(from, q.length + 160);
    var j = i - from;
    out.push('<li><a href="' + e.url + '">' + esc(e.page) + (e.section ? ' › ' + esc(e.section) : '') +
             '</a><div class="where">' + esc(snip.substr(0, j)) + '<mark>' + esc(snip.substr(j, q.length)) +
             '</mark>' + esc(snip.substr(j + q.length)) + '</div></li>');
  });
  document.getElementById('hits').innerHTML = out.join('');
  document.getElementById('count').textContent = q ? out.length + ' sections' : '';
  if (history.replaceState) history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : '?');
}
document.getElementById('q').addEventListener('input', run);
var m = /[?&]q=([^&]*)/.exec(location.search);
if (m) { document.getElementById('q').value = decodeURIComponent(m[1]); run(); }
</script></body></html>
"""


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    entries = index(sys.argv[1])
    data = json.dumps(entries, ensure_ascii=False).replace("</", "<\\/")
    with open(os.path.join(sys.argv[1], "guide_search.html"), "w", encoding="utf-8") as out:
        out.write(PAGE % data)
    print("guide_search.html: %d sections" % len(entries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
