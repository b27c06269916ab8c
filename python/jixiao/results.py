"""The results of the binding: frozen dataclasses over the JSON schemas of docs/schema.md.

Every number the schemas carry as text (money, scores, rates) becomes a
``decimal.Decimal``; JSON numbers with a fraction are parsed as ``Decimal`` too, never
``float``. Each result keeps the parsed document as ``data`` and the library's text as
``json``, so nothing of the schema is lost.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Dict, Mapping, Optional, Tuple


def parse_json(text: str) -> Any:
    """JSON text as Python objects, fractions as ``Decimal`` (never ``float``)."""
    return json.loads(text, parse_float=Decimal)


def decimal_or_none(value: Any) -> Optional[Decimal]:
    """A schema number (text such as ``"1992.29"``) as ``Decimal``; ``None`` for null or ``""``."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"not a decimal number: {value!r}") from None


@dataclass(frozen=True)
class Finding:
    """One finding (docs/schema.md): a rule id (``JX-…`` or a custom check's), a severity
    (``error``, ``warning``, ``info``), a JSON Pointer ``path`` into the form and messages."""

    id: str
    severity: str
    path: str
    message_zh: str
    message_en: str
    source: Optional[Any] = None
    arguments: Mapping[str, str] = field(default_factory=dict, hash=False)
    expected: Optional[str] = None
    actual: Optional[str] = None

    @property
    def message(self) -> str:
        """The Chinese message, or the English one when there is no Chinese."""
        return self.message_zh or self.message_en

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> "Finding":
        """A finding from its schema object."""
        return cls(id=obj.get("rule_id", ""), severity=obj.get("severity", ""), path=obj.get("path", ""),
                   message_zh=obj.get("message_zh", ""), message_en=obj.get("message_en", ""),
                   source=obj.get("source"), arguments=dict(obj.get("arguments") or {}),
                   expected=obj.get("expected"), actual=obj.get("actual"))

    def to_json(self) -> Dict[str, Any]:
        """The schema object (the keys and order of docs/schema.md)."""
        return {"rule_id": self.id, "severity": self.severity, "path": self.path, "source": self.source,
                "message_zh": self.message_zh, "message_en": self.message_en, "arguments": dict(self.arguments),
                "expected": self.expected, "actual": self.actual}

    def __str__(self) -> str:
        return f"{self.severity}[{self.id}] {self.path}: {self.message}"


def findings_of(items: Any) -> Tuple[Finding, ...]:
    """The findings of a JSON array of finding objects."""
    return tuple(Finding.from_json(item) for item in items or ())


@dataclass(frozen=True)
class Report:
    """A review (``jixiao.report/1``): the findings of reading the form, then the rules'."""

    findings: Tuple[Finding, ...]
    counts: Mapping[str, int] = field(hash=False)
    ok: bool
    score: Optional[Decimal]
    review_grade: str
    review_grade_zh: str
    data: Mapping[str, Any] = field(hash=False, repr=False, compare=False)
    json: str = field(repr=False, compare=False)

    @classmethod
    def from_text(cls, text: str) -> "Report":
        """A report from the library's JSON text."""
        data = parse_json(text)
        return cls(findings=findings_of(data.get("findings")), counts=dict(data.get("counts") or {}),
                   ok=bool(data.get("ok")), score=decimal_or_none(data.get("score")),
                   review_grade=data.get("review_grade") or "", review_grade_zh=data.get("review_grade_zh") or "",
                   data=data, json=text)

    @property
    def errors(self) -> Tuple[Finding, ...]:
        """The findings of severity ``error``."""
        return tuple(f for f in self.findings if f.severity == "error")


@dataclass(frozen=True)
class Scorecard:
    """A self-evaluation (``jixiao.scorecard/1``, docs/scoring.md). ``rows`` and the other
    members are in ``data``; the totals are ``Decimal``."""

    profile: str
    total: Optional[Decimal]
    max_total: Optional[Decimal]
    rating: str
    complete: bool
    findings: Tuple[Finding, ...]
    data: Mapping[str, Any] = field(hash=False, repr=False, compare=False)
    json: str = field(repr=False, compare=False)

    @property
    def rows(self) -> Tuple[Mapping[str, Any], ...]:
        """One object per scored indicator (``points``, ``weight``… as schema text)."""
        return tuple(self.data.get("rows") or ())

    @classmethod
    def from_text(cls, text: str) -> "Scorecard":
        """A scorecard from the library's JSON text."""
        data = parse_json(text)
        return cls(profile=data.get("profile") or "", total=decimal_or_none(data.get("total")),
                   max_total=decimal_or_none(data.get("max_total")), rating=data.get("rating") or "",
                   complete=bool(data.get("complete")), findings=findings_of(data.get("findings")),
                   data=data, json=text)


@dataclass(frozen=True)
class MonitorResult:
    """In-year monitoring at a month (``jixiao.monitor/1``, docs/scoring.md); the whole
    document is ``data``."""

    findings: Tuple[Finding, ...]
    data: Mapping[str, Any] = field(hash=False, repr=False, compare=False)
    json: str = field(repr=False, compare=False)

    @classmethod
    def from_text(cls, text: str) -> "MonitorResult":
        """A monitoring result from the library's JSON text."""
        data = parse_json(text)
        return cls(findings=findings_of(data.get("findings")), data=data, json=text)


@dataclass(frozen=True)
class Target:
    """One parsed target (指标值, docs/targets.md). ``lo`` and ``hi`` are ``Decimal`` (or
    None); an unparseable text has ``kind == "unparseable"`` and its ``diagnostics``."""

    input: str
    kind: str
    op: str
    lo: Optional[Decimal]
    hi: Optional[Decimal]
    unit: str
    canonical: str
    parts: Tuple[Any, ...]
    diagnostics: Tuple[Mapping[str, Any], ...]
    data: Mapping[str, Any] = field(hash=False, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        """Whether the text parsed."""
        return self.kind != "unparseable"

    @classmethod
    def from_text(cls, text: str) -> "Target":
        """A target from the library's JSON text."""
        data = parse_json(text)
        return cls(input=data.get("input", ""), kind=data.get("kind", ""), op=data.get("op", ""),
                   lo=decimal_or_none(data.get("lo")), hi=decimal_or_none(data.get("hi")),
                   unit=data.get("unit", ""), canonical=data.get("canonical", ""),
                   parts=tuple(data.get("parts") or ()), diagnostics=tuple(data.get("diagnostics") or ()),
                   data=data)


@dataclass(frozen=True)
class RuleParameter:
    """A parameter of a review rule: name, default (text), type and description."""

    name: str
    default: str
    type: str
    description: str


@dataclass(frozen=True)
class Rule:
    """A built-in review rule of the catalogue (docs/rules.md)."""

    id: str
    severity: str
    dimension: str
    title_zh: str
    title_en: str
    parameters: Tuple[RuleParameter, ...]

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> "Rule":
        """A rule from its catalogue object."""
        params = tuple(RuleParameter(name=p.get("name", ""), default=p.get("default", ""), type=p.get("type", ""),
                                     description=p.get("description", "")) for p in obj.get("parameters") or ())
        return cls(id=obj.get("id", ""), severity=obj.get("severity", ""), dimension=obj.get("dimension", ""),
                   title_zh=obj.get("title_zh", ""), title_en=obj.get("title_en", ""), parameters=params)
