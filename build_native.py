"""Compile the ``matching`` package with mypyc, in place (run by ``make install``).

Scoring is CPU-bound Python; compiled, the same code scores a blocked pair in about
two thirds of the time and gives the same scores (``tests/matching/test_native.py``).
The compiled modules sit beside their sources, and ``matching/native.json`` records the
digest of the sources compiled: :mod:`matching._native` runs the sources instead of
compiled modules older than them. ``python build_native.py --clean`` removes them.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
from pathlib import Path

from mypyc.build import mypycify
from setuptools import setup

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from matching._native import (  # noqa: E402 - the package as this checkout has it
    NOT_COMPILED,
    PACKAGE,
    STAMP,
    sources_digest,
)

GROUP = "matching.native"
"""The compiled modules' shared library: ``matching/native__mypyc*.so``."""

logger = logging.getLogger("build_native")


def _modules() -> list[str]:
    return sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem not in NOT_COMPILED)


def clean() -> None:
    """Remove the compiled modules and the stamp."""
    STAMP.unlink(missing_ok=True)
    for path in PACKAGE.glob("*.so"):
        path.unlink()
    shutil.rmtree(ROOT / "build" / "native", ignore_errors=True)


def build() -> None:
    """Compile every module but :data:`matching._native.NOT_COMPILED`, then stamp them."""
    clean()
    names = _modules()
    digest = sources_digest(names)
    extensions = mypycify(
        [f"matching/{name}.py" for name in names],
        opt_level="3",
        group_name=GROUP,
        target_dir="build/native",
    )
    setup(
        name="matching-native",
        ext_modules=extensions,
        script_args=["--quiet", "build_ext", "--inplace", "--build-temp", "build/native/temp"],
    )
    STAMP.write_text(json.dumps({"modules": names, "digest": digest}, indent=1) + "\n")
    logger.info("compiled %d modules of matching/", len(names))


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if sys.argv[1:] == ["--clean"]:
        clean()
    else:
        build()


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
