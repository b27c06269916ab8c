#!/usr/bin/python3
"""The documentation site's coverage and links (ctest docs.site_links, issue 19).

Usage: check_site.py HTML_DIR DOCS_DIR

Fails (exit 1, one line per problem) unless
- every guide in DOCS_DIR and DOCS_DIR/zh (every *.md but mainpage.md) has its page in
  HTML_DIR, named as Doxygen names a Markdown page (md_ + its path, escaped);
- every internal link of every HTML page (href or src to a local file, with its #anchor)
  stays inside the site and resolves to a file that exists and, for an anchor, holds that
  id or name;
- the main page (index.html) links every guide's page;
- no guide page shows a link Doxygen could not resolve as text (`…/x.md "text"`);
- guide_search.html (written by guide_search.py) exists, indexes every guide page, and
  every section it links to exists.
Standard library only.
"""
import html.parser
import json
import os
import sys
import re
import urllib.parse

# A Markdown link to a guide that Doxygen did not resolve shows as `path.md "text"`.
UNRESOLVED = re.compile(r"\S+\.md \"[^\"]*\"")


class Links(html.parser.HTMLParser):
    """The targets a page links to and the anchors it defines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.targets: "list[str]" = []
        self.anchors: "set[str]" = set()
        self.text: "list[str]" = []

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_starttag(self, tag: str, attrs: "list[tuple[str, str | None]]") -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("id", "name"):
                self.anchors.add(value)
            elif name == "href" or (name == "src" and tag in ("img", "script", "iframe")):
                self.targets.append(value)


def page_name(relative: str) -> str:
    """Doxygen's file name for the page of docs/<relative>: md_docs_ + the path, with every
    other ASCII character as '_' and every byte of a non-ASCII character as _xHH."""
    stem = "docs/" + relative[: -len(".md")]
    out = []
    for c in stem:
        if c.isascii():
            out.append(c if c.isalnum() else "_")
        else:
            out.append("".join("_x%02X" % b for b in c.encode("utf-8")))
    return "md_" + "".join(out) + ".html"


def guides(docs: str) -> "list[str]":
    found = []
    for sub in ("", "zh"):
        folder = os.path.join(docs, sub)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".md") and name != "mainpage.md":
                found.append(os.path.join(sub, name) if sub else name)
    return found


def parse(path: str, cache: "dict[str, Links]") -> Links:
    if path not in cache:
        links = Links()
        with open(path, encoding="utf-8", errors="replace") as page:
            links.feed(page.read())
        cache[path] = links
    return cache[path]


def check_search(html_dir: str, pages: "dict[str, str]", cache: "dict[str, Links]") -> "list[str]":
    path = os.path.join(html_dir, "guide_search.html")
    if not os.path.isfile(path):
        return ["no guide_search.html in the site (guide_search.py writes it)"]
    with open(path, encoding="utf-8") as page:
        found = re.search(r"var GUIDES = (\[.*?\]);\n", page.read(), re.S)
    if not found:
        return ["guide_search.html holds no index"]
    entries = json.loads(found.group(1).replace("<\\/", "</"))
    problems = []
    indexed = {e["url"].split("#")[0] for e in entries}
    for guide, name in pages.items():
        if name not in indexed:
            problems.append("guide_search.html does not index docs/%s" % guide)
    for e in entries:
        name, _, anchor = e["url"].partition("#")
        target = os.path.join(html_dir, name)
        if not os.path.isfile(target) or (anchor and anchor not in parse(target, cache).anchors):
            problems.append("guide_search.html: link %s does not resolve" % e["url"])
    return problems


def check(html_dir: str, docs: str) -> "list[str]":
    problems = []
    cache: "dict[str, Links]" = {}
    pages = {g: page_name(g) for g in guides(docs)}
    for guide, page in pages.items():
        if not os.path.isfile(os.path.join(html_dir, page)):
            problems.append("docs/%s has no page in the site (expected %s)" % (guide, page))

    index = os.path.join(html_dir, "index.html")
    linked = {urllib.parse.unquote(urllib.parse.urlsplit(t).path) for t in parse(index, cache).targets}
    for guide, page in pages.items():
        if page not in linked:
            problems.append("the main page does not link docs/%s (%s)" % (guide, page))

    for guide, page in pages.items():
        path = os.path.join(html_dir, page)
        if os.path.isfile(path):
            for left in UNRESOLVED.findall("".join(parse(path, cache).text)):
                problems.append("%s (docs/%s): a link left as text: %s" % (page, guide, left))

    checked = 0
    for name in sorted(os.listdir(html_dir)):
        if not name.endswith(".html"):
            continue
        source = os.path.join(html_dir, name)
        for target in parse(source, cache).targets:
            parts = urllib.parse.urlsplit(target)
            if parts.scheme or parts.netloc:
                continue  # external, or javascript:
            path = urllib.parse.unquote(parts.path)
            resolved = os.path.normpath(os.path.join(html_dir, path)) if path else source
            checked += 1
            if os.path.isabs(path) or os.path.relpath(resolved, html_dir).startswith(".."):
                problems.append("%s: link %s: outside the site" % (name, target))
            elif not os.path.isfile(resolved):
                problems.append("%s: link %s: no file %s" % (name, target, os.path.relpath(resolved, html_dir)))
            elif parts.fragment and resolved.endswith(".html"):
                if urllib.parse.unquote(parts.fragment) not in parse(resolved, cache).anchors:
                    problems.append("%s: link %s: no anchor #%s in %s" % (name, target, parts.fragment, path or name))
    problems += check_search(html_dir, pages, cache)
    print("checked %d guides, %d internal links in %d pages" % (len(pages), checked, len(cache)))
    return problems


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    html_dir, docs = sys.argv[1], sys.argv[2]
    if not os.path.isfile(os.path.join(html_dir, "index.html")):
        print("no site in %s: build the docs target first" % html_dir, file=sys.stderr)
        return 1
    problems = check(html_dir, docs)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
