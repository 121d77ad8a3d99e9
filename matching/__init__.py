"""Pure name and person matching: normalise, transliterate, compare, score and block.

No I/O, no database, no Prefect: every function here takes values and returns values, so
the same code serves the command line, the screening flows and the benchmarks.
"""

from matching._native import decide

COMPILED = decide()
"""Whether the package's modules run compiled (:mod:`matching._native`)."""

__all__ = ["COMPILED"]
