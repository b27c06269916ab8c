"""Forms, profiles, rule sets and the calls on them, over the C ABI (docs/python.md).

Handles (form, profile, rule set) are freed deterministically: use them in a ``with``
block or call ``close()``; otherwise they are freed when garbage-collected. They are
immutable once made (a rule set until you add checks or configure it), so they may be
shared by threads, as docs/c-api.md says.
"""
from __future__ import annotations

import ctypes
import json
import os
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from . import _native
from ._native import FormPtr, ProfilePtr, RuleSetPtr, encode, lib, raise_for, take_string
from .checks import Check
from .errors import PARSE_ERROR, JixiaoTypeError, InvalidArgumentError, error_for, OK
from .results import Finding, MonitorResult, Report, Rule, Scorecard, Target, findings_of, parse_json

PathOrText = Union[str, bytes, "os.PathLike[str]"]
ProfileLike = Union[str, "Profile", None]

_TABLE_SUFFIXES = {".tsv", ".txt", ".csv", ".md", ".table"}


def _out() -> ctypes.c_void_p:
    return ctypes.c_void_p()


def _read_source(source: Any, what: str) -> Tuple[bytes, Optional[str]]:
    """The bytes of ``source`` and the file name when it named a file: a path
    (``os.PathLike``, or a one-line ``str`` that is not JSON or XML) is read; other
    ``str`` and ``bytes`` are the text itself."""
    if isinstance(source, os.PathLike):
        path = os.fspath(source)
        return Path(path).read_bytes(), str(path)
    if isinstance(source, str) and source and "\n" not in source and len(source) < 4096 \
            and source.lstrip()[:1] not in ("{", "[", "<"):
        return Path(source).read_bytes(), source
    return encode(source, what, allow_empty=True), None


def _guess_format(data: bytes, name: Optional[str]) -> str:
    """``json``, ``xml``, ``info`` or ``table`` from the file name or the first bytes."""
    if name:
        suffix = Path(name).suffix.lower()
        if suffix in (".json", ".xml", ".info"):
            return suffix[1:]
        if suffix in _TABLE_SUFFIXES:
            return "table"
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:64]
    if head.startswith(b"{"):
        return "json"
    if head.startswith(b"<"):
        return "xml"
    if head.startswith(b"schema ") or head.startswith(b"schema\t"):
        return "info"
    return "table"


def _json_value(value: Any) -> str:
    """``json.dumps`` default: a ``Decimal`` as its text; anything else is a usage error."""
    if isinstance(value, Decimal):
        return str(value)
    raise JixiaoTypeError(f"{type(value).__name__} is not a JSON value")


def _json_text(value: Any, what: str) -> Optional[bytes]:
    """A document argument as JSON bytes: None, text/bytes/path as given, a dict dumped
    (``Decimal`` as text)."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, default=_json_value).encode("utf-8")
    data, _ = _read_source(value, what)
    if not data:
        raise InvalidArgumentError(f"{what} is empty", 1)
    return data


class _Handle:
    """Owns one library handle and frees it once."""

    _free_name = ""

    def __init__(self, pointer: Any) -> None:
        self._ptr = pointer

    @property
    def _handle(self) -> Any:
        if not self._ptr:
            raise InvalidArgumentError(f"this {type(self).__name__} is closed", 1)
        return self._ptr

    def close(self) -> None:
        """Frees the handle now (later calls on this object raise)."""
        ptr, self._ptr = self._ptr, None
        if ptr:
            getattr(lib(), self._free_name)(ptr)

    def __enter__(self):
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # interpreter shutdown: the library may already be gone
            pass


class Profile(_Handle):
    """A profile (docs/profiles.md): taxonomy, thresholds, weights, rating bands."""

    _free_name = "jixiao_profile_free"

    def __init__(self, pointer: Any, name: str) -> None:
        super().__init__(pointer)
        #: The built-in name, or ``"<text>"`` / the file name for a loaded profile.
        self.name = name

    @classmethod
    def builtin(cls, name: str) -> "Profile":
        """A built-in profile by name (see :func:`profiles`)."""
        out = ProfilePtr()
        raise_for(lib().jixiao_profile_builtin(encode(name, "profile name"), ctypes.byref(out)))
        return cls(out, name)

    @classmethod
    def load(cls, source: PathOrText) -> "Profile":
        """A profile from a file or its text (INFO, JSON or XML); :class:`ParseError`
        with the findings when it does not read."""
        data, name = _read_source(source, "profile")
        out, findings = ProfilePtr(), _out()
        status = lib().jixiao_profile_load(data, len(data), ctypes.byref(out), ctypes.byref(findings))
        message = _native.last_error()
        text = take_string(findings)
        if status != OK:
            raise error_for(status, message, findings_of(parse_json(text)) if text else ())
        return cls(out, name or "<text>")

    def __repr__(self) -> str:
        return f"jixiao.Profile({self.name!r})"


def _profile(profile: ProfileLike) -> Tuple[Optional[Profile], bool]:
    """A Profile for the argument and whether it was made here (to close after the call)."""
    if profile is None:
        return None, False
    if isinstance(profile, Profile):
        return profile, False
    if isinstance(profile, str):
        return Profile.builtin(profile), True
    raise JixiaoTypeError(f"profile must be a name (str) or a jixiao.Profile, not {type(profile).__name__}")


class RuleSet(_Handle):
    """The built-in review rules under a profile, a rule configuration and custom checks.

    Make it once and check many forms with it (cheaper than ``form.check(...)`` with a new
    configuration each time); checking from many threads is safe, adding checks or
    configuring is not.
    """

    _free_name = "jixiao_ruleset_free"

    def __init__(self, profile: ProfileLike = "national", rules: Union[PathOrText, Mapping[str, Any], None] = None,
                 checks: Iterable[Check] = ()) -> None:
        made, own = _profile(profile)
        out = RuleSetPtr()
        try:
            raise_for(lib().jixiao_ruleset_new(made._handle if made else None, ctypes.byref(out)))
        finally:
            if own and made:
                made.close()
        super().__init__(out)
        self._callbacks: List[Any] = []  # the C callbacks must live as long as the set
        self.checks: List[Check] = []
        for c in checks:
            self.add_check(c)
        if rules is not None:
            self.configure(rules)

    def add_check(self, check: Check) -> Check:
        """Adds a custom check (see :func:`jixiao.check`); returns it."""
        if not isinstance(check, Check):
            raise JixiaoTypeError("add_check takes a function decorated with @jixiao.check(id=...)")
        callback = check.callback()
        rule = check.rule_json()
        raise_for(lib().jixiao_ruleset_add_check(self._handle, rule, len(rule), callback, None))
        self._callbacks.append(callback)
        self.checks.append(check)
        return check

    def check(self, id: str, **rule: Any):
        """Decorator: ``@rules.check(id="ORG-001", ...)`` makes and adds a custom check."""
        from .checks import check as make

        def wrap(function: Any) -> Check:
            return self.add_check(make(id, **rule)(function))

        return wrap

    def configure(self, rules: Union[PathOrText, Mapping[str, Any]]) -> None:
        """Applies a rule configuration (docs/rules.md): a file, its text (JSON, XML or
        INFO) or a dict such as ``{"rules": {"JX-C003": {"severity": "error"}}}``."""
        data = _json_text(rules, "rules")
        findings = _out()
        status = lib().jixiao_ruleset_configure(self._handle, data, len(data), ctypes.byref(findings))
        message = _native.last_error()
        text = take_string(findings)
        if status != OK:
            raise error_for(status, message, findings_of(parse_json(text)) if text else ())

    def run(self, form: "Form") -> Report:
        """Reviews ``form``: the ``jixiao.report/1`` result as a :class:`Report`."""
        if not isinstance(form, Form):
            raise JixiaoTypeError(f"expected a jixiao.Form, not {type(form).__name__}")
        out = _out()
        status = lib().jixiao_check(self._handle, form._handle, ctypes.byref(out))
        message = _native.last_error() if status != OK else ""
        text = take_string(out)
        if status != OK:
            raise error_for(status, message)
        return Report.from_text(text or "{}")


_default_rulesets: Dict[str, RuleSet] = {}
_default_lock = threading.Lock()


def _default_ruleset(name: str) -> RuleSet:
    """The built-in rules of a built-in profile, made once per name and shared."""
    rules = _default_rulesets.get(name)
    if rules is None:
        with _default_lock:
            rules = _default_rulesets.get(name)
            if rules is None:
                rules = _default_rulesets[name] = RuleSet(name)
    return rules


class Form(_Handle):
    """A performance form (绩效目标申报表) as read by :func:`load_form`, with the
    ``findings`` of reading it (``ok`` is False when one is an error)."""

    _free_name = "jixiao_form_free"

    def __init__(self, pointer: Any, findings: Tuple[Finding, ...], name: Optional[str]) -> None:
        super().__init__(pointer)
        self.findings: Tuple[Finding, ...] = findings
        self.name = name

    @property
    def ok(self) -> bool:
        """No finding of reading the form is an error."""
        return not any(f.severity == "error" for f in self.findings)

    def check(self, profile: ProfileLike = "national", rules: Union[PathOrText, Mapping[str, Any], None] = None,
              checks: Iterable[Check] = ()) -> Report:
        """Reviews the form (审核) under ``profile`` (a built-in name or a :class:`Profile`)
        with an optional rule configuration and custom checks, as
        ``jixiao check --format json`` does."""
        checks = tuple(checks)
        if isinstance(profile, str) and rules is None and not checks:
            return _default_ruleset(profile).run(self)
        with RuleSet(profile, rules, checks) as ruleset:
            return ruleset.run(self)

    def save(self, format: str = "json", path: Union[str, "os.PathLike[str]", None] = None) -> str:
        """The form as ``json``, ``xml`` or ``info`` (``jixiao.form/1``); written to
        ``path`` too when given."""
        out = _out()
        status = lib().jixiao_form_save(self._handle, encode(format, "format"), ctypes.byref(out))
        message = _native.last_error() if status != OK else ""
        text = take_string(out)
        if status != OK:
            raise error_for(status, message)
        if path is not None:
            Path(path).write_text(text or "", encoding="utf-8")
        return text or ""

    def to_dict(self) -> Dict[str, Any]:
        """The form as the ``jixiao.form/1`` JSON object (what a custom check receives)."""
        return parse_json(self.save("json"))

    def __repr__(self) -> str:
        return f"jixiao.Form({self.name!r}, {len(self.findings)} findings)"


def load_form(path_or_text: PathOrText, format: Optional[str] = None, name: Optional[str] = None) -> Form:
    """Reads a form from a file or text: ``json``, ``xml``, ``info`` (``jixiao.form/1``)
    or ``table`` (a published table, docs/import.md); ``format`` None guesses from the
    file suffix, then the first bytes.

    A form that reads with error findings is returned (partial, ``form.ok`` False); a
    text that gives no form raises :class:`ParseError` carrying the findings.
    """
    data, file_name = _read_source(path_or_text, "form text")
    if not data:
        raise InvalidArgumentError("form text is empty", 1)
    if format is None:
        format = _guess_format(data, file_name)
    label = name if name is not None else file_name
    out, findings = FormPtr(), _out()
    status = lib().jixiao_form_load(data, len(data), encode(format, "format"),
                                    encode(label, "name") if label else None, ctypes.byref(out),
                                    ctypes.byref(findings))
    message = _native.last_error()
    text = take_string(findings)
    parsed = findings_of(parse_json(text)) if text else ()
    if not out:
        raise error_for(status if status != OK else PARSE_ERROR, message or "no form was read", parsed)
    if status not in (OK, PARSE_ERROR):
        lib().jixiao_form_free(out)
        raise error_for(status, message, parsed)
    return Form(out, parsed, label)


def _form(form: Any) -> Form:
    if not isinstance(form, Form):
        raise JixiaoTypeError(f"expected a jixiao.Form (from jixiao.load_form), not {type(form).__name__}")
    return form


def _evaluate(profile: ProfileLike, call: Callable[[Any, Any], int]) -> str:
    """Runs ``call(profile_handle, out)`` (jixiao_score or jixiao_monitor) under
    ``profile`` and returns the JSON it wrote; a failed call raises the error for its
    status with the findings the library wrote instead of a result."""
    made, own = _profile(profile)
    out = _out()
    try:
        status = call(made._handle if made else None, ctypes.byref(out))
        message = _native.last_error() if status != OK else ""
    finally:
        if own and made:
            made.close()
    text = take_string(out)
    if status != OK:
        raise error_for(status, message, findings_of(parse_json(text)) if text else ())
    return text or "{}"


def score(form: Form, actuals: Union[PathOrText, Mapping[str, Any], None] = None,
          profile: ProfileLike = "national") -> Scorecard:
    """Scores the form (绩效自评, docs/scoring.md) with an actuals document (a file, its
    JSON text or a dict; None: the actuals the form carries) under ``profile``."""
    form = _form(form)
    data = _json_text(actuals, "actuals")
    text = _evaluate(profile, lambda handle, out: lib().jixiao_score(
        form._handle, data, len(data) if data else 0, handle, out))
    return Scorecard.from_text(text)


def monitor(form: Form, progress: Union[PathOrText, Mapping[str, Any]], month: int,
            profile: ProfileLike = "national") -> MonitorResult:
    """In-year monitoring (双监控) of the form at ``month`` (1..12) with a progress
    document (a file, its JSON text or a dict) under ``profile``."""
    form = _form(form)
    if not isinstance(month, int) or isinstance(month, bool):
        raise JixiaoTypeError(f"month must be an int 1..12, not {type(month).__name__}")
    data = _json_text(progress, "progress")
    if data is None:
        raise JixiaoTypeError("monitor needs a progress document")
    c_month = ctypes.c_int(month) if -2**31 <= month < 2**31 else ctypes.c_int(0)
    text = _evaluate(profile, lambda handle, out: lib().jixiao_monitor(
        form._handle, data, len(data), c_month, handle, out))
    return MonitorResult.from_text(text)


def parse_target(text: Union[str, bytes]) -> Target:
    """Parses one target (指标值) such as ``"不低于95％"`` or ``"12月底前"``. Text that
    does not parse gives a Target with ``ok`` False and its ``diagnostics``."""
    data = encode(text, "target text")
    out = _out()
    status = lib().jixiao_parse_target(data, len(data), ctypes.byref(out))
    message = _native.last_error() if status != OK else ""
    result = take_string(out)
    if status not in (OK, PARSE_ERROR) or result is None:
        raise error_for(status, message)
    return Target.from_text(result)


def rules() -> List[Rule]:
    """The built-in review rules (docs/rules.md)."""
    out = _out()
    raise_for(lib().jixiao_list_rules(ctypes.byref(out)))
    return [Rule.from_json(r) for r in parse_json(take_string(out) or "[]")]


def profiles() -> List[str]:
    """The names of the built-in profiles."""
    out = _out()
    raise_for(lib().jixiao_list_profiles(ctypes.byref(out)))
    return list(parse_json(take_string(out) or "[]"))


def version() -> str:
    """The version of the loaded libjixiao.so."""
    return lib().jixiao_version().decode("ascii")
