"""Compile the ``matching`` package with mypyc, in place (run by ``make install``).

Scoring is CPU-bound Python; compiled, the same code scores a blocked pair in about
two thirds of the time and gives the same scores (``tests/matching/test_native.py``).
The compiled modules sit beside their sources, and ``matching/native.json`` records them
and the digest of the sources built: :mod:`matching._native` runs the sources instead of
compiled modules out of date with them.

``python build_native.py`` compiles; ``--if-needed`` only when the compiled modules are
out of date (what ``make install`` runs); ``--clean`` removes them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import os
import shutil
from pathlib import Path
from types import ModuleType

from mypyc.build import mypycify
from setuptools import setup

ROOT = Path(__file__).resolve().parent
BUILD = ROOT / "build" / "native"
GROUP = "matching.native"
"""The compiled modules' shared library: ``matching/native__mypyc*.so``."""

logger = logging.getLogger("build_native")


def _guard() -> ModuleType:
    """:mod:`matching._native` by its path: importing the package would run its guard."""
    spec = importlib.util.spec_from_file_location("_native_guard", ROOT / "matching/_native.py")
    if spec is None or spec.loader is None:
        raise ImportError("matching/_native.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def clean(guard: ModuleType) -> None:
    """Remove the compiled modules, the stamp and the build's files."""
    guard.STAMP.unlink(missing_ok=True)
    for path in guard.compiled_files().values():
        path.unlink()
    for path in guard.PACKAGE.glob("native__mypyc*"):
        path.unlink()
    shutil.rmtree(BUILD, ignore_errors=True)


def build(guard: ModuleType) -> None:
    """Compile every module but ``NOT_COMPILED``, then stamp them if no source changed
    meanwhile (otherwise they stay unstamped, and the sources run)."""
    clean(guard)
    names = sorted(p.stem for p in guard.PACKAGE.glob("*.py") if p.stem not in guard.NOT_COMPILED)
    digest = guard.sources_digest()
    extensions = mypycify(
        [f"matching/{name}.py" for name in names],
        opt_level="3",
        group_name=GROUP,
        target_dir=str(BUILD / "c"),
    )
    setup(
        name="matching-native",
        ext_modules=extensions,
        script_args=[
            "--quiet",
            "build_ext",
            "--inplace",
            "--build-temp",
            str(BUILD / "temp"),
            "--build-lib",
            str(BUILD / "lib"),
        ],
    )
    if guard.sources_digest() != digest:
        logger.warning("matching/ changed while it compiled: run the build again")
        return
    guard.STAMP.write_text(json.dumps({"modules": names, "digest": digest}, indent=1) + "\n")
    logger.info("compiled %d modules of matching/", len(names))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--if-needed", action="store_true", help="only if out of date")
    what.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    os.chdir(ROOT)
    guard = _guard()
    if args.clean:
        clean(guard)
    elif args.if_needed and guard.compiled_files() and guard.up_to_date():
        logger.info("matching/ is compiled and up to date")
    else:
        try:
            build(guard)
        except (Exception, SystemExit) as error:  # setup() exits on a failed compile
            # no compiler, no Python headers: the sources give the same results, slower
            clean(guard)
            logger.warning("matching/ not compiled (%s): it runs from source", error)


if __name__ == "__main__":
    main()
