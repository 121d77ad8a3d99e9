"""Whether this package runs compiled (``make install`` builds it with mypyc), and a guard
against compiled modules older than their sources.

The compiled modules sit beside their sources and Python imports them first. After any
edit in the package (compiled modules are built against one another's types), a module
added or a module removed, they would run old code: :func:`decide`, run by the package's
``__init__`` before any other module, then imports every module from its source instead
(all or none: compiled modules call one another directly, past the module objects), and
says so. ``native.json`` holds the compiled modules and the digest of the sources built.
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
"""Written by the build: the compiled modules and the digest of the sources built."""
NOT_COMPILED = frozenset({"__init__", "_native", "blocking"})
"""Run as source always: the first two decide what is imported from where. The blocking
index, compiled, was built in 15 s where its source took 19.5 (1,000,000 records), but a
first `vetting match` against that list took as long (67.9 s against 67.6) and peaked
320 MiB higher (3,251 MiB against 2,933): left as source. Its walk over the records, a
function, is compiled in :mod:`matching.walk`."""

logger = logging.getLogger(__name__)


def sources_digest() -> str:
    """The digest of every source of the package, as the build records it."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def compiled_files() -> dict[str, Path]:
    """The modules with a compiled file here for this interpreter, by name (also one
    whose source is gone, which must not run unguarded)."""
    found: dict[str, Path] = {}
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for path in PACKAGE.glob(f"*{suffix}"):
            name = path.name[: -len(suffix)]
            if name.isidentifier() and not name.endswith("__mypyc"):
                found.setdefault(name, path)
    return found


def up_to_date(compiled: dict[str, Path] | None = None) -> bool:
    """Whether the compiled modules are exactly those the build compiled, from the sources
    as they are now."""
    compiled = compiled_files() if compiled is None else compiled
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
        modules = {str(n) for n in stamp["modules"]}
        digest = str(stamp["digest"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return modules == set(compiled) and digest == sources_digest()


class _SourceFirst(importlib.abc.MetaPathFinder):
    """Imports the named modules of this package from their sources."""

    def __init__(self, names: frozenset[str]) -> None:
        self._names = names

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != "matching" or name not in self._names:
            return None
        source = PACKAGE / f"{name}.py"
        if not source.is_file():
            raise ModuleNotFoundError(f"no source for {fullname}", name=fullname)
        return importlib.util.spec_from_file_location(fullname, source)


def decide() -> bool:
    """Whether the package runs compiled; if compiled modules are out of date, make every
    one of them import from its source."""
    compiled = compiled_files()
    if not compiled:
        return False
    if up_to_date(compiled):
        return True
    logger.warning(
        "the compiled matching modules are out of date with their sources: running the "
        "sources, slower; `make install` compiles them again"
    )
    sys.meta_path.insert(0, _SourceFirst(frozenset(compiled)))
    return False
