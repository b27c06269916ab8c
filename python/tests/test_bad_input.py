"""Bad input through the binding: a clear exception with the status and the library's
message, never a crash of the interpreter (issue 12, Acceptance)."""
import unittest

import support
import jixiao
from jixiao import errors


class BadInput(unittest.TestCase):
    def test_invalid_utf8(self):
        with self.assertRaises(jixiao.InvalidArgumentError) as caught:
            jixiao.load_form(b'{"schema": "jixiao.form/1", "unit_name": "\xff\xfe"}', format="json")
        self.assertEqual(caught.exception.status, errors.INVALID_ARGUMENT)
        self.assertIn("UTF-8", caught.exception.message)
        with self.assertRaises(jixiao.InvalidArgumentError):
            jixiao.parse_target(b"\xe2\x89")  # a cut-off "≥"
        with self.assertRaises(jixiao.InvalidArgumentError):
            jixiao.parse_target("\ud800")  # a lone surrogate cannot be UTF-8

    def test_empty(self):
        for call in (lambda: jixiao.load_form(""), lambda: jixiao.load_form(b""),
                     lambda: jixiao.parse_target(""), lambda: jixiao.Profile.load(b"")):
            with self.assertRaises(jixiao.InvalidArgumentError) as caught:
                call()
            self.assertIn("empty", str(caught.exception))

    def test_50_mb_text(self):
        big = "{" + " " * (50 * 1024 * 1024) + "}"
        with self.assertRaises(jixiao.LimitError) as caught:
            jixiao.load_form(big, format="json")
        self.assertEqual(caught.exception.status, errors.LIMIT)
        self.assertTrue(caught.exception.message)
        with self.assertRaises(jixiao.LimitError):
            jixiao.parse_target("9" * (50 * 1024 * 1024))

    def test_wrong_types(self):
        with jixiao.load_form(support.SEED) as form:
            for call in (lambda: jixiao.load_form(42), lambda: jixiao.score("form"),
                         lambda: jixiao.monitor(form, support.PROGRESS, month="6"),
                         lambda: form.check(profile=3), lambda: jixiao.parse_target(None),
                         lambda: jixiao.RuleSet().add_check(lambda f, p: []),
                         lambda: jixiao.score(form, {"budget": object()})):
                with self.assertRaises(TypeError) as caught:
                    call()
                self.assertIsInstance(caught.exception, jixiao.JixiaoError)

    def test_unknown_names(self):
        with jixiao.load_form(support.SEED) as form:
            with self.assertRaises(jixiao.InvalidArgumentError) as caught:
                form.check(profile="no-such-profile")
            self.assertIn("no-such-profile", caught.exception.message)
            with self.assertRaises(jixiao.InvalidArgumentError):
                form.save("yaml")
            with self.assertRaises(jixiao.InvalidArgumentError):
                jixiao.monitor(form, support.PROGRESS, month=13)
            with self.assertRaises(jixiao.InvalidArgumentError):
                jixiao.monitor(form, support.PROGRESS, month=2**40)

    def test_parse_errors_carry_findings(self):
        with self.assertRaises(jixiao.ParseError) as caught:
            jixiao.load_form('{"schema": "jixiao.form/1",', format="json")
        self.assertTrue(caught.exception.findings)
        self.assertEqual(caught.exception.findings[0].severity, "error")
        with jixiao.load_form(support.SEED) as form:
            with self.assertRaises(jixiao.ParseError) as caught:
                jixiao.score(form, '{"foo": 1}')
            self.assertTrue(caught.exception.findings)
        with self.assertRaises(jixiao.ParseError) as caught:
            jixiao.RuleSet(rules={"rules": {"JX-NOPE": {"enabled": "false"}}})
        self.assertIn("JX-NOPE", str(caught.exception.findings[0]))

    def test_missing_file(self):
        with self.assertRaises(FileNotFoundError):
            jixiao.load_form("/no/such/form.json")

    def test_closed_handle(self):
        form = jixiao.load_form(support.SEED)
        form.close()
        form.close()  # twice is fine
        with self.assertRaises(jixiao.InvalidArgumentError) as caught:
            form.check()
        self.assertIn("closed", str(caught.exception))

    def test_library_not_found_is_clear(self):
        import subprocess
        import sys
        code = ("import sys; sys.path.insert(0, %r); import jixiao\n"
                "try:\n    jixiao.version()\nexcept jixiao.LibraryNotFoundError as e:\n    print('clear:', e)\n")
        done = subprocess.run([sys.executable, "-c", code % str(support.PYTHON_DIR)], stdout=subprocess.PIPE,
                              env={"JIXIAO_LIBRARY": "/no/such/libjixiao.so.0"}, check=True)
        self.assertIn(b"clear: cannot load libjixiao.so", done.stdout)


if __name__ == "__main__":
    unittest.main()
