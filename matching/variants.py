"""Known spelling variants of frequent names (Mohammed / Muhammad / Mahamat, ...).

Use :func:`variant_groups` to learn which groups a romanised token belongs to. Edit
distance alone cannot tell that "Mehmet" and "Mohammed" or "Gaddafi" and "Qadhafi" are one
name, nor read "محمد" beyond "mhmd"; the curated table in ``data/name_variants.tsv`` can.
It lists transliterations of one name, never translations (Yusuf is not Joseph).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from anyascii import anyascii

from matching.scripts import Script, dominant_script
from matching.text import tokenize
from matching.translit import CHINESE_SURNAMES, KOREAN_SURNAMES, romanize

_LETTERS = re.compile(r"[^a-z]+")


def spelling_key(spelling: str) -> str:
    """The lookup key of a spelling: its romanised letters, tokens joined."""
    parts: list[str] = []
    for token in tokenize(spelling):
        forms = romanize(token, dominant_script(token))
        parts.append(forms[0] if forms else _LETTERS.sub("", anyascii(token).lower()))
    return "".join(parts)


@cache
def _table() -> dict[str, frozenset[int]]:
    text = resources.files("matching").joinpath("data/name_variants.tsv").read_text("utf-8")
    table: dict[str, set[int]] = {}
    lines = text.splitlines()
    for group_id, line in enumerate(lines):
        if not line.strip() or line.startswith("#"):
            continue
        for spelling in line.split("\t"):
            key = spelling_key(spelling)
            if key:
                table.setdefault(key, set()).add(group_id)
    # A Korean family name is written as its bearer chose (안: Ahn or An, 허: Heo, Hur or
    # Ho): those spellings meet in Latin as they meet through the Hangul. One letter
    # ("O" of 오) is too short to stand for a name of any other language.
    # So is a Chinese family name, in pinyin, Wade-Giles or a southern spelling (陈: Chen,
    # Chan, Tan).
    surnames = [
        *KOREAN_SURNAMES.values(),
        *(romanize(han, Script.HAN) for han in CHINESE_SURNAMES),
    ]
    for offset, spellings in enumerate(surnames):
        if len(spellings) > 1:
            for spelling in spellings:
                if len(spelling) > 1:
                    table.setdefault(spelling, set()).add(len(lines) + offset)
    return {key: frozenset(groups) for key, groups in table.items()}


def variant_groups(latin: str) -> frozenset[int]:
    """Ids of the variant groups a romanised token (or joined tokens) belongs to."""
    return _table().get(latin, frozenset())
