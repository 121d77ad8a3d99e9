"""A man's given name and the woman's made from it by its ending: two people's names.

Mario and Maria, Jan and Jana, Paul and Paula, Louis and Louise, Karim and Karima are a
letter or two apart, and met as spellings of one name (Mario Rossi / Maria Rossi 0.90 at
model -136), though a brother and sister, a husband and wife or two namesakes bear them far
more often than one person whose name was mistyped. The pairs are read from Faker's given
names by ``fixtures/gender_pairs_table.py`` into ``data/gender_pairs.tsv``; only names
listed for one sex far more often than for the other make a pair (Jean, Kim and Nikola
are either).
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
