"""Loading libjixiao.so and declaring the C ABI for ctypes (include/jixiao/jixiao.h).

The library is looked for, in this order (docs/python.md):
1. the file named by the environment variable ``JIXIAO_LIBRARY``;
2. the installed location: ``libjixiao.so.0`` next to this package, then in
   ``<sys.prefix>/lib``, ``/usr/local/lib`` and ``/usr/lib`` (where ``cmake --install``
   puts it with the common prefixes);
3. the dynamic loader's search path (``LD_LIBRARY_PATH``, ``ldconfig``): ``libjixiao.so.0``.
"""
from __future__ import annotations

import ctypes
import os
import sys
import threading
from pathlib import Path
from typing import List, Optional

from .errors import LibraryNotFoundError, JixiaoTypeError, error_for, OK

#: The SONAME of the C ABI this binding is written for (major version 0).
SONAME = "libjixiao.so.0"

c_char_pp = ctypes.POINTER(ctypes.c_char_p)


class _Opaque(ctypes.Structure):
    """An opaque handle type of jixiao.h."""


FormPtr = ctypes.POINTER(type("jixiao_form", (_Opaque,), {}))
ProfilePtr = ctypes.POINTER(type("jixiao_profile", (_Opaque,), {}))
RuleSetPtr = ctypes.POINTER(type("jixiao_ruleset", (_Opaque,), {}))

#: int (*)(void* user_data, const char* form_json, const char* parameters_json, jixiao_check_output*)
CHECK_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p)


def candidates() -> List[str]:
    """The paths tried, in order; the last is a bare name for the loader."""
    found: List[str] = []
    env = os.environ.get("JIXIAO_LIBRARY")
    if env:
        return [env]  # explicit: no fallback that could load another version silently
    here = Path(__file__).resolve().parent
    for directory in (here, Path(sys.prefix) / "lib", Path("/usr/local/lib"), Path("/usr/lib")):
        path = directory / SONAME
        if path.is_file():
            found.append(str(path))
    found.append(SONAME)
    return found


def _declare(lib: ctypes.CDLL) -> None:
    """Declares argument and result types, so ctypes converts and checks them."""
    status = ctypes.c_int
    size = ctypes.c_size_t
    text = ctypes.c_char_p
    out = ctypes.POINTER(ctypes.c_void_p)
    sig = {
        "jixiao_version": (text, []),
        "jixiao_free": (None, [ctypes.c_void_p]),
        "jixiao_last_error_code": (status, []),
        "jixiao_last_error_message": (text, []),
        "jixiao_form_load": (status, [text, size, text, text, ctypes.POINTER(FormPtr), out]),
        "jixiao_form_free": (None, [FormPtr]),
        "jixiao_form_save": (status, [FormPtr, text, out]),
        "jixiao_profile_builtin": (status, [text, ctypes.POINTER(ProfilePtr)]),
        "jixiao_profile_load": (status, [text, size, ctypes.POINTER(ProfilePtr), out]),
        "jixiao_profile_free": (None, [ProfilePtr]),
        "jixiao_ruleset_new": (status, [ProfilePtr, ctypes.POINTER(RuleSetPtr)]),
        "jixiao_ruleset_configure": (status, [RuleSetPtr, text, size, out]),
        "jixiao_ruleset_add_check": (status, [RuleSetPtr, text, size, CHECK_CALLBACK, ctypes.c_void_p]),
        "jixiao_ruleset_free": (None, [RuleSetPtr]),
        "jixiao_check_output_set": (status, [ctypes.c_void_p, text, size]),
        "jixiao_check_output_fail": (status, [ctypes.c_void_p, text, size]),
        "jixiao_check": (status, [RuleSetPtr, FormPtr, out]),
        "jixiao_score": (status, [FormPtr, text, size, ProfilePtr, out]),
        "jixiao_monitor": (status, [FormPtr, text, size, ctypes.c_int, ProfilePtr, out]),
        "jixiao_parse_target": (status, [text, size, out]),
        "jixiao_list_rules": (status, [out]),
        "jixiao_list_profiles": (status, [out]),
    }
    for name, (restype, argtypes) in sig.items():
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = argtypes


_lib: Optional[ctypes.CDLL] = None
_lock = threading.Lock()


def lib() -> ctypes.CDLL:
    """The loaded library (loaded on first use)."""
    global _lib
    if _lib is None:
        with _lock:
            if _lib is None:
                _lib = _load()
    return _lib


def _load() -> ctypes.CDLL:
    errors = []
    for path in candidates():
        try:
            loaded = ctypes.CDLL(path)
        except OSError as e:
            errors.append(f"{path}: {e}")
            continue
        _declare(loaded)
        return loaded
    raise LibraryNotFoundError(
        "cannot load libjixiao.so (set JIXIAO_LIBRARY to its path, install it with cmake --install, "
        "or add its directory to LD_LIBRARY_PATH); tried " + "; ".join(errors))


def encode(value: object, what: str, allow_empty: bool = False) -> bytes:
    """UTF-8 bytes of a ``str`` (or ``bytes`` as given, for the library to validate)."""
    if isinstance(value, bytes):
        data = value
    elif isinstance(value, str):
        try:
            data = value.encode("utf-8")
        except UnicodeEncodeError as e:
            raise error_for(1, f"{what} is not valid Unicode text: {e}") from None
    else:
        raise JixiaoTypeError(f"{what} must be str or bytes, not {type(value).__name__}")
    if not data and not allow_empty:
        raise error_for(1, f"{what} is empty")
    return data


def take_string(pointer: ctypes.c_void_p) -> Optional[str]:
    """The text of a string the library allocated, freed afterwards."""
    if not pointer.value:
        return None
    try:
        return ctypes.string_at(pointer.value).decode("utf-8")
    finally:
        lib().jixiao_free(pointer)


def last_error() -> str:
    """The calling thread's last error message."""
    message = lib().jixiao_last_error_message()
    return message.decode("utf-8", "replace") if message else ""


def raise_for(status: int, findings=()) -> None:
    """Raises the exception for ``status`` unless it is OK."""
    if status != OK:
        raise error_for(status, last_error(), findings)
