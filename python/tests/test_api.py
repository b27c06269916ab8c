"""The binding against the tool: the same calls give the same JSON (issue 12, Python)."""
import json
import threading
import unittest
from decimal import Decimal

import support  # noqa: F401  (sets sys.path)
import jixiao


class SameAsTool(unittest.TestCase):
    """The seed form checked, scored and monitored through Python equals the tool's JSON."""

    @classmethod
    def setUpClass(cls):
        cls.form = jixiao.load_form(support.SEED)

    @classmethod
    def tearDownClass(cls):
        cls.form.close()

    def assert_same(self, text: str, tool: str):
        self.assertEqual(text.rstrip("\n"), tool.rstrip("\n"))  # byte for byte
        self.assertEqual(json.loads(text), json.loads(tool))    # and after parsing

    def test_check_equals_tool(self):
        report = self.form.check(profile="national")
        tool = support.tool_json("check", str(support.SEED))
        self.assert_same(report.json, tool)
        parsed = json.loads(tool)
        self.assertEqual([f.to_json() for f in report.findings], parsed["findings"])
        self.assertEqual(report.counts, parsed["counts"])
        self.assertEqual(report.score, Decimal(parsed["score"]))
        self.assertEqual(report.review_grade_zh, parsed["review_grade_zh"])
        self.assertIsInstance(report.score, Decimal)

    def test_check_other_profile_equals_tool(self):
        report = self.form.check(profile="municipal-20")
        self.assert_same(report.json, support.tool_json("check", str(support.SEED), "--profile", "municipal-20"))

    def test_score_equals_tool(self):
        card = jixiao.score(self.form, support.ACTUALS, profile="national")
        tool = support.tool_json("score", str(support.SEED), str(support.ACTUALS))
        self.assert_same(card.json, tool)
        self.assertEqual(card.total, Decimal(json.loads(tool)["total"]))
        self.assertIsInstance(card.total, Decimal)
        self.assertEqual(floats_in(card.data), [])

    def test_score_with_actuals_as_dict(self):
        actuals = json.loads(support.ACTUALS.read_text(encoding="utf-8"), parse_float=Decimal)
        self.assertEqual(jixiao.score(self.form, actuals).json, jixiao.score(self.form, support.ACTUALS).json)

    def test_monitor_equals_tool(self):
        result = jixiao.monitor(self.form, support.PROGRESS, month=6)
        tool = support.tool_json("monitor", str(support.SEED), str(support.PROGRESS), "--month", "6")
        self.assert_same(result.json, tool)

    def test_no_float_anywhere(self):
        report = self.form.check()
        self.assertEqual(floats_in(report.data), [])
        self.assertEqual(floats_in(self.form.to_dict()), [])


def floats_in(value):
    return support.floats_in(value)


class CustomCheck(unittest.TestCase):
    """A check written in Python: its findings come out beside the built-in ones."""

    def test_decorated_check_finding_in_report(self):
        @jixiao.check(id="PY-UNIT", severity="error", title_zh="单位名称", parameters={"prefix": "广州"})
        def unit_prefix(form, parameters):
            self.assertIsInstance(form, dict)
            if form["unit_name"].startswith(parameters["prefix"]):
                yield jixiao.CheckFinding(path="/unit_name", message_zh="单位{unit}以{prefix}开头",
                                          message_en="unit {unit} starts with {prefix}",
                                          arguments={"unit": form["unit_name"], "prefix": parameters["prefix"]})

        with jixiao.load_form(support.SEED) as form:
            report = form.check(checks=[unit_prefix])
        mine = [f for f in report.findings if f.id == "PY-UNIT"]
        self.assertEqual(len(mine), 1)
        self.assertEqual(mine[0].severity, "error")
        self.assertEqual(mine[0].path, "/unit_name")
        self.assertTrue(mine[0].message_zh.startswith("单位广州开发区"), mine[0].message_zh)
        self.assertEqual(report.counts["error"], 1)
        self.assertFalse(report.ok)
        # the built-in findings are all still there
        with jixiao.load_form(support.SEED) as form:
            plain = form.check()
        self.assertEqual([f for f in report.findings if f.id != "PY-UNIT"], list(plain.findings))

    def test_ruleset_method_and_configured_parameter(self):
        rules = jixiao.RuleSet("national")

        @rules.check(id="PY-COUNT", parameters={"minimum": "100"})
        def few_indicators(form, parameters):
            n = len(form["indicators"])
            if n < int(parameters["minimum"]):
                return [{"path": "/indicators", "message_en": f"{n} indicators, fewer than {parameters['minimum']}"}]
            return []

        with jixiao.load_form(support.SEED) as form:
            first = [f for f in rules.run(form).findings if f.id == "PY-COUNT"]
            self.assertEqual(len(first), 1)
            self.assertEqual(first[0].severity, "warning")
            rules.configure({"rules": {"PY-COUNT": {"parameters": {"minimum": "3"}}}})
            self.assertEqual([f for f in rules.run(form).findings if f.id == "PY-COUNT"], [])
        rules.close()

    def test_exception_in_check_is_a_finding(self):
        @jixiao.check(id="PY-BOOM")
        def boom(form, parameters):
            raise KeyError("no such field")

        with jixiao.load_form(support.SEED) as form:
            report = form.check(checks=[boom])
        mine = [f for f in report.findings if f.id == "PY-BOOM"]
        self.assertEqual(len(mine), 1)
        self.assertEqual(mine[0].severity, "error")
        self.assertIn("could not finish", mine[0].message_en)
        self.assertTrue(mine[0].message_en.endswith("the check returned 1: KeyError: 'no such field'"),
                        mine[0].message_en)
        self.assertIsInstance(boom.last_error(), KeyError)

    def test_exception_message_is_valid_text_in_the_finding(self):
        @jixiao.check(id="PY-ODD")
        def odd(form, parameters):
            raise ValueError("单位 \udcff\x01 " + "x" * 5000)  # a lone surrogate, a control, too long

        with jixiao.load_form(support.SEED) as form:
            report = form.check(checks=[odd])
        mine = [f for f in report.findings if f.id == "PY-ODD"]
        self.assertEqual(len(mine), 1)
        message = mine[0].message_en
        self.assertIn("the check returned 1: ValueError: 单位 ", message)
        self.assertNotIn("\x01", message)
        self.assertNotIn("\udcff", message)
        self.assertTrue(message.endswith("x…"), message[-20:])
        self.assertLess(len(message.encode("utf-8")), 4096 + 100)

    def test_bad_findings_from_check(self):
        @jixiao.check(id="PY-BAD")
        def bad(form, parameters):
            return [{"path": "/x"}]  # no message

        @jixiao.check(id="PY-PATH")
        def bad_path(form, parameters):
            return [jixiao.CheckFinding(path="unit_name", message_en="not a JSON Pointer")]

        with jixiao.load_form(support.SEED) as form:
            report = form.check(checks=[bad, bad_path])
        for rule in ("PY-BAD", "PY-PATH"):
            mine = [f for f in report.findings if f.id == rule]
            self.assertEqual([f.severity for f in mine], ["error"], rule)
            self.assertIn("could not finish", mine[0].message_en)

    def test_builtin_id_refused(self):
        @jixiao.check(id="JX-C003")
        def clash(form, parameters):
            return []

        with self.assertRaises(jixiao.InvalidArgumentError) as caught:
            jixiao.RuleSet().add_check(clash)
        self.assertEqual(caught.exception.status, 1)
        self.assertIn("JX-C003", caught.exception.message)


class Catalogue(unittest.TestCase):
    def test_rules_and_profiles(self):
        ids = [r.id for r in jixiao.rules()]
        self.assertIn("JX-Q010", ids)
        self.assertEqual(len(ids), len(set(ids)))
        self.assertIn("national", jixiao.profiles())
        self.assertEqual(jixiao.version(), jixiao.__version__)

    def test_library_lookup_order(self):
        import os
        from unittest import mock
        from jixiao import _native
        with mock.patch.dict(os.environ, {"JIXIAO_LIBRARY": "/x/libjixiao.so.0"}):
            self.assertEqual(_native.candidates(), ["/x/libjixiao.so.0"])  # explicit: nothing else
        with mock.patch.dict(os.environ, {}, clear=True):
            found = _native.candidates()
        self.assertEqual(found[-1], "libjixiao.so.0")  # the loader's search path last
        self.assertTrue(all(p.endswith("/libjixiao.so.0") for p in found[:-1]), found)

    def test_parse_target(self):
        t = jixiao.parse_target("不低于95％")
        self.assertTrue(t.ok)
        self.assertEqual((t.op, t.lo, t.canonical), (">=", Decimal("95"), "≥95%"))
        bad = jixiao.parse_target("foo")
        self.assertFalse(bad.ok)
        self.assertTrue(bad.diagnostics)

    def test_save_round_trip(self):
        with jixiao.load_form(support.SEED) as form:
            for fmt in ("json", "xml", "info"):
                text = form.save(fmt)
                with jixiao.load_form(text, format=fmt) as again:
                    self.assertEqual(again.save("json"), form.save("json"), fmt)

    def test_table_import_has_positions(self):
        with jixiao.load_form(support.SEED_TABLE) as form:
            self.assertTrue(form.ok)
            self.assertTrue(any(f.source and f.source.get("line") for f in form.findings))
            self.assertEqual(form.check().json.rstrip("\n"),
                             support.tool_json("check", str(support.SEED_TABLE)).rstrip("\n"))

    def test_threads_share_form_and_rules(self):
        rules = jixiao.RuleSet("national")
        form = jixiao.load_form(support.SEED)
        expected = rules.run(form).json
        results = []

        def work():
            for _ in range(5):
                results.append(rules.run(form).json)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(results, [expected] * 40)
        form.close()
        rules.close()


if __name__ == "__main__":
    unittest.main()
