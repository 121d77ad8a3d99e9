"""Whether this package runs compiled (``make install`` builds it with mypyc), and a guard
against compiled modules older than their sources.

The compiled modules sit beside their sources and Python imports them first. After an
edit, they would run the old code: this module, run before any other of the package, then
imports every module from its source instead (all or none: compiled modules call one
another directly, past the module objects), and says so once. ``native.json`` holds the
digest of the sources that were compiled.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE = Path(__file__).resolve().parent
STAMP = PACKAGE / "native.json"
"""Written by the build: the compiled modules and the digest of their sources."""
NOT_COMPILED = frozenset({"__init__", "_native", "blocking"})
"""Run as source always: the first two decide what is imported from where; the blocking
index is kept pickled, which a compiled class does not allow, and compiled its build
gained little (most of it runs in the modules it calls)."""

logger = logging.getLogger(__name__)


def sources_digest(names: Sequence[str]) -> str:
    """The digest of the named modules' sources, as the build records it."""
    digest = hashlib.sha256()
    for name in sorted(names):
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update((PACKAGE / f"{name}.py").read_bytes())
    return digest.hexdigest()


def _compiled_files() -> dict[str, Path]:
    """The modules with a compiled file here for this interpreter, by name."""
    found: dict[str, Path] = {}
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for path in PACKAGE.glob(f"*{suffix}"):
            name = path.name[: -len(suffix)]
            if name.isidentifier() and (PACKAGE / f"{name}.py").is_file():
                found.setdefault(name, path)
    return found


def _stamped() -> list[str] | None:
    """The modules the build compiled, if their sources are still what it compiled."""
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
        names = [str(n) for n in stamp["modules"]]
        fresh = stamp["digest"] == sources_digest(names)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return names if fresh else None


class _SourceFirst(importlib.abc.MetaPathFinder):
    """Imports the named modules of this package from their sources."""

    def __init__(self, names: frozenset[str]) -> None:
        self._names = names

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != __package__ or name not in self._names:
            return None
        return importlib.util.spec_from_file_location(fullname, PACKAGE / f"{name}.py")


def _decide() -> bool:
    compiled = _compiled_files()
    if not compiled:
        return False
    stamped = _stamped()
    if stamped is not None and set(compiled) >= set(stamped):
        return True
    logger.warning(
        "the compiled matching modules are older than their sources (or incomplete): "
        "running the sources, slower; `make install` compiles them again"
    )
    sys.meta_path.insert(0, _SourceFirst(frozenset(compiled)))
    return False


COMPILED = _decide()
"""Whether the package's modules run compiled."""
