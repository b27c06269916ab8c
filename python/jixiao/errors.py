"""Exceptions of the jixiao binding: one per status code of the C ABI (docs/c-api.md)."""
from __future__ import annotations

from typing import Any, Optional, Tuple

#: The status codes of ``jixiao_status`` (include/jixiao/jixiao.h).
OK = 0
INVALID_ARGUMENT = 1
PARSE_ERROR = 2
LIMIT = 3
NO_MEMORY = 4
INTERNAL = 5


class JixiaoError(Exception):
    """A call into libjixiao failed: ``status`` is the C ABI's status code and
    ``message`` the library's last-error message (English)."""

    def __init__(self, message: str, status: int = INTERNAL, findings: Tuple[Any, ...] = ()) -> None:
        super().__init__(message)
        self.status: int = status
        self.message: str = message
        #: The findings that explain the failure, when the library gave some (parse errors).
        self.findings: Tuple[Any, ...] = tuple(findings)


class InvalidArgumentError(JixiaoError, ValueError):
    """Empty text, text that is not UTF-8, an unknown name or format (``JIXIAO_INVALID_ARGUMENT``)."""


class JixiaoTypeError(JixiaoError, TypeError):
    """An argument of the wrong Python type; raised before calling the library."""

    def __init__(self, message: str) -> None:
        super().__init__(message, INVALID_ARGUMENT)


class ParseError(JixiaoError, ValueError):
    """The input was read and has error findings (``JIXIAO_PARSE_ERROR``); see ``findings``."""


class LimitError(JixiaoError, ValueError):
    """The input is past a limit: size, depth or cells (``JIXIAO_LIMIT``)."""


class NoMemoryError(JixiaoError, MemoryError):
    """The library ran out of memory (``JIXIAO_NO_MEMORY``)."""


class InternalError(JixiaoError):
    """A failure inside the library, a bug (``JIXIAO_INTERNAL``)."""


class LibraryNotFoundError(JixiaoError, OSError):
    """libjixiao.so could not be loaded (docs/python.md says where it is looked for)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, INTERNAL)


_BY_STATUS = {
    INVALID_ARGUMENT: InvalidArgumentError,
    PARSE_ERROR: ParseError,
    LIMIT: LimitError,
    NO_MEMORY: NoMemoryError,
    INTERNAL: InternalError,
}


def error_for(status: int, message: str, findings: Tuple[Any, ...] = ()) -> JixiaoError:
    """The exception for a status code other than ``OK``."""
    cls = _BY_STATUS.get(status, JixiaoError)
    return cls(message or f"jixiao call failed with status {status}", status, findings)


def optional_str(value: Optional[str]) -> str:
    """``value`` or ``""``."""
    return value if value is not None else ""
