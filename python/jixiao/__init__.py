"""jixiao: Chinese budget performance targets (预算绩效目标) from Python.

A thin, typed binding over the C ABI of libjixiao.so (docs/python.md)::

    import jixiao
    form = jixiao.load_form("seed.json")
    report = form.check(profile="national")
    for finding in report.findings:
        print(finding.severity, finding.id, finding.path, finding.message)
"""
from .checks import Check, CheckFinding, check
from .core import Form, Profile, RuleSet, load_form, monitor, parse_target, profiles, rules, score, version
from .errors import (InternalError, InvalidArgumentError, JixiaoError, JixiaoTypeError, LibraryNotFoundError,
                     LimitError, NoMemoryError, ParseError)
from .results import Finding, MonitorResult, Report, Rule, RuleParameter, Scorecard, Target

__version__ = "0.1.0"

__all__ = [
    "Check", "CheckFinding", "check", "Form", "Profile", "RuleSet", "load_form", "monitor", "parse_target",
    "profiles", "rules", "score", "version", "InternalError", "InvalidArgumentError", "JixiaoError",
    "JixiaoTypeError", "LibraryNotFoundError", "LimitError", "NoMemoryError", "ParseError", "Finding",
    "MonitorResult", "Report", "Rule", "RuleParameter", "Scorecard", "Target",
]
