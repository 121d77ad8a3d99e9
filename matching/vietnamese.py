"""Vietnamese names: the middle name that says the bearer's sex, and no particles.

Most Vietnamese women carry Thị between family and given name, as many men carry Văn.
Thị says no more about who someone is than Văn does: two women of one family name share
it, so "Mai Thị Vân" and "Mai Thị Ngọc" agree on the family name only, and are two
people. Both weigh as particles when they agree or are left out; left over against
another middle name they still say the two differ (:data:`matching.compare.SEX_MARKERS`).
A Vietnamese name has no other particles: Lê is a family name and Vân a given name, not
the French article and Dutch van their Latin spellings also are. Only in a name that
reads as Vietnamese (its letters, or a Vietnamese family name first or last) is any of
this so: Thi is a Burmese name too ("Thi Thi Khaing").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

_MARKERS = frozenset({"thi", "van"})
FAMILY_NAMES = frozenset(
    {
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui",
        "duong", "truong", "trinh", "doan", "luong", "dinh", "ngo", "vuong", "quach", "trieu",
    }
)  # fmt: skip
"""Family names borne by most Vietnamese (Ho, Do and Ly are Vietnamese too, but more often
Chinese or Korean spellings)."""
_VIETNAMESE_LETTERS = re.compile("[ăđơư\u1ea0-\u1ef9]")
"""Letters only Vietnamese spelling uses: ă, đ, ơ, ư and the vowels with a tone mark of
the Latin Extended Additional block (ạ, ế, ị, ữ ...)."""


@lru_cache(maxsize=100_000)
def _folded(token: str) -> str:
    """A token without its marks, đ as d (cached: every name asks for two)."""
    stripped = unicodedata.normalize("NFD", token.replace("đ", "d"))
    return "".join(c for c in stripped if not unicodedata.combining(c))


def reads_vietnamese(tokens: Sequence[str]) -> bool:
    """Whether a name of two parts or more reads as Vietnamese: a letter only Vietnamese
    spelling uses, or a Vietnamese family name first or last."""
    if len(tokens) < 2:
        return False
    if _folded(tokens[0]) in FAMILY_NAMES or _folded(tokens[-1]) in FAMILY_NAMES:
        return True
    return any(not token.isascii() and _VIETNAMESE_LETTERS.search(token) for token in tokens)


def sex_markers(tokens: Sequence[str]) -> frozenset[int]:
    """The indexes of the tokens of a Vietnamese name (:func:`reads_vietnamese`) that are
    Thị or Văn between its first and last part."""
    return frozenset(i for i in range(1, len(tokens) - 1) if _folded(tokens[i]) in _MARKERS)
