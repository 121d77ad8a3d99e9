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
from matching.translit import romanize
from matching.vowels import fold

_LETTERS = re.compile(r"[^a-z]+")


def spelling_key(spelling: str) -> str:
    """The lookup key of a spelling: its romanised letters, tokens joined."""
    parts: list[str] = []
    for token in tokenize(spelling):
        forms = romanize(token, dominant_script(token))
        parts.append(forms[0] if forms else _LETTERS.sub("", anyascii(token).lower()))
    return "".join(parts)


def native_key(raw: str) -> str:
    """The lookup key of an Arabic-script spelling as written: its consonant romanisation
    is shared by other names ("عمر" Omar, "عامر" Amer and "عمار" Ammar are all "mr"), so
    its groups are looked up by its letters (hamza seats, yeh and kaf forms folded)."""
    return "@" + fold(raw)


@cache
def _table() -> dict[str, frozenset[int]]:
    text = resources.files("matching").joinpath("data/name_variants.tsv").read_text("utf-8")
    table: dict[str, set[int]] = {}
    for group_id, line in enumerate(text.splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        for spelling in line.split("\t"):
            key = spelling_key(spelling)
            if key:
                table.setdefault(key, set()).add(group_id)
            if dominant_script(spelling) is Script.ARABIC:
                table.setdefault(native_key("".join(tokenize(spelling))), set()).add(group_id)
    # Korean and Chinese family-name spellings (Ahn / An, Chan / Chen) meet through the
    # native script, which carries them all (matching.translit), but are not variants of
    # each other in Latin: measured, their romanisations are other common names of other
    # languages (Jun / Jeon, Do / To, Hu / Wu, Tang / Deng).
    return {key: frozenset(groups) for key, groups in table.items()}


def variant_groups(latin: str) -> frozenset[int]:
    """Ids of the variant groups a romanised token (or joined tokens) belongs to."""
    return _table().get(latin, frozenset())
