"""A man's given name and the woman's made from it by its ending (Jan / Jana, Mario / Maria).

Beside the two forms of a family name (Novák / Nováková, :mod:`matching.family_forms`)
such given names mark two people, a father and daughter or a brother and sister, and
conflict (:func:`matching.compare.compare_names`). Elsewhere they still meet as spellings:
one of them may be the other mistyped (Valentina written Valentin), and missing a person is
worse than an alert a reviewer clears. The pairs are read from Faker's given names by
``fixtures/gender_pairs_table.py`` into ``data/gender_pairs.tsv``; only names listed for
one sex far more often than for the other make a pair (Jean, Kim and Nikola are either).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def gender_pairs() -> frozenset[tuple[str, str]]:
    """(man's name, woman's name), both as the matcher's Latin readings (lower-case ASCII)."""
    text = resources.files("matching").joinpath("data/gender_pairs.tsv").read_text("utf-8")
    found: set[tuple[str, str]] = set()
    for line in text.splitlines():
        if line and not line.startswith("#"):
            male, female = line.split("\t")
            found.add((male, female))
    return frozenset(found)


def other_gender(left: str, right: str) -> bool:
    """Whether two readings are a man's given name and the woman's made from it."""
    pairs = gender_pairs()
    return (left, right) in pairs or (right, left) in pairs
