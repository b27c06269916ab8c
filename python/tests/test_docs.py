"""docs/python.md stays true to the code: it quotes python/examples/check_form.py as it
is (the example CI runs), and it names every public name of the package."""
import re
import unittest

import support
import jixiao

EXAMPLE = "python/examples/check_form.py"


class Docs(unittest.TestCase):
    def setUp(self):
        self.page = (support.SOURCE_DIR / "docs" / "python.md").read_text(encoding="utf-8")

    def test_page_quotes_the_example(self):
        marker = f"<!-- example: {EXAMPLE} -->\n```python\n"
        self.assertIn(marker, self.page, f"docs/python.md has no {marker!r}")
        quoted = self.page.split(marker, 1)[1].split("```", 1)[0]
        self.assertEqual(quoted, (support.SOURCE_DIR / EXAMPLE).read_text(encoding="utf-8"),
                         "docs/python.md quotes the example differently: copy the file into the page")

    def test_page_names_every_public_name(self):
        missing = [name for name in jixiao.__all__ if not re.search(r"\b%s\b" % re.escape(name), self.page)]
        self.assertEqual(missing, [])


if __name__ == "__main__":
    unittest.main()
