"""Custom review checks written in Python (docs/python.md, "Custom checks").

A check is a function ``(form: dict, parameters: dict) -> iterable of findings`` made into
a :class:`Check` by the :func:`check` decorator. The library calls it through
``jixiao_ruleset_add_check`` on every check of a form: ``form`` is the form as the
``jixiao.form/1`` JSON object (numbers with a fraction as ``Decimal``), ``parameters`` the
rule's parameters (name → text, after any rule configuration). Each finding is a
:class:`CheckFinding` or a dict with the same keys; its id and severity are the check's.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable, Dict, Iterable, Mapping, Optional, Union

from ._native import CHECK_CALLBACK, lib
from .errors import InvalidArgumentError, JixiaoTypeError
from .results import parse_json


@dataclass(frozen=True)
class CheckFinding:
    """A finding a custom check gives: where (JSON Pointer into the form) and what (at
    least one message; ``{name}`` in a message is filled from ``arguments``)."""

    path: str
    message_zh: str = ""
    message_en: str = ""
    arguments: Mapping[str, str] = field(default_factory=dict, hash=False)
    expected: Optional[str] = None
    actual: Optional[str] = None

    def to_json(self) -> Dict[str, Any]:
        """The object ``jixiao_check_output_set`` takes."""
        obj: Dict[str, Any] = {"path": self.path}
        if self.message_zh:
            obj["message_zh"] = self.message_zh
        if self.message_en:
            obj["message_en"] = self.message_en
        if self.arguments:
            obj["arguments"] = {str(k): str(v) for k, v in self.arguments.items()}
        if self.expected is not None:
            obj["expected"] = str(self.expected)
        if self.actual is not None:
            obj["actual"] = str(self.actual)
        return obj


CheckResult = Iterable[Union[CheckFinding, Mapping[str, Any]]]
CheckFunction = Callable[[Dict[str, Any], Dict[str, str]], Optional[CheckResult]]


def _as_text(value: Any) -> Any:
    """Decimal (and other non-JSON values) as text for the findings JSON."""
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def _say_why(output: Any, error: BaseException) -> None:
    """Passes ``Type: message`` of ``error`` to ``jixiao_check_output_fail``, so the rule's
    "could not finish" finding names it. Never raises: it runs inside the C callback."""
    try:
        text = f"{type(error).__name__}: {error}".encode("utf-8", "replace")
        lib().jixiao_check_output_fail(output, text, len(text))
    except BaseException:  # noqa: B902 — a str() that raises; the finding then says "returned 1"
        pass


class Check:
    """A custom check: its rule description (id, severity, titles, parameters with
    defaults) and the Python function. Calling it calls the function."""

    def __init__(self, function: CheckFunction, id: str, severity: str = "warning", title_zh: str = "",
                 title_en: str = "", parameters: Optional[Mapping[str, str]] = None) -> None:
        if not isinstance(id, str) or not id:
            raise JixiaoTypeError("a check needs an id (str), e.g. @jixiao.check(id=\"ORG-001\")")
        if severity not in ("error", "warning", "info"):
            raise InvalidArgumentError(f"check {id}: severity must be error, warning or info, not {severity!r}", 1)
        self.function = function
        self.id = id
        self.severity = severity
        self.title_zh = title_zh
        self.title_en = title_en or getattr(function, "__doc__", None) or id
        self.parameters: Dict[str, str] = {str(k): str(v) for k, v in (parameters or {}).items()}
        #: The last exception the function raised (the report has the rule's
        #: "could not finish" finding for it, naming its class and message), per
        #: thread; see :meth:`last_error`.
        self._errors = threading.local()
        self.__doc__ = function.__doc__
        self.__name__ = getattr(function, "__name__", id)

    def __call__(self, form: Dict[str, Any], parameters: Dict[str, str]) -> Optional[CheckResult]:
        return self.function(form, parameters)

    def last_error(self) -> Optional[BaseException]:
        """The exception of this thread's last failed run, or None."""
        return getattr(self._errors, "value", None)

    def rule_json(self) -> bytes:
        """The description ``jixiao_ruleset_add_check`` takes."""
        title_en = self.title_en.strip().splitlines()[0] if self.title_en.strip() else self.id
        rule = {"id": self.id, "severity": self.severity, "title_zh": self.title_zh or title_en,
                "title_en": title_en, "parameters": self.parameters}
        return json.dumps(rule, ensure_ascii=False).encode("utf-8")

    def callback(self) -> Any:
        """The C callback; the caller keeps it alive as long as the rule set."""

        def run(user_data: Any, form_json: bytes, parameters_json: bytes, output: Any) -> int:
            # An exception must not unwind into C: it becomes the rule's error finding.
            try:
                findings = self.function(parse_json(form_json.decode("utf-8")),
                                         json.loads(parameters_json.decode("utf-8")))
                items = [f.to_json() if isinstance(f, CheckFinding) else dict(f) for f in findings or ()]
                if not items:
                    return 0
                text = json.dumps(items, ensure_ascii=False, default=_as_text).encode("utf-8")
                return 0 if lib().jixiao_check_output_set(output, text, len(text)) == 0 else 1
            except BaseException as e:  # noqa: B902 — KeyboardInterrupt too must not cross C
                self._errors.value = e
                _say_why(output, e)
                return 1

        return CHECK_CALLBACK(run)


def check(id: str, severity: str = "warning", title_zh: str = "", title_en: str = "",
          parameters: Optional[Mapping[str, str]] = None) -> Callable[[CheckFunction], Check]:
    """Makes a function a custom check::

        @jixiao.check(id="ORG-001", severity="warning", title_zh="…", parameters={"minimum": "3"})
        def few_indicators(form, parameters):
            if len(form["indicators"]) < int(parameters["minimum"]):
                yield jixiao.CheckFinding(path="/indicators", message_en="too few indicators")

    Pass it to :meth:`Form.check` (``checks=[few_indicators]``) or :meth:`RuleSet.add_check`.
    """

    def wrap(function: CheckFunction) -> Check:
        return Check(function, id=id, severity=severity, title_zh=title_zh, title_en=title_en,
                     parameters=parameters)

    return wrap
